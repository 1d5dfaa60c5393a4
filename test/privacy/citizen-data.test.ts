/**
 * PDPA deletion leaves no copies (issue 14, item 6). A scripted session runs every flow that
 * keeps something a citizen said or showed (a question waiting for "send to staff?", a ticket with
 * a photo and a location, a request, an answer that names them, a follow-up, an FAQ entry from
 * their ticket, a staff reminder quoting them); then the citizen deletes their data. Every
 * document the bot wrote is read straight from the emulator, in every collection:
 * - each collection is listed in src/privacy/citizen-data.ts (a new one cannot be forgotten);
 * - each listed place that keeps a citizen's content held some of this citizen's before, and holds
 *   none of it after, and nowhere else does either;
 * - their photos are gone from the evidence store, their tickets are closed and out of the queue,
 *   another citizen's ticket is untouched, and no log line carries their words.
 * Unsent messages (LINE's `unsend` event) are removed wherever they were kept.
 */
import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFixedClock } from "../../src/clock";
import { createUlid } from "line-standin";
import { createFaqStore } from "../../src/faq/faq-store";
import { CITIZEN_DATA_PLACES } from "../../src/privacy/citizen-data";
import { COLLECTIONS } from "../../src/store/collections";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { runTicketReminders } from "../../src/tickets/reminders";
import { CITIZEN, OFFICER, webhookBody, type BotHarness } from "../support/bot-harness";
import type { FaultyFirestore } from "../support/faulty-firestore";
import { startStaffedBot, type StaffedBot } from "../support/staffed-bot";

const CITIZEN2 = "U" + "c".repeat(31) + "2";
const JPEG = Buffer.from("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=", "base64");

/** What the citizen says or shows, each findable anywhere it is copied to. */
const QUESTION = "ขอเบอร์ติดต่อคนที่ดูแลศาลาประชาคมหมู่เจ็ด โทรกลับที่ 0812345678 ค่ะ";
const REQUEST = "น้ำท่วมขังหน้าบ้านเลขที่ 99/1 หมู่ 7 มาสามวันแล้ว ช่วยมาดูด้วยค่ะ";
const FOLLOW_UP = "แล้ววันอาทิตย์มีคนอยู่ที่ศาลาประชาคมหมู่เจ็ดไหมคะ";
const WAITING = "ค่าเช่าเต็นท์ของหมู่เจ็ดสำหรับงานบุญเดือนหน้าเท่าไหร่คะ";
const ADDRESS = "ซอยต้นมะขามหลังวัดหมู่เจ็ด";
const NAME = "สมชาย"; // the stand-in's display name for CITIZEN
const MARKERS = ["0812345678", "ศาลาประชาคมหมู่เจ็ด", "99/1 หมู่ 7", "วันอาทิตย์มีคนอยู่", "ค่าเช่าเต็นท์", ADDRESS, NAME, CITIZEN];

const collectionOf = (path: string) => path.split("/")[0] ?? "";

