/**
 * A new fiscal year on a running bot, through the webhook only (LINE stand-in, embedded Firestore):
 * the shipped FY2568 plan is current but its year is over (5 Dec 2569 is in FY2570), so it shows as
 * a closed year; an officer files a final report on it; an admin sends next year's plan file in
 * chat, sees what changes, confirms (twice: nothing more happens); the officer, still in their unit,
 * reports in the new year; and the old year's archive page, overview and export still show the old
 * figures, never mixed with the new year's.
 */
import { createFixedClock } from "../../src/clock";
import { planIdOfActivity } from "../../src/progress/activities";
import { PROGRESS_COLLECTIONS } from "../../src/progress/progress-store";
import { PLAN_COLLECTIONS, PLAN_POINTER_PATH } from "../../src/plan/plan-store";
import { loadDefaultPlan } from "../../src/qa/answerer";
import { COLLECTIONS } from "../../src/store/collections";
import { unitIdFor } from "../../src/units/units";
import { UNITS_COLLECTION } from "../../src/units/units-store";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";
import { planForYear, sendFile } from "../support/plans";

type Sent = { type: string; text?: string; altText?: string; quickReply?: { items: Array<{ action: { label: string; data?: string; text?: string } }> }; contents?: any };
const textOf = (m: Sent | undefined) => String(m?.text ?? m?.altText ?? "");
const NEW_UNIT = "กองยุทธศาสตร์และงบประมาณ";

/** Next year's plan: the same measures, measure 4 moved to a unit the bot does not have yet. */
const shipped = loadDefaultPlan();
const next = planForYear(shipped, 2570, (p) => ({
  ...p,
  issues: p.issues.map((i) => (i.number === 4 ? { ...i, measure: { ...i.measure, unit: NEW_UNIT } } : i)),
}));

async function say(h: BotHarness, userId: string, input: Parameters<BotHarness["standin"]["sendAsUser"]>[1]): Promise<Sent[]> {
  const before = h.botMessages(userId).length;
  expect((await h.standin.sendAsUser(userId, input)).status).toBe(200);
  return (h.botMessages(userId) as Sent[]).slice(before);
}

async function fileFrom(h: BotHarness, userId: string, bytes: Buffer): Promise<Sent[]> {
  const before = h.botMessages(userId).length;
  expect(await sendFile(h, userId, bytes)).toBe(200);
  return (h.botMessages(userId) as Sent[]).slice(before);
}

const quick = (m: Sent | undefined, label: string): string => {
  const item = m?.quickReply?.items.find((i) => i.action.label === label);
  if (!item?.action.data) throw new Error(`no quick reply "${label}" in ${JSON.stringify(m)}`);
  return item.action.data;
};

/** The report buttons' postback data of the carousel an officer was shown. */
function reportButtons(messages: Sent[]): string[] {
  const flex = messages.find((m) => m.type === "flex");
  return (flex?.contents.contents ?? []).flatMap((b: any) => (b.footer?.contents ?? []).map((c: any) => c.action.data)).filter((d: string) => d.startsWith("a=pr-report"));
}

async function report(h: BotHarness, userId: string, data: string, percent: string, note: string): Promise<Sent[]> {
  const status = await say(h, userId, { type: "postback", data });
  await say(h, userId, { type: "postback", data: quick(status[0], "กำลังดำเนินการ") });
  await say(h, userId, { type: "text", text: percent });
  const photo = await say(h, userId, { type: "text", text: note });
  return say(h, userId, { type: "postback", data: quick(photo[0], "ส่งรายงาน") });
}

const pointer = async (h: BotHarness) => (await h.fs.db.doc(PLAN_POINTER_PATH).get()).data() as { current: string; version: number };
const publicPage = async (h: BotHarness, path: string) => {
  const res = await fetch(h.webhookUrl.replace(/\/webhook$/, path));
  return { status: res.status, html: await res.text() };
};

