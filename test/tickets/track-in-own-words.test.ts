/**
 * A citizen follows up on their own ticket in their own words, or with the code alone (issue 15,
 * newcomer run: "เรื่องที่แจ้งไปถึงไหนแล้วคะ", "R-5118" and "เจ้าหน้าที่ตอบหรือยังคะ" were answered from
 * the plan). Questions about the plan keep going to the plan; another person's code tells nothing.
 */
import { createFixedClock } from "../../src/clock";
import { TRACK_REQUEST } from "../../src/tickets/asks-about-own-ticket";
import { CITIZEN, OFFICER } from "../support/bot-harness";
import { startStaffedBot, type StaffedBot } from "../support/staffed-bot";

const CITIZEN_2 = "U" + "c".repeat(31) + "2";
const QUESTION = "น้ำประปาไม่ไหลตั้งแต่เมื่อวานค่ะ หมู่ 2";

describe("TRACK_REQUEST", () => {
  it("reads a follow-up on one's own ticket", () => {
    const asks = [
      "ติดตามเรื่อง",
      "R-5118",
      "r 5118 ค่ะ",
      "เรื่อง R-5118 ถึงไหนแล้วคะ",
      "เรื่องที่แจ้งไปถึงไหนแล้วคะ",
      "เรื่องของผมคืบหน้าไหมครับ",
      "เจ้าหน้าที่ตอบหรือยังคะ",
      "อยากทราบว่าจะได้คำตอบเมื่อไหร่",
      "คำถามที่ถามไปได้คำตอบหรือยัง",
    ];
    expect(asks.filter((t) => !TRACK_REQUEST.test(t))).toEqual([]);
  });

  it("leaves questions about the plan and its Q&A channel to the plan", () => {
    const plan = ["มาตรการที่ 3 ถึงไหนแล้ว", "ถึงไหนแล้วคะ", "ผล ITA จะออกเมื่อไร", "ช่องทางถามตอบตอบภายในกี่วัน", "อบต.ดำเนินการถึงไหนแล้ว", "เจ้าหน้าที่เรียกเงินใต้โต๊ะ", "แผนคืบหน้าไหม"];
    expect(plan.filter((t) => TRACK_REQUEST.test(t))).toEqual([]);
  });
});

describe("following up on a ticket in chat", () => {
  let bot: StaffedBot;
  let code = "";
  beforeAll(async () => {
    bot = await startStaffedBot({ clock: createFixedClock(new Date("2026-11-25T02:00:00Z")), citizens: [CITIZEN, CITIZEN_2] });
    const receipt = await say(CITIZEN, QUESTION);
    code = /R-\d{4,6}/.exec(receipt)?.[0] ?? "";
    expect(code).not.toBe("");
  }, 60_000);
  afterAll(() => bot.close());

  async function say(user: string, text: string): Promise<string> {
    const before = bot.h.botMessages(user).length;
    expect((await bot.h.standin.sendAsUser(user, { type: "text", text })).status).toBe(200);
    return JSON.stringify(bot.h.botMessages(user).slice(before));
  }

  it("shows the citizen their ticket's status, asked in words or by its code", async () => {
    for (const asked of ["เรื่องที่แจ้งไปถึงไหนแล้วคะ", "จะได้คำตอบเมื่อไหร่คะ", code]) {
      const reply = await say(CITIZEN, asked);
      expect([asked, reply.includes(code) && reply.includes("รอเจ้าหน้าที่ตอบ")]).toEqual([asked, true]);
      expect(reply).not.toContain("ที่มา:");
    }
  });

  it("tells another citizen nothing of that ticket", async () => {
    const reply = await say(CITIZEN_2, code);
    expect(reply).toContain(`ไม่พบเรื่อง ${code}`);
    expect(reply).not.toContain("น้ำประปา");
  });

  it("gives staff the ticket's card for its code", async () => {
    const reply = await say(OFFICER, code);
    expect(reply).toContain('"type":"flex"');
    expect(reply).toContain("น้ำประปา");
  });
});
