/**
 * Every flow and every Flex template, driven through the webhook with the largest inputs real data
 * can hold, against the LINE stand-in that judges by LINE's OpenAPI schema and documented rules:
 * a hundred units and officers with long names, a plan whose units, titles and steps are long,
 * ten tickets of 5,000-character questions, a location without address or title, an announcement of
 * 5,000 characters with a Thai image link, thirty long FAQ entries, thirteen quick replies.
 *
 * Each step asserts that LINE would have refused nothing (the stand-in's `refused` is empty, and
 * every body it accepted validates again against the vendored schema) and that the person still got
 * a useful answer: what they asked for is in it, or they are told how to see the rest. Without the
 * bounding mechanisms (src/line/fit-carousel.ts, split-text.ts, line-url.ts, location-message.ts,
 * fit-label.ts) these steps are refused as LINE refused them in the edge-case run of issue 16.
 */
import { validateMessages } from "line-standin";
import { createFixedClock } from "../../src/clock";
import { createFaqStore } from "../../src/faq/faq-store";
import { SCHEDULED_JOBS } from "../../src/jobs/scheduled-jobs";
import { fitLabel, graphemeCount } from "../../src/line/fit-label";
import { loadDefaultPlan } from "../../src/qa/answerer";
import { createTicketStore } from "../../src/tickets/ticket-store";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { randomIds } from "../../src/ids";
import type { Unit } from "../../src/units/units";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";
import { planForYear, sendFile } from "../support/plans";

type Action = { type: string; label?: string; data?: string; text?: string; uri?: string };
type Sent = {
  type: string;
  text?: string;
  altText?: string;
  title?: string;
  address?: string;
  originalContentUrl?: string;
  contents?: any;
  quickReply?: { items: Array<{ action: Action }> };
};

const STAFF_GROUP = "C" + "5".repeat(32);
const userId = (kind: string, i: number) => `U${kind}${i.toString(16).padStart(31, "0")}`;
/** A Thai name of `n` words, long and with marks above and below (more UTF-16 units than clusters). */
const thaiWords = ["ส่งเสริม", "คุณภาพชีวิต", "ผู้สูงอายุ", "สิ่งแวดล้อม", "สาธารณสุข", "การศึกษา", "ศาสนา", "วัฒนธรรม", "ท่องเที่ยว", "เกษตรกรรม", "ยุทธศาสตร์", "งบประมาณ"];
const longName = (prefix: string, i: number, words: number) =>
  `${prefix}${Array.from({ length: words }, (_, k) => thaiWords[(i + k) % thaiWords.length]).join("")} ที่ ${i + 1}`;

/** Units the plan names: long, one per measure, plus "ทุกส่วนราชการ" for one measure. */
const PLAN_UNITS = Array.from({ length: 6 }, (_, i) => longName("กอง", i, 14));
/** Units added in chat, up to the command's 80 characters, to a hundred in all. */
const ADDED_UNITS = Array.from({ length: 100 - PLAN_UNITS.length }, (_, i) => longName("กอง", i + 10, 6).slice(0, 80));
const LONG_STEP = (n: number) => `ขั้นตอนที่ ${n} ${"จัดประชุมชี้แจงแนวทางปฏิบัติและเผยแพร่ข้อมูลข่าวสารแก่ประชาชนผ่านช่องทางออนไลน์ของหน่วยงาน ".repeat(20)}`;

const shipped = loadDefaultPlan();
const plan = planForYear(shipped, 2570, (p) => ({
  ...p,
  issues: p.issues.map((issue, i) => ({
    ...issue,
    title: `${issue.title} ${"และการเปิดเผยข้อมูลสาธารณะอย่างโปร่งใสตรวจสอบได้ ".repeat(6)}`,
    measure: {
      ...issue.measure,
      title: `${issue.measure.title} ${"โดยการมีส่วนร่วมของประชาชน ".repeat(8)}`,
      unit: i === 0 ? "ทุกส่วนราชการ" : PLAN_UNITS[(i - 1) % PLAN_UNITS.length]!,
      steps: Array.from({ length: 8 }, (_, s) => LONG_STEP(s + 1)),
    },
  })),
}));

