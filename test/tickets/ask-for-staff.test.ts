/**
 * "ขอคุยกับเจ้าหน้าที่" (issue 15, newcomer run: the sentence itself was offered to staff as a
 * question, and "ติดต่อเจ้าหน้าที่" was answered with an ITA item): the bot asks for the message, and
 * the next text goes to staff as it is.
 */
import { createFixedClock } from "../../src/clock";
import { ASKS_FOR_STAFF } from "../../src/tickets/asks-for-staff";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { CITIZEN } from "../support/bot-harness";
import { STAFF_GROUP, startStaffedBot, type StaffedBot } from "../support/staffed-bot";

const CITIZEN_2 = "U" + "c".repeat(31) + "2";
const MESSAGE = "ขอใบรับรองการเป็นผู้พักอาศัยต้องใช้เอกสารอะไรบ้างคะ";

describe("ASKS_FOR_STAFF", () => {
  it("reads a request to reach a person", () => {
    const asks = ["ขอคุยกับเจ้าหน้าที่ได้ไหมคะ", "ติดต่อเจ้าหน้าที่", "อยากคุยกับคนจริงๆ", "ขอสายเจ้าหน้าที่หน่อยครับ", "ติดต่อเจ้าหน้าที่ได้ทางไหน", "Can I talk to a human?"];
    expect(asks.filter((t) => !ASKS_FOR_STAFF.test(t))).toEqual([]);
  });

  it("leaves complaints, plan questions and talk to the bot alone", () => {
    const others = ["เจ้าหน้าที่เรียกเงินใต้โต๊ะ", "มาตรการติดต่อเจ้าหน้าที่", "ขอคุยกับนายกเรื่องทุจริต", "คุยกับบอท", "เจ้าหน้าที่ต้องปฏิบัติตามคู่มือไหม"];
    expect(others.filter((t) => ASKS_FOR_STAFF.test(t))).toEqual([]);
  });
});

describe("reaching staff in chat", () => {
  let bot: StaffedBot;
  beforeAll(async () => {
    bot = await startStaffedBot({ clock: createFixedClock(new Date("2026-11-25T02:00:00Z")), citizens: [CITIZEN, CITIZEN_2] });
  }, 60_000);
  afterAll(() => bot.close());

  const say = async (user: string, text: string): Promise<string> => {
    const before = bot.h.botMessages(user).length;
    expect((await bot.h.standin.sendAsUser(user, { type: "text", text })).status).toBe(200);
    return JSON.stringify(bot.h.botMessages(user).slice(before));
  };
  const tickets = async () => (await bot.h.fs.db.collection(TICKET_COLLECTIONS.tickets).get()).docs.map((d) => d.data());

  it("asks for the message, then sends the next text to staff as it is", async () => {
    const prompt = await say(CITIZEN, "ขอคุยกับเจ้าหน้าที่ได้ไหมคะ");
    expect(prompt).toContain("พิมพ์เรื่องที่ต้องการสอบถามหรือแจ้ง");
    expect(prompt).not.toContain("ส่งให้เจ้าหน้าที่");
    expect(await tickets()).toEqual([]);

    const seenByStaff = bot.h.botMessages(STAFF_GROUP).length;
    const receipt = await say(CITIZEN, MESSAGE);
    expect(receipt).toMatch(/เลขที่เรื่อง: [QR]-\d+/);
    expect((await tickets()).map((t) => t.question)).toEqual([MESSAGE]);
    await bot.h.services.outbox.runner.runDue();
    expect(JSON.stringify(bot.h.botMessages(STAFF_GROUP).slice(seenByStaff))).toContain(MESSAGE);
  });

  it("opens nothing when the person cancels", async () => {
    await say(CITIZEN_2, "ติดต่อเจ้าหน้าที่");
    expect(await say(CITIZEN_2, "ยกเลิก")).toContain("ยกเลิกรายการ");
    expect((await tickets()).filter((t) => t.citizenId === CITIZEN_2)).toEqual([]);
  });
});
