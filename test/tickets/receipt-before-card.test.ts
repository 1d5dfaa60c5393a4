/**
 * The citizen's receipt does not wait for the staff card (issue 18): the card's delivery is
 * stored in the commit that opens the ticket, and sent once the receipt is replied. Order is read
 * from the stand-in's own record of what reached LINE, not from timing.
 */
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { staffCardId } from "../../src/tickets/notify";
import { COLLECTIONS } from "../../src/store/collections";
import { CITIZEN } from "../support/bot-harness";
import { STAFF_GROUP, startStaffedBot, type StaffedBot } from "../support/staffed-bot";

describe("a ticket's receipt and its staff card", () => {
  let bot: StaffedBot;
  beforeAll(async () => {
    bot = await startStaffedBot();
  }, 60_000);
  afterAll(() => bot.close());

  it("replies the receipt first, then pushes the card stored with the ticket", async () => {
    const { h } = bot;
    const reached: string[] = [];
    const stop = h.standin.state.subscribe((e) => {
      if (e.kind === "entry" && e.entry.from === "bot") reached.push(`${e.chatId === STAFF_GROUP ? "staff" : e.chatId === CITIZEN ? "citizen" : "other"}:${e.entry.endpoint}`);
    });
    try {
      const sent = await h.standin.sendAsUser(CITIZEN, { type: "text", text: "ไฟถนนหน้าโรงเรียนดับทั้งซอย ช่วยมาซ่อมด้วยค่ะ" });
      expect(sent.status).toBe(200);
      expect(reached).toEqual(["citizen:reply", "staff:push"]);
      const ticket = (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("citizenId", "==", CITIZEN).get()).docs[0]!;
      const card = await h.fs.db.collection(COLLECTIONS.deliveries).doc(staffCardId(sent.webhookEventId)).get();
      expect(card.get("ref")).toEqual({ ticketId: ticket.id });
      expect(card.get("status")).toBe("sent");
      // Written in one commit with the ticket: the same write time.
      expect(card.createTime?.isEqual(ticket.createTime!)).toBe(true);
    } finally {
      stop();
    }
  });
});
