/**
 * The daily job with a fixed clock: overdue tickets are reminded once a day, on working days only,
 * to the staff group; answers whose delivery finished later are settled.
 */
import { createFixedClock } from "../../src/clock";
import { runTicketReminders } from "../../src/tickets/reminders";
import { setStaffGroup } from "../../src/tickets/staff";
import { createTicketStore } from "../../src/tickets/ticket-store";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { startBotHarness, type BotHarness } from "../support/bot-harness";

const bkk = (iso: string) => new Date(`${iso}+07:00`);
const GROUP = "C" + "7".repeat(32);

describe("ticket reminders", () => {
  const clock = createFixedClock(bkk("2026-12-03T10:00:00")); // Thursday
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ clock });
    await setStaffGroup(h.fs.db, GROUP, "Uadmin", clock.now());
  });
  afterAll(() => h.close());

  it("reminds staff of tickets unanswered past one working day, once a day, not at weekends", async () => {
    const store = createTicketStore(h.fs.db, h.services.ids);
    const old = await store.open({ kind: "request", citizenId: "Ucitizen1", citizenName: "ก", question: "ไฟถนนดับ" }, bkk("2026-12-02T09:00:00"));
    await store.open({ kind: "question", citizenId: "Ucitizen2", citizenName: "ข", question: "ถามใหม่" }, bkk("2026-12-03T08:00:00"));
    const answered = await store.open({ kind: "question", citizenId: "Ucitizen3", citizenName: "ค", question: "ตอบแล้ว" }, bkk("2026-12-01T08:00:00"));
    await store.claimAnswer(answered.id, { text: "ตอบ", by: "Ustaff", byName: null }, bkk("2026-12-01T09:00:00"));

    const first = await runTicketReminders(h.services);
    expect(first).toMatchObject({ reminded: 1, deliveries: 1 });
    const [reminder] = h.botMessages(GROUP);
    expect(reminder?.text).toContain(old.code);
    expect(reminder?.text).toContain("1 วันทำการ");
    expect(reminder?.text).toContain("2 ธ.ค. 2569");

    expect(await runTicketReminders(h.services)).toMatchObject({ reminded: 0, deliveries: 0 });
    expect(h.botMessages(GROUP)).toHaveLength(1);

    clock.set(bkk("2026-12-05T10:00:00")); // Saturday (and วันพ่อ)
    expect(await runTicketReminders(h.services)).toMatchObject({ reminded: 0 });
    clock.set(bkk("2026-12-08T09:00:00")); // Tuesday: both open tickets are overdue now
    expect(await runTicketReminders(h.services)).toMatchObject({ reminded: 2, deliveries: 1 });
    expect((await h.fs.db.collection(TICKET_COLLECTIONS.ticketReminders).get()).size).toBe(3);
  });

  it("settles an answer whose delivery failed after the webhook and tells the staff member", async () => {
    const store = createTicketStore(h.fs.db, h.services.ids);
    const staff = "U" + "5".repeat(32);
    const blocked = "U" + "6".repeat(32);
    h.standin.state.block(blocked);
    const t = await store.open({ kind: "question", citizenId: blocked, citizenName: null, question: "ถาม" }, clock.now());
    await store.claimAnswer(t.id, { text: "ตอบ", by: staff, byName: null }, clock.now());
    const id = await h.services.outbox.store.create(
      { kind: "ticket-answer", label: "x", audience: { type: "users", userIds: [blocked] }, messages: [{ type: "text", text: "ตอบ" }], sendAt: clock.now(), createdBy: staff },
      clock.now(),
    );
    await store.setAnswerDelivery(t.id, id, "pending");
    await h.services.outbox.runner.run(id);
    const run = await runTicketReminders(h.services);
    expect(run).toMatchObject({ settledAnswers: 1, undeliveredAnswers: 1 });
    expect((await store.get(t.id))?.answerDelivery).toBe("failed");
    expect(h.botMessages(staff)[0]?.text).toContain(`คำตอบเรื่อง ${t.code} ส่งถึงผู้ถามไม่ได้`);
  });
});