describe("a citizen's data, everywhere it is kept", () => {
  const clock = createFixedClock(new Date("2026-11-25T03:00:00Z"));
  let bot: StaffedBot;
  let ff: FaultyFirestore;
  let h: BotHarness;
  let evidenceDir = "";
  const say = (user: string, text: string) => h.standin.sendAsUser(user, { type: "text", text });
  const tap = (user: string, data: string) => h.standin.sendAsUser(user, { type: "postback", data });
  const ours = () => new Map([...ff.documents()].filter(([path]) => h && path !== ""));
  /** Documents whose path (a LINE ID as the ID) or fields carry something of the citizen's. */
  const withMarkers = (docs: Map<string, string>) => [...docs].map(([path, json]) => [path, `${path} ${json}`] as const).filter(([, all]) => MARKERS.some((m) => all.includes(m)));
  const ticketsOf = async (userId: string) => (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("citizenId", "==", userId).get()).docs;

  beforeAll(async () => {
    bot = await startStaffedBot({ faulty: true, clock, publicBaseUrl: "https://bot.example.test", citizens: [CITIZEN, CITIZEN2] });
    ({ h, ff } = { h: bot.h, ff: bot.ff! });
    evidenceDir = join(tmpdir(), `ita-evidence-${h.fs.projectId}`);
  }, 60_000);
  afterAll(() => bot.close());

  it("is kept, in a session with every citizen flow, only in places the registry lists", async () => {
    await say(CITIZEN, QUESTION);
    await tap(CITIZEN, "a=tk-send");
    await h.standin.sendAsUser(CITIZEN, { type: "image", bytes: JPEG, contentType: "image/jpeg" });
    await h.standin.sendAsUser(CITIZEN, { type: "location", latitude: 18.6, longitude: 98.9, address: ADDRESS });
    await say(CITIZEN, REQUEST);
    const question = (await ticketsOf(CITIZEN)).find((d) => d.get("kind") === "question")!;
    await tap(OFFICER, `a=tk-answer&t=${question.id}`);
    await say(OFFICER, `เรียนคุณ${NAME} ผู้ดูแลศาลาคือผู้ใหญ่บ้าน โทร 053-000000 ค่ะ`);
    // An FAQ entry from the ticket, in the staff member's words…
    await tap(OFFICER, `a=faq-from&t=${question.id}`);
    await say(OFFICER, "ใครดูแลศาลาประชาคม");
    await say(OFFICER, "ใช้คำตอบนี้");
    // The answer names the citizen: refused, and the staff member words it for everyone.
    expect(JSON.stringify(h.botMessages(OFFICER).at(-1))).toContain("มีชื่อ เบอร์โทร หรือถ้อยคำของผู้ถาม");
    await say(OFFICER, "ผู้ดูแลศาลาประชาคมคือผู้ใหญ่บ้าน ติดต่อ อบต. โทร 053-000000 ค่ะ");
    expect(JSON.stringify(h.botMessages(OFFICER).at(-1))).toContain("บันทึกเป็นคำถามที่พบบ่อยแล้ว");
    // …and one saved before FAQ entries were written by staff, which copied the citizen's question.
    await createFaqStore(h.fs.db).add({ questions: [QUESTION], answer: "ผู้ใหญ่บ้านค่ะ", createdBy: OFFICER, sourceTicketId: question.id }, clock.now());
    await tap(CITIZEN, `a=tk-more&t=${question.id}`);
    await say(CITIZEN, FOLLOW_UP);
    clock.advance(6 * 24 * 3600_000);
    expect((await runTicketReminders(h.services)).reminded).toBeGreaterThan(0);
    await say(CITIZEN2, "ไฟถนนซอยสองดับ ช่วยมาซ่อมด้วยครับ");
    await say(CITIZEN, WAITING);
    // A question the plan answers: the chat keeps what it was about, for a follow-up.
    await say(CITIZEN, "คะแนน ITA ปี 2567 ได้เท่าไหร่");

    const docs = ours();
    const listed = new Set(CITIZEN_DATA_PLACES.map((p) => p.name));
    const unlisted = [...new Set([...docs.keys()].map(collectionOf))].filter((c) => !listed.has(c));
    expect(unlisted).toEqual([]);
    // Every place that says it keeps a citizen's content did keep some of this citizen's.
    const holding = new Set(withMarkers(docs).map(([path]) => collectionOf(path)));
    const erasable = CITIZEN_DATA_PLACES.filter((p) => p.forget && !p.name.startsWith("storage:"));
    const exercised = erasable.filter((p) => holding.has(p.name)).map((p) => p.name);
    // (qaContexts too, once the answerer gives contexts; test/bot/qa-context.test.ts covers its deletion.)
    expect(exercised).toEqual(
      expect.arrayContaining([
        COLLECTIONS.people,
        COLLECTIONS.conversations,
        COLLECTIONS.deliveries,
        TICKET_COLLECTIONS.tickets,
        TICKET_COLLECTIONS.ticketAnswers,
        TICKET_COLLECTIONS.faqs,
      ]),
    );
    expect(readdirSync(join(evidenceDir, "tickets", question.id))).toHaveLength(1);
  }, 120_000);

  it("is gone from every place after the citizen deletes it, and their tickets leave the queue", async () => {
    const ticketIds = (await ticketsOf(CITIZEN)).map((d) => d.id);
    await say(CITIZEN, "ลบข้อมูลของฉัน");
    await tap(CITIZEN, "a=tk-forget");
    expect(JSON.stringify(h.botMessages(CITIZEN).at(-1))).toContain("ลบข้อมูลส่วนบุคคลของท่านแล้ว");

    const left = withMarkers(ours()).map(([path, json]) => `${path}: ${MARKERS.filter((m) => json.includes(m)).join(", ")}`);
    expect(left).toEqual([]);
    for (const id of ticketIds) expect(existsSync(join(evidenceDir, "tickets", id)) ? readdirSync(join(evidenceDir, "tickets", id)) : []).toEqual([]);
    const tickets = await Promise.all(ticketIds.map(async (id) => (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).doc(id).get()).data()));
    expect(tickets.map((t) => t?.status)).toEqual(ticketIds.map(() => "closed"));
    expect(tickets.every((t) => t?.anonymized === true)).toBe(true);
    // Out of the queue and the reminders, and a staff member's reopen button does not bring them back.
    for (const id of ticketIds) await tap(OFFICER, `a=tk-reopen&t=${id}`);
    expect((await Promise.all(ticketIds.map(async (id) => (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).doc(id).get()).get("status"))))).toEqual(ticketIds.map(() => "closed"));
    const seen = h.botMessages(OFFICER).length;
    await say(OFFICER, "เรื่องค้าง");
    expect(JSON.stringify(h.botMessages(OFFICER).slice(seen))).not.toMatch(new RegExp(tickets.map((t) => String(t?.code)).join("|")));
    clock.advance(24 * 3600_000);
    const reminded = await runTicketReminders(h.services);
    expect(reminded.reminded).toBe(1); // the other citizen's ticket only
    // The other citizen's ticket is as it was.
    expect((await ticketsOf(CITIZEN2))[0]?.get("question")).toBe("ไฟถนนซอยสองดับ ช่วยมาซ่อมด้วยครับ");
    // No log line ever carried their words.
    expect(JSON.stringify(h.logger.records).match(/0812345678|ศาลาประชาคมหมู่เจ็ด|99\/1 หมู่ 7|ค่าเช่าเต็นท์/g)).toBeNull();
  }, 60_000);
});

