/**
 * The help menu ("เมนู", "ช่วยเหลือ", "วิธีใช้"…) is built from the commands the capabilities
 * register: every command says how it appears (or why it does not), what a button sends or an
 * example shows really runs that command, each role sees exactly the commands it may use, and the
 * whole reply fits LINE. Through the webhook: staff who type "เมนู" or greet the bot get their own
 * menu (not the citizen's hand-off offer), and a flow in progress survives a look at the menu.
 */
import type { TextCommand } from "../../src/bot/capability";
import { asksForHelp, createHelpMenu, isGreetingOnly } from "../../src/bot/help-menu";
import { createCapabilities } from "../../src/capabilities";
import { checkMessages } from "../../src/flex/check-limits";
import { LINE_LIMITS } from "../../src/line/limits";
import type { Message } from "../../src/line/message-types";
import type { Role } from "../../src/people/person";
import { visibleTexts } from "../../src/qa/visible-text";
import { ticketText } from "../../src/tickets/ticket-messages";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

const ROLES: readonly Role[] = ["citizen", "officer", "admin"];

let h: BotHarness;
let commands: TextCommand[];
beforeAll(async () => {
  h = await startBotHarness({ adminUserIds: [ADMIN] });
  commands = createCapabilities(h.services).flatMap((c) => c.commands ?? []);
});
afterAll(() => h.close());

/** The texts of every button (flex and quick reply) in a reply. */
function buttonTexts(messages: readonly Message[]): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const action = (node as { action?: { type?: string; text?: string } }).action;
      if (action?.type === "message" && action.text) out.push(action.text);
      Object.values(node).forEach(walk);
    }
  };
  walk(messages);
  return out;
}

describe("help entries of the registered commands", () => {
  it("every command says how it appears in the menu, or is deliberately left out", () => {
    expect(commands.length).toBeGreaterThan(20);
    for (const c of commands) expect({ pattern: c.pattern.source, help: c.help === undefined ? "missing" : "given" }).toEqual({ pattern: c.pattern.source, help: "given" });
  });

  it("a button sends a text that runs its command, and every example of a typed command runs it", () => {
    for (const c of commands) {
      if (!c.help) continue;
      const sample = "button" in c.help ? c.help.button : c.help.example;
      expect({ sample, runs: c.pattern.test(sample) }).toEqual({ sample, runs: true });
      // No earlier command takes the text first: the router runs the first that matches.
      const first = commands.find((other) => other.pattern.test(sample) && (other.chats ?? ["user"]).some((chat) => (c.chats ?? ["user"]).includes(chat)));
      expect({ sample, first: first?.pattern.source }).toEqual({ sample, first: c.pattern.source });
      if ("button" in c.help) expect(c.help.button.length).toBeLessThanOrEqual(LINE_LIMITS.actionLabelLength);
    }
  });

  it("each role's menu offers exactly the commands that role may use, within LINE's limits", () => {
    const help = createHelpMenu(commands);
    for (const role of ROLES) {
      const menu = help.messagesFor(role);
      expect(checkMessages(menu)).toEqual([]);
      expect(menu.length).toBeLessThanOrEqual(LINE_LIMITS.messagesPerRequest);
      const offered = new Set(buttonTexts(menu));
      const shown = visibleTexts(menu).join("\n");
      for (const c of commands) {
        if (!c.help) continue;
        const may = c.roles.includes(role);
        if ("button" in c.help) expect({ role, command: c.help.button, offered: offered.has(c.help.button) }).toEqual({ role, command: c.help.button, offered: may });
        else expect({ role, command: c.help.usage, shown: shown.includes(c.help.usage) }).toEqual({ role, command: c.help.usage, shown: may });
      }
    }
  });

  it("an admin's menu has the admin, the staff and the everyone sections; an officer's two; a citizen's one", () => {
    const help = createHelpMenu(commands);
    const sections = (role: Role) => visibleTexts(help.messagesFor(role)).filter((t) => /^(สำหรับผู้ดูแล|สำหรับเจ้าหน้าที่|ถามบอท และเรื่องของฉัน)$/.test(t));
    expect(sections("admin")).toEqual(["สำหรับผู้ดูแล", "สำหรับเจ้าหน้าที่", "ถามบอท และเรื่องของฉัน"]);
    expect(sections("officer")).toEqual(["สำหรับเจ้าหน้าที่", "ถามบอท และเรื่องของฉัน"]);
    expect(sections("citizen")).toEqual(["ถามบอท และเรื่องของฉัน"]);
  });

  it("in a group, only commands that work in a group are offered", () => {
    const help = createHelpMenu(commands);
    const offered = buttonTexts(help.messagesFor("admin", { chat: "group" }));
    for (const text of offered) {
      const command = commands.find((c) => c.pattern.test(text));
      expect({ text, inGroups: command?.chats?.includes("group") ?? false }).toEqual({ text, inGroups: true });
    }
  });
});

