/**
 * "เมนู" says a task is waiting only when one is (issue 15, newcomer run: a citizen who had filed a
 * request minutes before was told "ตอนนี้ท่านยังทำรายการค้างอยู่ค่ะ" and offered ยกเลิก first, while the
 * bot was only keeping the door open for photos).
 */
import { createFixedClock } from "../../src/clock";
import { CITIZEN, startBotHarness, type BotHarness } from "../support/bot-harness";

type Sent = { type: string; text?: string; quickReply?: { items: Array<{ action: { label: string } }> } };
const CITIZEN_2 = "U" + "c".repeat(31) + "2";

describe("the menu while a flow is open", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ clock: createFixedClock(new Date("2026-11-25T02:00:00Z")) });
  });
  afterAll(() => h.close());

  const say = async (user: string, text: string): Promise<Sent[]> => {
    const before = h.botMessages(user).length;
    expect((await h.standin.sendAsUser(user, { type: "text", text })).status).toBe(200);
    return (h.botMessages(user) as Sent[]).slice(before);
  };

  it("does not call the wait for photos after a request a pending task", async () => {
    expect(JSON.stringify(await say(CITIZEN, "ถนนหน้าบ้านหมู่ 5 เป็นหลุมใหญ่ รถล้มไปแล้วสองคัน ช่วยมาซ่อมด้วยค่ะ"))).toContain("เลขที่เรื่อง");
    const menu = await say(CITIZEN, "เมนู");
    expect(menu[0]?.text).not.toContain("ค้างอยู่");
    expect(menu.at(-1)?.quickReply?.items[0]?.action.label).not.toBe("ยกเลิก");
  });

  it("still says so when a question waits for the citizen's 'send to staff?' tap", async () => {
    expect(JSON.stringify(await say(CITIZEN_2, "ค่าเช่าเต็นท์ของหมู่เจ็ดสำหรับงานบุญเดือนหน้าเท่าไหร่คะ"))).toContain("ส่งให้เจ้าหน้าที่");
    const menu = await say(CITIZEN_2, "เมนู");
    expect(menu[0]?.text).toContain("ค้างอยู่");
    expect(menu.at(-1)?.quickReply?.items[0]?.action.label).toBe("ยกเลิก");
  });
});
