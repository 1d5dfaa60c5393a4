/**
 * A button tapped twice is two webhook events, and two taps handled at once both read the chat
 * before either has written: "send to staff?" must still open one ticket with one staff card,
 * and two staff closing one ticket at once must tell the citizen once. An old "send to staff"
 * button, under a question whose offer a later one replaced, sends neither. The race is replayed
 * exactly, not left to timing: the second tap is handled with the chat as the first tap found it.
 */
import { createFixedClock } from "../../src/clock";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { ADMIN, CITIZEN, OFFICER, type BotHarness } from "../support/bot-harness";
import { STAFF_GROUP, startStaffedBot, type StaffedBot } from "../support/staffed-bot";

describe("a button tapped twice at once", () => {
  const clock = createFixedClock(new Date("2026-11-25T03:00:00Z"));
  let bot: StaffedBot;
  let h: BotHarness;
  beforeAll(async () => {
    bot = await startStaffedBot({ clock });
    h = bot.h;
  }, 60_000);
  afterAll(() => bot.close());

  const ticketsOf = async (citizenId: string) => (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("citizenId", "==", citizenId).get()).docs;
  const cardsIn = (chat: string, from: number) => h.botMessages(chat).slice(from).filter((m) => m.type === "flex");

  it('opens one ticket with one staff card for two taps on "send to staff" for one question', async () => {
    const ask = await h.standin.sendAsUser(CITIZEN, { type: "text", text: "ขอทราบขั้นตอนการขอใบอนุญาตจำหน่ายสุราในตำบลค่ะ" });
    expect(ask.status).toBe(200);
    const waiting = await h.services.conversations.get(CITIZEN, clock.now());
    expect(waiting?.flow).toBe("tk-confirm");
    const seen = h.botMessages(STAFF_GROUP).length;

    expect((await h.standin.sendAsUser(CITIZEN, { type: "postback", data: "a=tk-send" })).status).toBe(200);
    // The second tap, handled at the same time, read the chat still waiting for "send to staff?".
    await h.services.conversations.start(CITIZEN, waiting!.flow, waiting!.data, clock.now());
    expect((await h.standin.sendAsUser(CITIZEN, { type: "postback", data: "a=tk-send" })).status).toBe(200);

    const tickets = await ticketsOf(CITIZEN);
    expect(tickets).toHaveLength(1);
    expect(cardsIn(STAFF_GROUP, seen)).toHaveLength(1);
    // Both taps are answered with the one ticket's code.
    const code = String(tickets[0]?.get("code"));
    expect(h.botMessages(CITIZEN).filter((m) => (m.text ?? "").includes(`เลขที่เรื่อง: ${code}`))).toHaveLength(2);
  });

  it('sends nothing for "send to staff" tapped under an earlier question whose offer a later question replaced', async () => {
    const citizen = "U" + "c".repeat(31) + "5";
    await h.standin.sendAsUser(citizen, { type: "follow" });
    const offer = async (text: string) => {
      const seen = h.botMessages(citizen).length;
      await h.standin.sendAsUser(citizen, { type: "text", text });
      const prompt = h.botMessages(citizen).slice(seen).find((m) => JSON.stringify(m).includes("a=tk-send")) as { quickReply?: { items: Array<{ action: { data?: string } }> } } | undefined;
      return prompt?.quickReply?.items.map((i) => i.action.data ?? "") ?? [];
    };
    const [sendFirst, skipFirst] = await offer("ขอทราบเวลาเปิดปิดสนามกีฬาของตำบลค่ะ");
    const [sendSecond] = await offer("ขอทราบขั้นตอนการขอติดตั้งมิเตอร์น้ำประปาค่ะ");
    expect(sendFirst).toMatch(/^a=tk-send&q=\d+$/);
    expect(sendSecond).not.toBe(sendFirst);

    // "ไม่ต้อง" and "ส่ง" under the first question neither drop nor send the second.
    await h.standin.sendAsUser(citizen, { type: "postback", data: skipFirst! });
    expect((await h.services.conversations.get(citizen, clock.now()))?.flow).toBe("tk-confirm");
    await h.standin.sendAsUser(citizen, { type: "postback", data: sendFirst! });
    expect(await ticketsOf(citizen)).toHaveLength(0);
    expect(h.botMessages(citizen).at(-1)?.text).toContain("กรุณาพิมพ์คำถามอีกครั้ง");
    // The second question's own button sends it.
    await h.standin.sendAsUser(citizen, { type: "postback", data: sendSecond! });
    const tickets = await ticketsOf(citizen);
    expect(tickets.map((t) => t.get("question"))).toEqual(["ขอทราบขั้นตอนการขอติดตั้งมิเตอร์น้ำประปาค่ะ"]);
  });

  it("tells the citizen once when two staff close the same ticket at once", async () => {
    const citizen = "U" + "c".repeat(31) + "4";
    await h.standin.sendAsUser(citizen, { type: "follow" });
    await h.standin.sendAsUser(citizen, { type: "text", text: "ไฟฟ้าส่องสว่างหน้าโรงเรียนดับทั้งซอยค่ะ" });
    const [ticket] = await ticketsOf(citizen);
    const id = ticket!.id;
    const seen = h.botMessages(citizen).length;

    expect((await h.standin.sendAsUser(OFFICER, { type: "postback", data: `a=tk-close-as&t=${id}&r=duplicate` })).status).toBe(200);
    // The admin's tap, handled at the same time, found the ticket still open.
    await h.fs.db.collection(TICKET_COLLECTIONS.tickets).doc(id).update({ status: "open", closedAt: null, closeReason: null, closedByEvent: null });
    expect((await h.standin.sendAsUser(ADMIN, { type: "postback", data: `a=tk-close-as&t=${id}&r=duplicate` })).status).toBe(200);

    const told = h.botMessages(citizen).slice(seen).filter((m) => (m.text ?? "").includes("ปิดเรื่อง"));
    expect(told).toHaveLength(1);
  });
});
