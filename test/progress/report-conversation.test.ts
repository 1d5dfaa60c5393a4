/**
 * Progress reporting as whole conversations through the webhook, with the LINE stand-in and the
 * embedded Firestore: an officer links with a code, lists activities, reports with a photo and
 * sees it in the history; reports on another unit are refused; two officers reporting on one
 * activity at once both keep their report.
 */
import { createFixedClock } from "../../src/clock";
import { checkMessages } from "../../src/flex/check-limits";
import type { Message } from "../../src/line/message-types";
import { PROGRESS_COLLECTIONS } from "../../src/progress/progress-store";
import { COLLECTIONS } from "../../src/store/collections";
import { unitIdFor } from "../../src/units/units";
import { ADMIN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

const OFFICER_2 = "U" + "0".repeat(31) + "e";
const OTHER_UNIT_OFFICER = "U" + "0".repeat(31) + "d";
const SECOND_NAME = "สมหญิง";

type Sent = Record<string, unknown>;
const sent = (h: BotHarness, chat: string) => h.botMessages(chat) as unknown as Sent[];
const textOf = (m: Sent | undefined) => String(m?.text ?? m?.altText ?? "");

/** Sends, and returns what the bot answered to this one event. */
async function say(h: BotHarness, userId: string, input: Parameters<BotHarness["standin"]["sendAsUser"]>[1]): Promise<Sent[]> {
  const before = h.botMessages(userId).length;
  const res = await h.standin.sendAsUser(userId, input);
  expect(res.status).toBe(200);
  return sent(h, userId).slice(before);
}

/** The postback data of the quick reply labelled `label` on the last message. */
function quick(messages: Sent[], label: string): string {
  const items = ((messages.at(-1)?.quickReply as { items?: Array<{ action: { label: string; data?: string } }> })?.items ?? []);
  const item = items.find((i) => i.action.label === label);
  if (!item?.action.data) throw new Error(`no quick reply "${label}" in ${JSON.stringify(messages.at(-1))}`);
  return item.action.data;
}

function bubblesOf(messages: Sent[]): Array<Record<string, any>> {
  const flex = messages.find((m) => m.type === "flex") as { contents: { contents: Array<Record<string, any>> } } | undefined;
  if (!flex) throw new Error("no flex message");
  return flex.contents.contents;
}

async function link(h: BotHarness, userId: string, unit: string): Promise<void> {
  await h.standin.sendAsUser(userId, { type: "follow" });
  const issued = await say(h, ADMIN, { type: "text", text: `สร้างรหัส ${unit}` });
  const code = textOf(issued.at(-1));
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  const reply = await say(h, userId, { type: "text", text: code });
  expect(textOf(reply[0])).toContain(`ลงทะเบียนเป็นเจ้าหน้าที่ของ${unit}`);
}

/** Goes from "รายงาน" to the photo step: status in progress, `percent`, a note. */
async function startReport(h: BotHarness, userId: string, reportData: string, percent: string, note: string): Promise<void> {
  const status = await say(h, userId, { type: "postback", data: reportData });
  expect(textOf(status[0])).toContain("สถานะตอนนี้เป็นอย่างไรคะ");
  const pct = await say(h, userId, { type: "postback", data: quick(status, "กำลังดำเนินการ") });
  expect(textOf(pct[0])).toContain("กี่เปอร์เซ็นต์");
  const noteQ = await say(h, userId, { type: "text", text: percent });
  expect(textOf(noteQ[0])).toContain("บันทึกสั้น ๆ");
  const photoQ = await say(h, userId, { type: "text", text: note });
  expect(textOf(photoQ[0])).toContain("ส่งรายงาน");
}

describe("progress reporting through the webhook", () => {
  // Inside the plan's fiscal year (1 March 2568, 09:00 Bangkok), where activities can be late; a
  // closed year's final figures are tested in test/plan/switch-year.test.ts.
  const clock = createFixedClock(new Date("2025-03-01T02:00:00Z"));
  let h: BotHarness;
  let firstActivityReport = "";
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN], clock });
    h.standin.state.setProfile(OFFICER_2, { displayName: SECOND_NAME });
  });
  afterAll(() => h.close());

  it("links an officer to a unit with a code from an admin", async () => {
    await link(h, OFFICER, "สำนักปลัด");
    const doc = (await h.fs.db.collection(COLLECTIONS.people).doc(OFFICER).get()).data();
    expect(doc).toMatchObject({ role: "officer", unitId: unitIdFor("สำนักปลัด") });
  });

  it("lists the unit's 16 activities as a carousel of 12 with a ถัดไป page, within LINE's limits", async () => {
    const page1 = await say(h, OFFICER, { type: "text", text: "กิจกรรมของฉัน" });
    expect(checkMessages(page1 as unknown as Message[])).toEqual([]);
    expect(textOf(page1[0])).toContain("กิจกรรมของสำนักปลัด 16 กิจกรรม");
    const bubbles = bubblesOf(page1);
    expect(bubbles).toHaveLength(12);
    expect(JSON.stringify(bubbles[11])).toContain("ยังมีอีก 5 กิจกรรม");
    expect(JSON.stringify(bubbles[0])).toContain("มาตรการที่ 1 • ขั้นตอนที่ 1");
    firstActivityReport = bubbles[0]!.footer.contents[0].action.data;
    const page2 = await say(h, OFFICER, { type: "postback", data: quick(page1, "ถัดไป") });
    expect(checkMessages(page2 as unknown as Message[])).toEqual([]);
    expect(bubblesOf(page2)).toHaveLength(5);
    expect(JSON.stringify(page2)).toContain("มาตรการที่ 7");
  });

  it("takes a report with status, percent, note and a photo, and shows it in the history", async () => {
    await startReport(h, OFFICER, firstActivityReport, "๖๐", "จัดทำคู่มือฉบับร่างแล้ว");
    const photo = Buffer.from("89504e470d0a1a0a", "hex");
    const gotPhoto = await say(h, OFFICER, { type: "image", bytes: photo, contentType: "image/png" });
    expect(textOf(gotPhoto[0])).toContain("ได้รับรูปแล้ว 1 รูป");
    const done = await say(h, OFFICER, { type: "postback", data: quick(gotPhoto, "ส่งรายงาน") });
    expect(textOf(done[0])).toContain("บันทึกรายงานเรียบร้อยแล้วค่ะ");
    expect(textOf(done[0])).toContain("กำลังดำเนินการ 60%");
    expect(textOf(done[0])).toContain("รูปหลักฐาน: 1 รูป");

    const reports = await h.fs.db.collection(PROGRESS_COLLECTIONS.reports).get();
    expect(reports.size).toBe(1);
    const report = reports.docs[0]!.data();
    expect(report).toMatchObject({ status: "in_progress", percent: 60, note: "จัดทำคู่มือฉบับร่างแล้ว", reportedBy: OFFICER, reporterName: "สมศรี", evidenceCount: 1 });
    expect(report.evidence[0]).toMatchObject({ contentType: "image/png", size: photo.length });
    expect(await h.services.evidence?.read(report.evidence[0].path)).toEqual(photo);

    const history = await say(h, OFFICER, { type: "postback", data: quick(done, "ดูประวัติ") });
    expect(textOf(history[0])).toMatch(/โดย สมศรี: กำลังดำเนินการ 60% 📷1\n\s+จัดทำคู่มือฉบับร่างแล้ว/);

    const list = await say(h, OFFICER, { type: "text", text: "กิจกรรมของฉัน" });
    expect(JSON.stringify(bubblesOf(list)[0])).toContain("60%");
  });

  it("refuses a report on another unit's activity, even from a crafted postback", async () => {
    const other = firstActivityReport.replace(unitIdFor("สำนักปลัด"), unitIdFor("กองคลัง"));
    expect(other).not.toBe(firstActivityReport);
    const reply = await say(h, OFFICER, { type: "postback", data: other });
    expect(textOf(reply[0])).toContain("หน่วยงานอื่น");
    const submit = await say(h, OFFICER, { type: "postback", data: other.replace("a=pr-report", "a=pr-submit") });
    expect(textOf(submit[0])).toContain("หน่วยงานอื่น");
    expect((await h.fs.db.collection(PROGRESS_COLLECTIONS.reports).get()).size).toBe(1);
  });

  it("keeps both reports when two officers report on one activity at the same moment", async () => {
    clock.advance(60_000); // a minute after the first report: these two are the latest
    await link(h, OFFICER_2, "สำนักปลัด");
    await link(h, OTHER_UNIT_OFFICER, "กองคลัง");
    await startReport(h, OFFICER, firstActivityReport, "70", "รายงานจากคนที่หนึ่ง");
    await startReport(h, OFFICER_2, firstActivityReport, "75", "รายงานจากคนที่สอง");
    const submit = firstActivityReport.replace("a=pr-report", "a=pr-submit");
    const [a, b] = await Promise.all([
      h.standin.sendAsUser(OFFICER, { type: "postback", data: submit }),
      h.standin.sendAsUser(OFFICER_2, { type: "postback", data: submit }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const activityId = new URLSearchParams(firstActivityReport).get("id");
    const reports = await h.fs.db.collection(PROGRESS_COLLECTIONS.reports).where("activityId", "==", activityId).get();
    expect(reports.docs.map((d) => d.get("note")).sort()).toEqual(["จัดทำคู่มือฉบับร่างแล้ว", "รายงานจากคนที่สอง", "รายงานจากคนที่หนึ่ง"].sort());
    const history = await say(h, OFFICER_2, { type: "postback", data: firstActivityReport.replace("a=pr-report", "a=pr-history") });
    expect(textOf(history[0])).toContain("ล่าสุด 3 ครั้ง");
    expect(textOf(history[0])).toContain("รายงานจากคนที่หนึ่ง");
    expect(textOf(history[0])).toContain("รายงานจากคนที่สอง");
    // An officer of another unit sees neither the history nor a way to report.
    const refused = await say(h, OTHER_UNIT_OFFICER, { type: "postback", data: firstActivityReport.replace("a=pr-report", "a=pr-history") });
    expect(textOf(refused[0])).toContain("หน่วยงานอื่น");
  });

  it("shows admins the overview with Flex bars per measure and per unit", async () => {
    const overview = await say(h, ADMIN, { type: "text", text: "ภาพรวม" });
    expect(checkMessages(overview as unknown as Message[])).toEqual([]);
    expect(textOf(overview[0])).toContain("ภาพรวมความคืบหน้า");
    const bubbles = bubblesOf(overview);
    expect(JSON.stringify(bubbles[0])).toContain("ความคืบหน้าตามมาตรการ");
    expect(JSON.stringify(bubbles[1])).toContain("กองสวัสดิการสังคม");
    expect(textOf(overview[2])).toContain("หน่วยงานที่ไม่ได้รายงาน");
    expect(textOf(overview[2])).toContain("กองช่าง (ยังไม่เคยรายงาน)");
    expect(textOf(overview[2])).not.toContain("สำนักปลัด (");
    // Late activities are summed per unit: one line per unit, whatever the number of activities.
    const late = /กิจกรรมที่ล่าช้า (\d+) กิจกรรม\n((?:• .+\n?)+)/.exec(textOf(overview[2]));
    expect(late).not.toBeNull();
    const lines = late![2]!.trim().split("\n");
    expect(new Set(lines.map((l) => l.replace(/ \d+ กิจกรรม.*$/, ""))).size).toBe(lines.length);
    expect(lines.reduce((n, l) => n + Number(/ (\d+) กิจกรรม/.exec(l)?.[1]), 0)).toBe(Number(late![1]));
  });

  it("gives admins an expiring link to a printable report and a CSV that Excel reads as UTF-8", async () => {
    const reply = await say(h, ADMIN, { type: "text", text: "ส่งออกรายงาน" });
    const base = h.webhookUrl.replace(/\/webhook$/, "");
    // The links are buttons (uri actions) on a card, not bare text (issue 15), within LINE's limits.
    expect(checkMessages(reply as unknown as Message[])).toEqual([]);
    expect(reply[0]?.type).toBe("flex");
    const links = (JSON.stringify(reply[0]).match(/"type":"uri","label":"[^"]+","uri":"http:\/\/reports\.test\/[^"]+"/g) ?? []).map((m) => /"uri":"([^"]+)"/.exec(m)?.[1] ?? "");
    expect(links).toHaveLength(2);
    const [html, csv] = links.map((l) => l.replace("http://reports.test", base));
    const page = await fetch(html!);
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toMatch(/data-label="บันทึกล่าสุด">รายงานจากคนที่(หนึ่ง|สอง)<\/td><td class="n" data-label="หลักฐาน">1/);
    expect(body).toContain("มาตรการที่ 7");
    const file = await fetch(csv!);
    expect(file.headers.get("content-type")).toContain("text/csv");
    const bytes = Buffer.from(await file.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("\r\n");
    const forged = await fetch(`${base}/reports/progress?token=${"A".repeat(32)}`);
    expect(forged.status).toBe(403);
  });

  it("runs any registered command typed mid-report instead of saving it as the note, and keeps the draft", async () => {
    const status = await say(h, OFFICER, { type: "postback", data: firstActivityReport });
    await say(h, OFFICER, { type: "postback", data: quick(status, "เสร็จแล้ว") });
    // At the note step: a tickets command and an admin-only announcements command.
    const queue = await say(h, OFFICER, { type: "text", text: "เรื่องค้าง" });
    expect(textOf(queue[0])).toMatch(/เรื่องที่รอตอบ|ไม่มีเรื่องที่รอตอบ/);
    const refused = await say(h, OFFICER, { type: "text", text: "สร้างประกาศ" });
    expect(textOf(refused[0])).not.toContain("ส่งรายงาน");
    const state = await h.services.conversations.get(OFFICER, clock.now());
    expect(state?.flow).toBe("progress-report");
    expect(state?.data.note).toBeUndefined();
    // The draft is still there: the next text is the note.
    const photoQ = await say(h, OFFICER, { type: "text", text: "ส่งมอบงานครบแล้ว" });
    expect(textOf(photoQ[0])).toContain("ส่งรายงาน");
    expect((await h.services.conversations.get(OFFICER, clock.now()))?.data.note).toBe("ส่งมอบงานครบแล้ว");
    await say(h, OFFICER, { type: "text", text: "ยกเลิก" });
  });

  it("ends the draft when a photo is refused because the activity is no longer the officer's, as text does", async () => {
    await startReport(h, OFFICER_2, firstActivityReport, "80", "ใกล้เสร็จ");
    await h.fs.db.collection(COLLECTIONS.people).doc(OFFICER_2).update({ unitId: unitIdFor("กองคลัง") });
    const reply = await say(h, OFFICER_2, { type: "image", bytes: Buffer.from("89504e470d0a1a0a", "hex"), contentType: "image/png" });
    expect(textOf(reply[0])).toContain("หน่วยงานอื่น");
    expect(await h.services.conversations.get(OFFICER_2, clock.now())).toBeUndefined();
  });
});