describe("words that ask for the menu", () => {
  it.each(["เมนู", "เมนูค่ะ", "ขอดูเมนูหน่อยครับ", "ช่วยเหลือ", "วิธีใช้", "วิธีใช้งาน", "help", "Menu", "ทำอะไรได้บ้าง", "บอททำอะไรได้บ้างคะ", "มีคำสั่งอะไรบ้าง", "คำสั่ง", "ใช้งานยังไง", "คู่มือการใช้งาน", " เมนู ", "เมนู?"])(
    "%s opens the menu",
    (text) => expect(asksForHelp(text)).toBe(true),
  );

  it.each(["มาตรการมีอะไรบ้าง", "อบต. ทำอะไรได้บ้าง", "เมนูอาหาร", "ช่วยด้วย ถนนพัง", "วิธีขอใบอนุญาตก่อสร้าง", "help me fix the road", "ช่วยเหลือผู้ประสบภัยน้ำท่วมยังไง"])(
    "%s is a question, not the menu",
    (text) => expect(asksForHelp(text)).toBe(false),
  );

  it("a greeting alone is a greeting; a greeting with a question is a question", () => {
    expect(["สวัสดีค่ะ", "หวัดดีครับ 🙏", "hello", "สวัสดีตอนเช้าค่ะ"].map(isGreetingOnly)).toEqual([true, true, true, true]);
    expect(["สวัสดีค่ะ คะแนน ITA ได้เท่าไร", "สวัสดีครับ ขอถามเรื่องถนน"].map(isGreetingOnly)).toEqual([false, false]);
  });
});

describe("through the webhook", () => {
  const lastReply = async (userId: string, text: string) => {
    const before = h.botMessages(userId).length;
    await h.standin.sendAsUser(userId, { type: "text", text });
    return h.botMessages(userId).slice(before) as unknown as Message[];
  };

  beforeAll(async () => {
    const issued = await lastReply(ADMIN, "สร้างรหัส กองคลัง");
    const code = (issued.at(-1) as { text: string }).text;
    await lastReply(OFFICER, code);
  });

  it("an officer who types เมนู or greets gets the officer menu, not the citizen's offer to ask staff", async () => {
    for (const text of ["เมนู", "ช่วยเหลือ", "วิธีใช้", "สวัสดีค่ะ"]) {
      const reply = await lastReply(OFFICER, text);
      const shown = visibleTexts(reply).join("\n");
      expect({ text, officer: shown.includes("สำหรับเจ้าหน้าที่"), admin: shown.includes("สำหรับผู้ดูแล") }).toEqual({ text, officer: true, admin: false });
      expect(shown).not.toContain(visibleTexts([ticketText.confirm("อบต.เวียงท่ากาน")])[0]);
      expect(buttonTexts(reply)).toContain("กิจกรรมของฉัน");
    }
  });

  it("an admin's menu adds the admin commands; a citizen's has questions and their own tickets", async () => {
    const admin = buttonTexts(await lastReply(ADMIN, "เมนู"));
    expect(admin).toEqual(expect.arrayContaining(["ภาพรวม", "สร้างประกาศ", "สร้างรหัส", "ส่งออกรายงาน", "กิจกรรมของฉัน", "เรื่องค้าง"]));
    const citizen = await lastReply(CITIZEN, "เมนู");
    expect(buttonTexts(citizen)).toContain("ติดตามเรื่อง");
    expect(buttonTexts(citizen)).not.toContain("กิจกรรมของฉัน");
  });

  it("asked in the middle of a report, the menu keeps the report going and says how to leave it", async () => {
    const list = await lastReply(OFFICER, "กิจกรรมของฉัน");
    const report = JSON.stringify(list).match(/"data":"(a=pr-report[^"]*)"/)?.[1];
    expect(report).toBeDefined();
    await h.standin.sendAsUser(OFFICER, { type: "postback", data: report! });
    const menu = await lastReply(OFFICER, "เมนู");
    expect(visibleTexts(menu).join("\n")).toContain("ยกเลิก");
    const status = await lastReply(OFFICER, "กำลังดำเนินการ");
    expect(visibleTexts(status).join("\n")).toContain("กี่เปอร์เซ็นต์");
  });
});