describe("a message the citizen unsends", () => {
  let bot: StaffedBot;
  let ff: FaultyFirestore;
  let h: BotHarness;
  let evidenceDir = "";
  let seq = 0;
  const unsend = async (userId: string, messageId: string) => {
    const random = new Uint8Array(10);
    random[9] = ++seq;
    const event = {
      type: "unsend",
      mode: "active",
      timestamp: Date.now(),
      source: { type: "user", userId },
      webhookEventId: createUlid(Date.now(), random),
      deliveryContext: { isRedelivery: false },
      unsend: { messageId },
    };
    expect((await h.post(webhookBody([event]))).status).toBe(200);
  };
  const ticket = async () => {
    const snap = await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("citizenId", "==", CITIZEN).get();
    return snap.docs[0]!;
  };
  const anywhere = (text: string) => [...ff.documents()].filter(([, json]) => json.includes(text)).map(([path]) => path);

  beforeAll(async () => {
    bot = await startStaffedBot({ faulty: true, publicBaseUrl: "https://bot.example.test" });
    ({ h, ff } = { h: bot.h, ff: bot.ff! });
    evidenceDir = join(tmpdir(), `ita-evidence-${h.fs.projectId}`);
  }, 60_000);
  afterAll(() => bot.close());

  it("is removed from the ticket, the staff cards, the photo store and FAQ entries; a ticket left empty is closed", async () => {
    await h.standin.sendAsUser(CITIZEN, { type: "text", text: REQUEST });
    await h.standin.sendAsUser(CITIZEN, { type: "image", bytes: JPEG, contentType: "image/jpeg" });
    const t = await ticket();
    await createFaqStore(h.fs.db).add({ questions: [REQUEST, "น้ำท่วมขังแจ้งที่ไหน"], answer: "แจ้งกองช่างค่ะ", createdBy: OFFICER, sourceTicketId: t.id }, new Date());
    await h.standin.sendAsUser(OFFICER, { type: "postback", data: `a=tk-answer&t=${t.id}` });
    await h.standin.sendAsUser(OFFICER, { type: "text", text: "ส่งรถดูดน้ำไปแล้วค่ะ" });
    await h.standin.sendAsUser(CITIZEN, { type: "postback", data: `a=tk-more&t=${t.id}` });
    await h.standin.sendAsUser(CITIZEN, { type: "text", text: FOLLOW_UP });
    const before = (await ticket()).data();
    const [questionId, photoId, followUpId] = [before.questionMessageId, before.attachments[0].messageId, before.followUpMessageIds[0]] as string[];
    const photoRef = String(before.attachments[0].ref);
    expect(anywhere("วันอาทิตย์มีคนอยู่").length).toBeGreaterThan(1);
    expect(existsSync(join(evidenceDir, photoRef))).toBe(true);

    await unsend(CITIZEN, photoId!);
    expect((await ticket()).get("attachments")).toEqual([]);
    expect(existsSync(join(evidenceDir, photoRef))).toBe(false);
    expect(anywhere(photoRef)).toEqual([]);

    await unsend(CITIZEN, followUpId!);
    expect((await ticket()).get("followUps")).toEqual([]);
    expect(anywhere("วันอาทิตย์มีคนอยู่")).toEqual([]);
    expect((await ticket()).get("status")).toBe("open");

    await unsend(CITIZEN, questionId!);
    expect(anywhere("99/1 หมู่ 7")).toEqual([]);
    expect((await createFaqStore(h.fs.db).list()).map((f) => f.questions)).toEqual([["น้ำท่วมขังแจ้งที่ไหน"]]);
    // Nothing the citizen said or showed is left on it: nothing to answer.
    expect((await ticket()).get("status")).toBe("closed");
  }, 60_000);

  it("drops a question still waiting for 'send to staff?'", async () => {
    await h.standin.sendAsUser(CITIZEN, { type: "text", text: WAITING });
    const state = (await h.fs.db.collection(COLLECTIONS.conversations).doc(CITIZEN).get()).data();
    expect(state?.flow).toBe("tk-confirm");
    await unsend(CITIZEN, String(state?.data?.messageId));
    expect((await h.fs.db.collection(COLLECTIONS.conversations).doc(CITIZEN).get()).exists).toBe(false);
    expect(anywhere("ค่าเช่าเต็นท์")).toEqual([]);
  });

  it("leaves another person's message alone when someone unsends an ID that is not theirs", async () => {
    await h.standin.sendAsUser(CITIZEN, { type: "text", text: "ถนนหน้าโรงเรียนเป็นหลุมลึก ช่วยซ่อมด้วยค่ะ" });
    const t = (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("status", "==", "open").get()).docs[0]!;
    await unsend(OFFICER, String(t.get("questionMessageId")));
    expect((await h.fs.db.collection(TICKET_COLLECTIONS.tickets).doc(t.id).get()).get("question")).toBe("ถนนหน้าโรงเรียนเป็นหลุมลึก ช่วยซ่อมด้วยค่ะ");
  });
});
