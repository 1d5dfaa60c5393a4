/**
 * A flow outlives the button that started it: an officer taps ตอบ on a ticket, an admin removes
 * them, and the ex-officer then types. Through the webhook, against the stand-in and the embedded
 * Firestore: nothing reaches the citizen, the ticket stays unanswered, and the ex-officer is told
 * politely why. Both the removal itself (it clears the person's conversation state) and the
 * router's check at every step (for a role changed any other way) stop it.
 */
import { COLLECTIONS } from "../../src/store/collections";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { TICKET_ACTIONS } from "../../src/tickets/ticket-actions";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

type Sent = { text?: string; altText?: string };
const ANSWER = "ซ่อมให้เรียบร้อยแล้วครับ";

describe("an officer removed while typing an answer", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN] });
    for (const u of [ADMIN, OFFICER, CITIZEN]) await h.standin.sendAsUser(u, { type: "follow" });
  });
  afterAll(() => h.close());

  async function say(userId: string, text: string): Promise<string[]> {
    const before = h.botMessages(userId).length;
    expect((await h.standin.sendAsUser(userId, { type: "text", text })).status).toBe(200);
    return (h.botMessages(userId) as Sent[]).slice(before).map((m) => m.text ?? m.altText ?? "");
  }

  /** The officer joins, a citizen reports a repair, and the officer taps ตอบ on its card. */
  async function officerAnswering(): Promise<string> {
    await h.services.people.setRole(OFFICER, "citizen"); // whatever an earlier test made them
    const code = (await say(ADMIN, "สร้างรหัส กองช่าง")).at(-1) ?? "";
    expect((await say(OFFICER, code))[0]).toContain("ลงทะเบียนเป็นเจ้าหน้าที่");
    const receipt = (await say(CITIZEN, "ถนนพังหน้าบ้าน ช่วยซ่อมด้วยค่ะ")).join();
    const ticketCode = /R-\d{4,6}/.exec(receipt)?.[0];
    const [ticket] = (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("code", "==", ticketCode).get()).docs;
    expect(ticket).toBeDefined();
    await h.standin.sendAsUser(OFFICER, { type: "postback", data: `a=${TICKET_ACTIONS.answer}&t=${ticket!.id}` });
    expect((await h.fs.db.collection(COLLECTIONS.conversations).doc(OFFICER).get()).get("flow")).toBe(TICKET_ACTIONS.answer);
    return ticket!.id;
  }

  async function expectNothingReachedTheCitizen(ticketId: string, reply: string[]): Promise<void> {
    expect(reply.join()).toContain("สิทธิ์ของท่านในระบบเปลี่ยนไปแล้ว");
    await h.services.outbox.runner.runDue();
    expect(JSON.stringify(h.botMessages(CITIZEN))).not.toContain(ANSWER);
    expect((await h.fs.db.collection(TICKET_COLLECTIONS.tickets).doc(ticketId).get()).data()).toMatchObject({ status: "open" });
    expect((await h.fs.db.collection(TICKET_COLLECTIONS.ticketAnswers).get()).docs.filter((d) => d.id.startsWith(ticketId))).toEqual([]);
    expect((await h.fs.db.collection(COLLECTIONS.conversations).doc(OFFICER).get()).exists).toBe(false);
  }

  it("cannot answer after an admin removes them: removal ends the flow", async () => {
    const ticketId = await officerAnswering();
    const list = (await say(ADMIN, "เจ้าหน้าที่ทั้งหมด"))[0] ?? "";
    const number = /(\d+)\. สมศรี/.exec(list)?.[1];
    expect((await say(ADMIN, `ลบเจ้าหน้าที่ ${number}`))[0]).toContain("ยกเลิกสิทธิ์");
    // Removal asks the admin to confirm (issue 15); the confirmation is what removes.
    const asked = h.botMessages(ADMIN).at(-1) as { quickReply?: { items: { action: { label: string; data?: string } }[] } };
    const confirm = asked.quickReply?.items.find((i) => i.action.label === "ยืนยันลบ")?.action.data;
    expect(confirm).toBeDefined();
    await h.standin.sendAsUser(ADMIN, { type: "postback", data: confirm! });
    // The removal ended the answer flow in the same commit.
    expect((await h.fs.db.collection(COLLECTIONS.conversations).doc(OFFICER).get()).get("flow")).not.toBe(TICKET_ACTIONS.answer);
    await expectNothingReachedTheCitizen(ticketId, await say(OFFICER, ANSWER));
    // The next message is an ordinary one again.
    expect((await say(OFFICER, "ข้อ e8 ได้กี่คะแนน")).join()).toContain("83");
  });

  it.each([
    ["moved to another unit", (n: string) => `ย้ายหน่วย ${n} กองคลัง`, "ไปที่กองคลัง"],
    ["made an admin", (n: string) => `ตั้งผู้ดูแล ${n}`, "เป็นผู้ดูแล"],
  ])("loses the flow when %s, though the new role could answer too", async (_what, command, done) => {
    const ticketId = await officerAnswering();
    const list = (await say(ADMIN, "เจ้าหน้าที่ทั้งหมด"))[0] ?? "";
    const number = /(\d+)\. สมศรี/.exec(list)?.[1] ?? "";
    expect((await say(ADMIN, command(number)))[0]).toContain(done);
    await expectNothingReachedTheCitizen(ticketId, await say(OFFICER, ANSWER));
  });

  it("cannot answer when the role changed any other way: the router checks the step's roles", async () => {
    const ticketId = await officerAnswering();
    // The role changes without the admin command (a console edit, another instance's write…):
    // the chat still holds the answer flow.
    await h.fs.db.collection(COLLECTIONS.people).doc(OFFICER).update({ role: "citizen" });
    await expectNothingReachedTheCitizen(ticketId, await say(OFFICER, ANSWER));
    expect(h.logger.records.some((r) => r.event === "flow.refused")).toBe(true);
  });
});
