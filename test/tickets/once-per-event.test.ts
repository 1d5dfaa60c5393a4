/**
 * Side effects happen once per webhook event (issue 14, item 7), even when Firestore fails half-way
 * through an event and LINE delivers it again: the ticket the event opened, the staff card it sent
 * and the answer a staff member typed are each there once, and nothing typed is lost. Firestore
 * fails for real (the emulator refuses a chosen write with a gRPC code, see faulty-firestore.ts);
 * LINE's redelivery is the stand-in's.
 */
import { createFixedClock } from "../../src/clock";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";
import { startFaultyFirestore, type FaultyFirestore } from "../support/faulty-firestore";

const GROUP = "C" + "5".repeat(32);
const LEASE_MS = 60_000;

describe("once per webhook event, whatever fails half-way", () => {
  const clock = createFixedClock(new Date("2026-11-25T03:00:00Z"));
  let ff: FaultyFirestore;
  let h: BotHarness;

  beforeAll(async () => {
    ff = await startFaultyFirestore();
    h = await startBotHarness({ adminUserIds: [ADMIN], clock });
    for (const u of [CITIZEN, OFFICER, ADMIN]) await h.standin.sendAsUser(u, { type: "follow" });
    await h.services.people.setRole(OFFICER, "officer");
    await h.standin.sendAsUser(ADMIN, { type: "text", text: "บอท ตั้งเป็นกลุ่มเจ้าหน้าที่" }, { groupId: GROUP });
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await ff.stop();
  });
  afterEach(() => expect(ff.pendingFaults).toBe(0));

  const tickets = async () => (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).get()).docs.map((d) => ({ id: d.id, ...d.data() }) as Record<string, unknown> & { id: string });
  const cardsIn = (chat: string, from: number) => h.botMessages(chat).slice(from).filter((m) => m.type === "flex");
  const textsTo = (chat: string, from: number) => h.botMessages(chat).slice(from).map((m) => m.text ?? m.altText ?? "");

  it("opens one ticket and sends one staff card when Firestore failed after the ticket was written", async () => {
    const before = (await tickets()).length;
    const seen = h.botMessages(GROUP).length;
    // The staff card's delivery cannot be stored: the ticket is written, the event fails.
    ff.failWrites(/^deliveries\//);
    const first = await h.standin.sendAsUser(CITIZEN, { type: "text", text: "ไฟถนนหน้าวัดดับสามวันแล้ว ช่วยมาซ่อมด้วยค่ะ" });
    expect(first.status).toBe(500);
    expect((await tickets()).length).toBe(before + 1);
    expect(cardsIn(GROUP, seen)).toHaveLength(0);

    expect((await h.standin.redeliver(first.webhookEventId)).status).toBe(200);
    const all = await tickets();
    expect(all.length).toBe(before + 1);
    const code = String(all.find((t) => String(t.question).startsWith("ไฟถนนหน้าวัด"))?.code);
    expect(cardsIn(GROUP, seen)).toHaveLength(1);
    expect(JSON.stringify(cardsIn(GROUP, seen))).toContain(code);
    expect(textsTo(CITIZEN, 0).join("\n")).toContain(code);
  });

  it("sends no second card when the event stopped after LINE took the card, and came again after the lease", async () => {
    const before = (await tickets()).length;
    const seen = h.botMessages(GROUP).length;
    // Everything is done but marking the event done: the webhook answers 500 and the event's
    // claim stays until its lease runs out, as when the process died at that moment.
    ff.failWrites(/^webhookEvents\//, { after: 1 });
    const first = await h.standin.sendAsUser(CITIZEN, { type: "text", text: "ท่อประปาแตกที่ซอย 4 น้ำไหลนองถนนค่ะ" });
    expect(first.status).toBe(500);
    expect(cardsIn(GROUP, seen)).toHaveLength(1);

    expect((await h.standin.redeliver(first.webhookEventId)).status).toBe(500); // still leased
    clock.advance(LEASE_MS + 1000);
    expect((await h.standin.redeliver(first.webhookEventId)).status).toBe(200);
    expect((await tickets()).length).toBe(before + 1);
    expect(cardsIn(GROUP, seen)).toHaveLength(1);
  });

  it("delivers a staff answer once, and loses nothing typed, when claiming it failed", async () => {
    const [ticket] = (await tickets()).filter((t) => t.status === "open");
    await h.standin.sendAsUser(OFFICER, { type: "postback", data: `a=tk-answer&t=${ticket!.id}` });
    const seen = h.botMessages(CITIZEN).length;
    ff.failWrites(/^ticketAnswers\//);
    const typed = await h.standin.sendAsUser(OFFICER, { type: "text", text: "ช่างจะเข้าไปซ่อมพรุ่งนี้เช้าค่ะ" });
    expect(typed.status).toBe(500);
    expect(textsTo(CITIZEN, seen)).toEqual([]);

    expect((await h.standin.redeliver(typed.webhookEventId)).status).toBe(200);
    const toCitizen = textsTo(CITIZEN, seen);
    expect(toCitizen).toHaveLength(1);
    expect(toCitizen[0]).toContain("ช่างจะเข้าไปซ่อมพรุ่งนี้เช้าค่ะ");
    expect((await h.fs.db.collection(TICKET_COLLECTIONS.tickets).doc(ticket!.id).get()).get("status")).toBe("answered");
  });

  it("delivers a staff answer once when Firestore failed after the answer was claimed", async () => {
    const [ticket] = (await tickets()).filter((t) => t.status === "open");
    await h.standin.sendAsUser(OFFICER, { type: "postback", data: `a=tk-answer&t=${ticket!.id}` });
    const seen = h.botMessages(CITIZEN).length;
    // The answer is claimed and the ticket marked answered; its delivery to the citizen cannot be stored.
    ff.failWrites(/^deliveries\//);
    const typed = await h.standin.sendAsUser(OFFICER, { type: "text", text: "เปลี่ยนท่อเรียบร้อยแล้วค่ะ" });
    expect(typed.status).toBe(500);
    expect((await h.fs.db.collection(TICKET_COLLECTIONS.tickets).doc(ticket!.id).get()).get("status")).toBe("answered");

    const staffSeen = h.botMessages(OFFICER).length;
    expect((await h.standin.redeliver(typed.webhookEventId)).status).toBe(200);
    const toCitizen = textsTo(CITIZEN, seen);
    expect(toCitizen).toHaveLength(1);
    expect(toCitizen[0]).toContain("เปลี่ยนท่อเรียบร้อยแล้วค่ะ");
    expect(textsTo(OFFICER, staffSeen).join("\n")).toContain("ถึงผู้ถามแล้ว");
  });
});
