/**
 * A typed command is the same command in the characters phones and other apps put in it: Thai
 * digits, full-width ASCII, invisible characters. Before, such a command was taken for a question,
 * and a unit code was offered to be sent to staff as one.
 */
import { commandForm } from "../../src/bot/command-form";
import { toThaiDigits } from "../../src/thai/digits";
import { ADMIN, CITIZEN, OFFICER } from "../support/bot-harness";
import { useStaffedBot } from "../support/staffed-bot";

const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("commands typed in other characters", () => {
  const bot = useStaffedBot();

  const say = async (user: string, text: string): Promise<string> => {
    const seen = bot.h.botMessages(user).length;
    expect((await bot.h.standin.sendAsUser(user, { type: "text", text })).status).toBe(200);
    return JSON.stringify(bot.h.botMessages(user).slice(seen));
  };

  it("keeps Thai words whole and leaves ordinary text as it is", () => {
    expect(commandForm("สร้างรหัส สำนักปลัด")).toBe("สร้างรหัส สำนักปลัด");
    expect(commandForm("ตอบ R-๑๒๓๔\u200b")).toBe("ตอบ R-1234");
    expect(commandForm("รหัส：ＦＹＮ７６３")).toBe("รหัส:FYN763");
    expect(commandForm("\u202eFYN763\u2066")).toBe("FYN763");
  });

  it("links a new officer whose unit code has Thai digits, full-width letters or invisible characters", async () => {
    const forms = [(c: string) => `รหัส ${toThaiDigits(c)}`, (c: string) => toThaiDigits(c), (c: string) => `รหัส：${fullWidth(c)}`, (c: string) => `\u200b${c}\u200b`];
    for (const [i, form] of forms.entries()) {
      const issued = await say(ADMIN, "สร้างรหัส กองช่าง");
      const code = /\b([A-Z0-9]{6})\b/.exec(JSON.parse(issued).map((m: { text?: string }) => m.text ?? "").join("\n"))?.[1] ?? "";
      expect(code).toMatch(/[0-9]/);
      const newcomer = "U" + String(i + 1).repeat(32);
      await bot.h.standin.sendAsUser(newcomer, { type: "follow" });
      const reply = await say(newcomer, form(code));
      expect(reply).toContain("ลงทะเบียนเป็นเจ้าหน้าที่ของกองช่าง");
      expect((await bot.h.services.people.get(newcomer))?.role).toBe("officer");
    }
  });

  it("starts an answer for a ticket code typed with Thai digits", async () => {
    const receipt = await say(CITIZEN, "ไฟถนนหน้าตลาดดับทั้งแถวค่ะ");
    const code = /[QR]-\d{4,5}/.exec(receipt)?.[0] ?? "";
    expect(code).not.toBe("");
    expect(await say(OFFICER, `ตอบ ${toThaiDigits(code)}`)).toContain(`พิมพ์คำตอบเรื่อง ${code}`);
  });
});