describe("switching the fiscal year in chat on a running bot", () => {
  const clock = createFixedClock(new Date("2026-12-05T03:00:00Z")); // 5 Dec 2569, FY2570
  let h: BotHarness;
  let oldReportData = "";

  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN], clock });
    for (const u of [ADMIN, OFFICER, CITIZEN]) await h.standin.sendAsUser(u, { type: "follow" });
    const code = textOf((await say(h, ADMIN, { type: "text", text: "สร้างรหัส สำนักปลัด" })).at(-1));
    expect(textOf((await say(h, OFFICER, { type: "text", text: code }))[0])).toContain("สำนักปลัด");
  }, 60_000);
  afterAll(() => h.close());

  it("shows the ended year as closed with its final figures, not as late activities", async () => {
    const overview = await say(h, ADMIN, { type: "text", text: "ภาพรวม" });
    expect(textOf(overview[0])).toContain("ปีงบประมาณ พ.ศ. 2568 (ปิดปีงบประมาณแล้ว)");
    expect(textOf(overview[0])).not.toMatch(/ล่าช้า/);
    expect(textOf(overview[2])).toContain("เมื่อได้แผนปีงบประมาณ พ.ศ. 2570 แล้ว");
    const mine = await say(h, OFFICER, { type: "text", text: "กิจกรรมของฉัน" });
    expect(textOf(mine[0])).toContain("ปีงบประมาณ พ.ศ. 2568 สิ้นสุดแล้ว");
    expect(JSON.stringify(mine)).not.toContain("(ล่าช้า)");
    oldReportData = reportButtons(mine)[0]!;
    expect(planIdOfActivity(new URLSearchParams(oldReportData).get("id")!)).toBe("wiang-tha-kan-2568");
    // A final report on the ended year is still taken while no newer plan is current.
    const done = await report(h, OFFICER, oldReportData, "80", "สรุปผลปลายปี");
    expect(textOf(done[0])).toContain("บันทึกรายงานเรียบร้อยแล้วค่ะ");
  });

  it("previews what activating next year's plan changes, and changes nothing before the confirmation", async () => {
    const before = await pointer(h);
    const preview = await fileFrom(h, ADMIN, Buffer.from(JSON.stringify(next, null, 2)));
    const text = textOf(preview[0]);
    expect(text).toContain("เปิดใช้แผน อบต.เวียงท่ากาน ปีงบประมาณ พ.ศ. 2570");
    expect(text).toContain("แทนแผน ปีงบประมาณ พ.ศ. 2568");
    expect(text).toContain("มาตรการ 7 มาตรการ (เดิม 7)");
    expect(text).toMatch(/กิจกรรม \d+ กิจกรรม \(เดิม 85\)/);
    expect(text).toContain(`หน่วยงานใหม่ (จะเพิ่มให้): ${NEW_UNIT}`);
    expect(text).toContain("เจ้าหน้าที่คงหน่วยงานเดิม: สำนักปลัด 1 คน");
    expect(text).toContain("รายงานความคืบหน้าของปีงบประมาณ พ.ศ. 2568 1 รายการ เก็บไว้ครบ");
    expect(preview[0]?.quickReply?.items.map((i) => i.action.label)).toEqual(["ยืนยันเปิดใช้", "ยกเลิก"]);
    expect(await pointer(h)).toEqual(before);
    expect((await h.fs.db.collection(UNITS_COLLECTION).doc(unitIdFor(NEW_UNIT)).get()).exists).toBe(false);

    const confirm = quick(preview[0], "ยืนยันเปิดใช้");
    const done = await say(h, ADMIN, { type: "postback", data: confirm });
    expect(textOf(done[0])).toContain("เปิดใช้แผน อบต.เวียงท่ากาน ปีงบประมาณ พ.ศ. 2570 แล้วค่ะ");
    expect(textOf(done[0])).toContain(`เพิ่มหน่วยงานใหม่: ${NEW_UNIT}`);
    const after = await pointer(h);
    expect(after.current).toBe("wiang-tha-kan-2570");
    expect(after.version).toBeGreaterThan(before.version);

    // A second tap (or a redelivered confirm) changes nothing.
    const again = await say(h, ADMIN, { type: "postback", data: confirm });
    expect(textOf(again[0])).toContain("ใช้งานอยู่แล้ว ไม่มีอะไรเปลี่ยน");
    expect(await pointer(h)).toEqual(after);
    // The same file sent again is recognised as what is already current.
    expect(textOf((await fileFrom(h, ADMIN, Buffer.from(JSON.stringify(next))))[0])).toContain("ใช้งานอยู่แล้ว");
  });

  it("keeps the officer in their unit, reporting in the new year", async () => {
    expect((await h.fs.db.collection(COLLECTIONS.people).doc(OFFICER).get()).get("unitId")).toBe(unitIdFor("สำนักปลัด"));
    const mine = await say(h, OFFICER, { type: "text", text: "กิจกรรมของฉัน" });
    expect(textOf(mine[0])).not.toContain("สิ้นสุดแล้ว");
    const data = reportButtons(mine)[0]!;
    expect(planIdOfActivity(new URLSearchParams(data).get("id")!)).toBe("wiang-tha-kan-2570");
    const done = await report(h, OFFICER, data, "30", "เริ่มปีใหม่");
    expect(textOf(done[0])).toContain("กำลังดำเนินการ 30%");
    // A button from last year's list reports nothing: that year is now the archive.
    const old = await say(h, OFFICER, { type: "postback", data: oldReportData });
    expect(textOf(old[0])).toContain("แผนปีที่ผ่านมา");

    const reports = (await h.fs.db.collection(PROGRESS_COLLECTIONS.reports).get()).docs.map((d) => d.data());
    expect(reports.map((r) => [r.planId, r.percent, r.note]).sort()).toEqual([
      ["wiang-tha-kan-2568", 80, "สรุปผลปลายปี"],
      ["wiang-tha-kan-2570", 30, "เริ่มปีใหม่"],
    ]);
  });

  it("keeps the old year's archive page, overview and export with the old figures only", async () => {
    const current = await publicPage(h, "/public");
    expect(current.status).toBe(200);
    expect(current.html).toContain("ปีงบประมาณ พ.ศ. 2570");
    expect(current.html).not.toContain("ปิดปีงบประมาณแล้ว");
    expect(current.html).toContain('aria-valuenow="30"');
    expect(current.html).not.toContain('aria-valuenow="80"');
    expect(current.html).toContain('href="public/2568"');

    const archive = await publicPage(h, "/public/2568");
    expect(archive.status).toBe(200);
    expect(archive.html).toContain("ปีงบประมาณ พ.ศ. 2568 (สิ้นสุดแล้ว)");
    expect(archive.html).toContain("ผลการดำเนินงานสุดท้าย (ปิดปีงบประมาณแล้ว)");
    expect(archive.html).toContain('aria-valuenow="80"');
    expect(archive.html).not.toContain('aria-valuenow="30"');
    expect(archive.html).not.toContain(NEW_UNIT);
    expect(archive.html).toContain('href="../public"');
    expect((await publicPage(h, "/public/2565")).status).toBe(404);

    const overview = await say(h, ADMIN, { type: "text", text: "ภาพรวม ปีงบ 68" });
    expect(textOf(overview[0])).toContain("ปีงบประมาณ พ.ศ. 2568 (ปิดปีงบประมาณแล้ว)");
    expect(textOf(overview[0])).toContain("กิจกรรม");
    expect(textOf(overview[0])).toMatch(/เสร็จแล้ว 0\/85 กิจกรรม/);
    expect(textOf((await say(h, ADMIN, { type: "text", text: "ภาพรวม" }))[0])).toContain("ภาพรวมความคืบหน้า อบต.เวียงท่ากาน ปีงบประมาณ พ.ศ. 2570");
    expect(textOf((await say(h, ADMIN, { type: "text", text: "ภาพรวม 2565" }))[0])).toBe("ไม่มีแผนของปีงบประมาณ พ.ศ. 2565 ในระบบค่ะ (มีแผนปี 2568, 2570)");

    // The links are the uri buttons of a card (issue 15).
    const linksIn = (messages: unknown[]) => JSON.stringify(messages).match(/http:\/\/reports\.test\/[^"\s]+/g) ?? [];
    const links = linksIn(await say(h, ADMIN, { type: "text", text: "ส่งออกรายงาน ปีที่แล้ว" }));
    expect(links).toHaveLength(0); // ปีที่แล้ว is FY2569, which the bot does not hold
    const old = linksIn(await say(h, ADMIN, { type: "text", text: "ส่งออกรายงาน 2568" }));
    expect(old[0]).toContain("&year=2568");
    const html = await (await fetch(old[0]!.replace("http://reports.test", h.webhookUrl.replace(/\/webhook$/, "")))).text();
    expect(html).toContain("ปิดปีงบประมาณแล้ว (ผลสุดท้าย)");
    expect(html).toContain("สรุปผลปลายปี");
    expect(html).not.toContain("เริ่มปีใหม่");
  });

  it("answers questions from the new current plan, from the old one when its year is named", async () => {
    const answer = await say(h, CITIZEN, { type: "text", text: "มาตรการมีกี่ข้อ" });
    expect(JSON.stringify(answer)).toContain("ปีงบประมาณ พ.ศ. 2570");
    const owner = JSON.stringify(await say(h, CITIZEN, { type: "text", text: "ปีงบ 68 ประเด็นที่ 4 ใครรับผิดชอบ" }));
    expect(owner).toContain("กองคลัง");
    expect(owner).toContain("ปีงบประมาณ พ.ศ. 2568");
    expect(JSON.stringify(await say(h, CITIZEN, { type: "text", text: "ประเด็นที่ 4 ใครรับผิดชอบ" }))).toContain(NEW_UNIT);
    // A year no plan holds is not answered from another year's plan (the engine's words for it are
    // tested in test/qa/held-plans.test.ts; here the chat offers to ask staff).
    const missing = JSON.stringify(await say(h, CITIZEN, { type: "text", text: "มาตรการปี 2565 มีอะไรบ้าง" }));
    expect(missing).not.toContain("ที่มา:");
    expect(missing).toContain("ส่งให้เจ้าหน้าที่");
  });

  it("takes plan files only from admins, and says what is wrong with a bad one", async () => {
    const before = await pointer(h);
    const old = Buffer.from(JSON.stringify(shipped));
    for (const who of [CITIZEN, OFFICER]) {
      const reply = await fileFrom(h, who, old);
      expect(textOf(reply[0])).not.toContain("เปิดใช้แผน");
    }
    expect(textOf((await fileFrom(h, ADMIN, Buffer.from("%PDF-1.7 …")))[0])).toContain("npm run plan:import");
    const broken = textOf((await fileFrom(h, ADMIN, Buffer.from(JSON.stringify({ ...next, fiscalYear: 70 }))))[0]);
    expect(broken).toContain("ยังไม่ผ่านการตรวจ");
    expect(broken).toContain("fiscalYear");
    expect(await pointer(h)).toEqual(before);
    expect((await h.fs.db.collection(PLAN_COLLECTIONS.plans).get()).docs.map((d) => d.id).sort()).toEqual(["wiang-tha-kan-2568", "wiang-tha-kan-2570"]);
  });
});
