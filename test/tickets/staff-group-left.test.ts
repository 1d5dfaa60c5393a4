/**
 * Who is in the staff group, where every card shows citizens' words: someone who is not staff
 * joining it is said there at once. When the bot is removed from the registered staff group, LINE refuses everything sent there: the
 * cards of new tickets would be lost. The bot forgets the group on LINE's `leave` event, so the next
 * card goes to staff one by one; leaving another group changes nothing.
 */
import { createUlid } from "line-standin";
import { getStaffGroup } from "../../src/tickets/staff";
import { ADMIN, CITIZEN, OFFICER, webhookBody } from "../support/bot-harness";
import { STAFF_GROUP, useStaffedBot } from "../support/staffed-bot";

describe("the staff group's members, and the bot removed from it", () => {
  const bot = useStaffedBot();

  let seq = 0;
  const leave = async (groupId: string) => {
    const random = new Uint8Array(10);
    random[9] = ++seq;
    const event = { type: "leave", mode: "active", timestamp: Date.now(), source: { type: "group", groupId }, webhookEventId: createUlid(Date.now(), random), deliveryContext: { isRedelivery: false } };
    expect((await bot.h.post(webhookBody([event]))).status).toBe(200);
  };
  const cardsIn = (chat: string, from: number) => bot.h.botMessages(chat).slice(from).filter((m) => m.type === "flex");

  it("says so in the staff group when someone who is not staff joins it, and not for staff", async () => {
    const seen = bot.h.botMessages(STAFF_GROUP).length;
    await bot.h.standin.sendAsUser(OFFICER, { type: "memberJoined" }, { groupId: STAFF_GROUP });
    expect(bot.h.botMessages(STAFF_GROUP).slice(seen)).toEqual([]);
    await bot.h.standin.sendAsUser(CITIZEN, { type: "memberJoined" }, { groupId: STAFF_GROUP });
    const warned = bot.h.botMessages(STAFF_GROUP).slice(seen).map((m) => m.text ?? "").join("\n");
    expect(warned).toContain("ยังไม่ได้ลงทะเบียนเป็นเจ้าหน้าที่");
    // Another group is none of its business.
    const other = "C" + "8".repeat(32);
    await bot.h.standin.sendAsUser(CITIZEN, { type: "memberJoined" }, { groupId: other });
    expect(bot.h.botMessages(other)).toEqual([]);
  });

  it("keeps the staff group when the bot leaves another group", async () => {
    await leave("C" + "9".repeat(32));
    expect(await getStaffGroup(bot.h.fs.db)).toBe(STAFF_GROUP);
  });

  it("sends the next ticket's card to staff one by one once the bot has left the staff group", async () => {
    await leave(STAFF_GROUP);
    expect(await getStaffGroup(bot.h.fs.db)).toBeUndefined();
    const seen = { group: bot.h.botMessages(STAFF_GROUP).length, officer: bot.h.botMessages(OFFICER).length, admin: bot.h.botMessages(ADMIN).length };
    expect((await bot.h.standin.sendAsUser(CITIZEN, { type: "text", text: "ท่อระบายน้ำหน้าบ้านอุดตัน น้ำท่วมขังค่ะ" })).status).toBe(200);
    expect(cardsIn(STAFF_GROUP, seen.group)).toHaveLength(0);
    expect(cardsIn(OFFICER, seen.officer)).toHaveLength(1);
    expect(cardsIn(ADMIN, seen.admin)).toHaveLength(1);
  });
});
