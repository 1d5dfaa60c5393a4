/**
 * A request to delete one's data is understood in people's own words (issue 15, newcomer run:
 * "ผมอยากลบข้อมูลของผมทั้งหมด" was offered to staff as an unanswered question), and nothing else
 * is taken for one.
 */
import { FORGET_REQUEST } from "../../src/privacy/asks-to-forget";
import { CITIZEN, startBotHarness, type BotHarness } from "../support/bot-harness";

describe("FORGET_REQUEST", () => {
  it("reads a request to delete one's own data, however it is worded", () => {
    const asks = [
      "ลบข้อมูลของฉัน",
      "ขอลบข้อมูลส่วนบุคคล",
      "ผมอยากลบข้อมูลของผมทั้งหมด",
      "ขอลบประวัติแชทด้วยค่ะ",
      "ช่วยลบข้อความที่ส่งไปทั้งหมดด้วยครับ",
      "ไม่ต้องเก็บข้อมูลของหนูแล้วนะคะ",
      "ขอใช้สิทธิ์ลบข้อมูลตาม PDPA ครับ",
      "ลบข้อมูลยังไงคะ",
      "รบกวนลบ ข้อมูล ของดิฉัน ออกจากระบบ ด้วยค่ะ 🙏",
      "Please delete my data",
    ];
    expect(asks.filter((t) => !FORGET_REQUEST.test(t))).toEqual([]);
  });

  it("leaves alone other people's data, questions about the organisation, and staff commands", () => {
    const others = ["ลบข้อมูลของประชาชน", "อบต.ลบข้อมูลได้ไหม", "มาตรการลบข้อมูล", "ลบ FAQ 3", "ลบเจ้าหน้าที่ 2", "ข้อมูลของฉันอยู่ที่ไหน", "ลบ", "delete your data"];
    expect(others.filter((t) => FORGET_REQUEST.test(t))).toEqual([]);
  });

  it("stays quick on long text made of its own words (no runaway backtracking)", () => {
    // Not a time assertion: a runaway pattern would not return at all within jest's timeout.
    for (const t of ["ลบข้อมูล" + "นะ ".repeat(95) + "x", "ลบข้อมูล" + "ของฉัน".repeat(48) + "x", "ขอ".repeat(140) + "x"]) expect(FORGET_REQUEST.test(t)).toBe(false);
  });
});

describe("a citizen asks in their own words to delete their data", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({});
  });
  afterAll(() => h.close());

  it("gets the confirmation, not an offer to send the words to staff", async () => {
    const before = h.botMessages(CITIZEN).length;
    expect((await h.standin.sendAsUser(CITIZEN, { type: "text", text: "ผมอยากลบข้อมูลของผมทั้งหมดครับ" })).status).toBe(200);
    const reply = JSON.stringify(h.botMessages(CITIZEN).slice(before));
    expect(reply).toContain("ยืนยันลบข้อมูล");
    expect(reply).not.toContain("ส่งให้เจ้าหน้าที่");
  });
});