/** A request of exactly `length` characters (opens a ticket at once). */
const longRequest = (length: number, tag: string) => {
  const head = `ถนนพังหน้าบ้าน ${tag} ช่วยมาซ่อมด้วยค่ะ `;
  const filler = "รายละเอียดเพิ่มเติมของปัญหาที่เกิดขึ้นในหมู่บ้าน น้ำท่วมขังและไฟฟ้าดับบ่อยครั้ง ";
  return (head + filler.repeat(Math.ceil(length / filler.length))).slice(0, length - 3) + " จบ";
};

describe("worst-case messages: LINE refuses nothing the bot builds", () => {
  const clock = createFixedClock(new Date("2027-03-15T03:00:00Z")); // mid FY2570
  let h: BotHarness;
  let units: Unit[] = [];
  const OFFICERS = Array.from({ length: 100 }, (_, i) => ({ id: userId("0", i + 1), name: longName("นางสาว", i, 5) }));

  /** What `user` got for `input`, after checking LINE refused nothing on the way. */
  async function say(user: string, input: Parameters<BotHarness["standin"]["sendAsUser"]>[1], group?: string): Promise<Sent[]> {
    const chat = group ?? user;
    const before = h.botMessages(chat).length;
    const refusedBefore = h.standin.state.refused.length;
    expect((await h.standin.sendAsUser(user, input, group ? { groupId: group } : undefined)).status).toBe(200);
    await h.services.outbox.runner.runDue();
    const refused = h.standin.state.refused.slice(refusedBefore);
    expect(refused.map((r) => ({ endpoint: r.endpoint, problems: r.problems }))).toEqual([]);
    const got = (h.botMessages(chat) as Sent[]).slice(before);
    expect(got.length).toBeGreaterThan(0);
    return got;
  }
  const text = (input: string) => ({ type: "text" as const, text: input });
  const allText = (messages: Sent[]) => messages.map((m) => m.text ?? m.altText ?? "").join("\n");
  const quick = (m: Sent | undefined, label: string) => {
    const item = m?.quickReply?.items.find((i) => i.action.label === label);
    if (!item) throw new Error(`no quick reply "${label}" in ${JSON.stringify(m?.quickReply)}`);
    return item.action;
  };
  const tap = (user: string, action: Action) =>
    action.type === "postback" ? say(user, { type: "postback", data: action.data! }) : say(user, text(action.text!));

  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN], clock });
    for (const u of [CITIZEN, OFFICER, ADMIN]) await h.standin.sendAsUser(u, { type: "follow" });
    await h.standin.sendAsUser(ADMIN, text("บอท ตั้งเป็นกลุ่มเจ้าหน้าที่"), { groupId: STAFF_GROUP });
    // The long plan, activated in chat as an admin does it.
    const before = h.botMessages(ADMIN).length;
    expect(await sendFile(h, ADMIN, Buffer.from(JSON.stringify(plan)))).toBe(200);
    const preview = (h.botMessages(ADMIN) as Sent[]).slice(before);
    expect(h.standin.state.refused).toEqual([]);
    await tap(ADMIN, quick(preview[0], "ยืนยันเปิดใช้"));
    for (const name of ADDED_UNITS) await h.services.plans.units.add(name, clock.now());
    units = await h.services.plans.units.list();
    expect(units.length).toBeGreaterThanOrEqual(100);
    // A hundred officers with long LINE names, one in each unit.
    for (const [i, o] of OFFICERS.entries()) {
      await h.services.people.recordFollow(o.id, { displayName: o.name }, clock.now());
      await h.services.people.setRole(o.id, "officer", units[i % units.length]!.id);
    }
    await h.services.people.setRole(OFFICER, "officer", units.find((u) => u.name === PLAN_UNITS[0])!.id);
  }, 120_000);
  afterAll(() => h?.close());

  // Each test answers for its own sends (pushes from the outbox included).
  let refusedAtStart = 0;
  let callsAtStart = 0;
  beforeEach(() => {
    refusedAtStart = h.standin.state.refused.length;
    callsAtStart = h.standin.state.calls.length;
  });
  afterEach(() => {
    // Nothing LINE would refuse, and everything sent still valid against LINE's own schema.
    expect(h.standin.state.refused.slice(refusedAtStart).map((r) => r.problems)).toEqual([]);
    for (const call of h.standin.state.calls.slice(callsAtStart)) expect(validateMessages(call.messages)).toEqual([]);
  });

  it("lists a hundred units with long names, every one of them", async () => {
    const got = await say(ADMIN, text("หน่วยงานทั้งหมด"));
    const all = allText(got);
    for (const u of units) expect(all).toContain(u.name);
    expect(all).toContain("คำสั่ง: สร้างรหัส");
  });

  it("lists a hundred officers with long names, every one with their number", async () => {
    const got = await say(ADMIN, text("เจ้าหน้าที่ทั้งหมด"));
    const all = allText(got);
    for (const o of OFFICERS) expect(all).toContain(o.name);
    expect(all).toContain("ลบเจ้าหน้าที่ <เลข>");
  });

  it("offers units as thirteen quick replies with labels cut between words", async () => {
    const got = await say(ADMIN, text("สร้างรหัส"));
    const items = got.at(-1)?.quickReply?.items ?? [];
    expect(items).toHaveLength(13);
    for (const { action } of items) {
      expect(graphemeCount(action.label!)).toBeLessThanOrEqual(20);
      expect(action.text).toMatch(/^สร้างรหัส \S/);
    }
    const made = await tap(ADMIN, items[0]!.action);
    expect(allText(made)).toContain("รหัสสำหรับเจ้าหน้าที่");
  });

  it("shows ten open tickets of 5,000 characters as cards that fit, and says how to see the rest", async () => {
    const store = createTicketStore(h.fs.db, randomIds);
    for (let i = 0; i < 10; i++) {
      await store.open({ kind: "request", citizenId: CITIZEN, citizenName: longName("นาย", i, 8), question: longRequest(5000, `T${i}`) }, clock.now());
    }
    for (const [who, group] of [[ADMIN, undefined], [OFFICER, undefined], [ADMIN, STAFF_GROUP]] as const) {
      const got = await say(who, text(group ? "บอท เรื่องค้าง" : "เรื่องค้าง"), group);
      const carousel = got.find((m) => m.type === "flex");
      // Ten tickets come as a carousel of cards (a missing one must fail here, not count as one card).
      expect(carousel?.contents.type).toBe("carousel");
      const shown = carousel?.contents.type === "carousel" ? carousel.contents.contents.length : 0;
      expect(shown).toBeGreaterThan(0);
      if (shown < 10) expect(got[0]?.text).toMatch(/แสดง \d+ เรื่อง/);
    }
  });

  it("assigns a ticket among a hundred units, and answers a 5,000-character question with 5,000 characters", async () => {
    const snap = await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("status", "==", "open").limit(1).get();
    const ticket = snap.docs[0]!;
    const code = ticket.get("code") as string;
    const choose = await say(ADMIN, { type: "postback", data: `a=tk-assign&t=${ticket.id}` });
    const items = choose.at(-1)?.quickReply?.items ?? [];
    expect(items.length).toBeGreaterThan(1);
    await tap(ADMIN, items[items.length - 1]!.action);
    const prompt = await say(ADMIN, text(`ตอบ ${code}`));
    expect(allText(prompt)).toContain(ticket.get("question"));
    const answer = "กองช่างจะเข้าไปสำรวจและซ่อมแซมภายในสัปดาห์นี้ ".repeat(200).slice(0, 5000);
    await say(ADMIN, text(answer));
    expect(allText(h.botMessages(CITIZEN) as Sent[])).toContain(answer.trim().slice(0, 4000));
    const mine = await say(CITIZEN, text("ติดตามเรื่อง"));
    expect(allText(mine)).toContain(code);
  });

  it("forwards a location sent with an empty address and title", async () => {
    const citizen = userId("c", 7);
    await h.services.people.recordFollow(citizen, { displayName: longName("นาง", 3, 10) }, clock.now());
    await say(citizen, text("ไฟถนนหน้าวัดดับมาสามวันแล้ว ช่วยมาซ่อมด้วยค่ะ"));
    const staffBefore = h.botMessages(STAFF_GROUP).length;
    await say(citizen, { type: "location", title: "", address: "", latitude: 18.6, longitude: 98.9 });
    await say(citizen, { type: "location", title: " ", address: `หมู่ 3 ${"ถนนสายหลักหน้าวัดเวียงท่ากาน ".repeat(12)}`, latitude: 18.61, longitude: 98.91 });
    const forwarded = (h.botMessages(STAFF_GROUP) as Sent[]).slice(staffBefore).filter((m) => m.type === "location");
    expect(forwarded).toHaveLength(2);
    for (const l of forwarded) {
      expect(l.address?.trim()).toBeTruthy();
      expect(l.title?.trim()).toBeTruthy();
    }
  });

  it("sends a 5,000-character announcement with a Thai image link, and lists it", async () => {
    await say(ADMIN, text("สร้างประกาศ"));
    const body = `ประชาสัมพันธ์ ${"ขอเชิญประชาชนร่วมประชุมประชาคมหมู่บ้านเพื่อจัดทำแผนพัฒนาท้องถิ่น ".repeat(100)}`.slice(0, 5000);
    await say(ADMIN, text(body));
    const preview = await say(ADMIN, text("https://เวียงท่ากาน.go.th/ประกาศ/รูปประชุม๒๕๗๐(1)|ใหม่.jpg"));
    const image = preview.find((m) => m.type === "image");
    expect(image?.originalContentUrl).toMatch(/^https:\/\/xn--[^/]+\/%E0%B8%9B/);
    const audience = preview.at(-1);
    expect(audience?.quickReply?.items.length).toBeLessThanOrEqual(13);
    const when = await tap(ADMIN, quick(audience, "เจ้าหน้าที่ทั้งหมด"));
    const confirm = await tap(ADMIN, quick(when.at(-1), "ส่งเลย"));
    const sendLabel = confirm.at(-1)?.quickReply?.items[0]?.action;
    await tap(ADMIN, sendLabel!);
    await h.services.outbox.runner.runDue();
    expect(allText(h.botMessages(OFFICERS[0]!.id) as Sent[])).toContain(body.slice(0, 200));
    const history = await say(ADMIN, text("ประวัติประกาศ"));
    expect(allText(history)).toContain("ฉบับที่ 1");
  });

  it("shows an officer's long activities page by page, takes a report and shows its history", async () => {
    let got = await say(OFFICER, text("กิจกรรมของฉัน"));
    const seen = new Set<string>();
    for (let page = 0; page < 20; page++) {
      const flex = got.find((m) => m.type === "flex");
      for (const b of flex?.contents.contents ?? []) for (const c of b.footer?.contents ?? []) if (c.action?.data?.includes("pr-report")) seen.add(c.action.data);
      const next = flex?.quickReply?.items.find((i) => i.action.label === "ถัดไป");
      if (!next) break;
      got = await tap(OFFICER, next.action);
    }
    const total = Number(/(\d+) กิจกรรม/.exec(allText((h.botMessages(OFFICER) as Sent[]).filter((m) => m.text?.startsWith("กิจกรรมของ"))))?.[1]);
    expect(seen.size).toBe(total);
    const status = await say(OFFICER, { type: "postback", data: [...seen][0]! });
    const pct = await tap(OFFICER, quick(status.at(-1), "กำลังดำเนินการ"));
    await tap(OFFICER, quick(pct.at(-1), "50%"));
    const photo = await say(OFFICER, text("ประชุมแล้ว ".repeat(45).slice(0, 500)));
    const receipt = await tap(OFFICER, quick(photo.at(-1), "ส่งรายงาน"));
    expect(allText(receipt)).toContain("บันทึกรายงานเรียบร้อยแล้วค่ะ");
    expect(allText(await tap(OFFICER, quick(receipt.at(-1), "ดูประวัติ")))).toContain("ประวัติการรายงาน");
  });

  it("gives an admin the overview of a hundred units and the report links", async () => {
    const overview = await say(ADMIN, text("ภาพรวม"));
    const flex = overview.filter((m) => m.type === "flex");
    expect(flex.length).toBeGreaterThan(0);
    const rows = JSON.stringify(flex);
    // Every unit is on a card, or the admin is told how to see the rest.
    const missing = units.filter((u) => !rows.includes(fitLabel(u.name).replace("…", "")));
    if (missing.length) expect(allText(overview)).toMatch(/ส่งออกรายงาน/);
    const exported = await say(ADMIN, text("ส่งออกรายงาน"));
    expect(JSON.stringify(exported)).toContain("http");
  });

  it("lists thirty long FAQ entries and answers from one", async () => {
    const faqs = createFaqStore(h.fs.db);
    for (let i = 0; i < 30; i++) {
      await faqs.add(
        {
          questions: Array.from({ length: 8 }, (_, k) => `ขอถามเรื่องการขออนุญาตก่อสร้างอาคาร แบบที่ ${i}-${k} ต้องใช้เอกสารอะไรบ้าง ${"และต้องยื่นที่ไหน ".repeat(5)}`),
          answer: `ยื่นคำขอที่กองช่าง ${"พร้อมสำเนาบัตรประชาชน สำเนาทะเบียนบ้าน และแบบแปลน ".repeat(90)}`.slice(0, 4900),
          createdBy: ADMIN,
        },
        clock.now(),
      );
    }
    const list = await say(ADMIN, text("รายการ FAQ"));
    expect(allText(list)).toContain("คำถามที่พบบ่อย 30 รายการ");
    expect(allText(list)).toContain("ลบ FAQ");
    clock.advance(60 * 60_000); // the bot reloads FAQ entries written elsewhere at most so often
    const asker = userId("c", 9);
    await h.services.people.recordFollow(asker, { displayName: "ผู้ถาม" }, clock.now());
    const answer = await say(asker, text("ขอถามเรื่องการขออนุญาตก่อสร้างอาคาร แบบที่ 3-1 ต้องใช้เอกสารอะไรบ้าง"));
    expect(allText(answer)).toContain("ยื่นคำขอที่กองช่าง");
  });

  it("answers questions about a plan of long names and steps", async () => {
    const cards = new Set<string>();
    const questions = ["มาตรการมีอะไรบ้าง", "แต่ละประเด็นใครรับผิดชอบ", "ข้อไหนบ้างที่ไม่ผ่านเกณฑ์", "มาตรการที่ 1 มีขั้นตอนอะไรบ้าง", "ประเด็นที่ 2", "รายละเอียดข้อ i1", `${PLAN_UNITS[0]} รับผิดชอบอะไร`, "ผลคะแนน ITA เป็นอย่างไร"];
    for (const q of questions) {
      const got = await say(userId("e", questions.indexOf(q)), text(q));
      expect(allText(got).length).toBeGreaterThan(20);
      for (const m of got) if (m.type === "flex") cards.add(m.altText!.split(/[\s:]/)[0]!);
    }
    // The plan's Flex templates (measure, issue, item cards) were among the answers.
    expect(cards.size).toBeGreaterThanOrEqual(2);
  });

  it("shows every role its menu, the plans and the statistics", async () => {
    for (const who of [CITIZEN, OFFICER, ADMIN]) expect((await say(who, text("เมนู"))).some((m) => m.type === "flex")).toBe(true);
    expect(allText(await say(ADMIN, text("แผนทั้งหมด")))).toContain("2570");
    expect(allText(await say(ADMIN, text("สถิติถามตอบ")))).toContain("สถิติ");
  });

  it("pushes the scheduled reminders and weekly summary of a hundred units within LINE's limits", async () => {
    const callsBefore = h.standin.state.calls.length;
    for (const job of ["ticketReminders", "progressReminders", "progressSummary"] as const) {
      await SCHEDULED_JOBS[job].run(h.services);
    }
    await h.services.outbox.runner.runDue();
    expect(h.standin.state.calls.length).toBeGreaterThan(callsBefore);
  });
});
