/**
 * The menu a person gets for "เมนู", "ช่วยเหลือ", "วิธีใช้" (and what people type for them), and with
 * a greeting: the commands their role may use, as buttons and quick replies. It is built from the
 * commands the capabilities register, with their roles, so a new command shows up for the people
 * who may use it and for no one else; nothing here lists commands by hand.
 *
 * Sections follow from a command's roles: admin only → "สำหรับผู้ดูแล", staff → "สำหรับเจ้าหน้าที่",
 * anyone → "ถามบอท และเรื่องของฉัน" (with examples of questions). An admin sees all three, an
 * officer the last two, a citizen the last.
 */
import type { FlexBubble, FlexComponent, Message, QuickReply, QuickReplyItem } from "../line/message-types";
import { fitUtf16 } from "../line/fit-label";
import { carouselMessage } from "../line/fit-carousel";
import { LINE_LIMITS } from "../line/limits";
import { messageItem } from "../line/quick-reply-items";
import type { Role } from "../people/person";
import type { CommandHelp, TextCommand } from "./capability";
import { startQuickReply } from "./common-replies";

/** The question examples every chat offers, as quick-reply items. */
const QUESTION_ITEMS: readonly QuickReplyItem[] = startQuickReply.items ?? [];

type ChatType = "user" | "group" | "room";

/** Words that ask for the menu, as people type them: "เมนู", "ขอดูเมนูค่ะ", "help", "ทำอะไรได้บ้าง"… */
const HELP_WORDS = new RegExp(
  "^(?:ขอ|ดู|ขอดู|เปิด|แสดง|เรียก)?\\s*(?:" +
    [
      "เมนู(?:หลัก|ทั้งหมด|งาน|ผู้ดูแล|คำสั่ง)?",
      "menu",
      "help",
      "ช่วยเหลือ",
      "วิธี(?:การ)?ใช้(?:งาน)?(?:บอท)?",
      "คู่มือ(?:การ)?(?:ใช้งาน)?",
      "(?:มี)?คำสั่ง(?:ทั้งหมด|อะไรบ้าง|มีอะไรบ้าง)?",
      "(?:บอท|น้อง|คุณ)?(?:ทำ|ช่วย)อะไรได้บ้าง",
      "(?:บอท)?ใช้(?:งาน)?(?:ยังไง|อย่างไร|ไง)",
      "เริ่ม(?:ต้น)?(?:ใช้งาน)?",
      "start",
    ].join("|") +
    ")\\s*(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|นะ|หน่อย|ด้วย|บ้าง|\\s|[?!.~🙏😊])*$",
  "i",
);

/** A greeting and nothing else: "สวัสดีค่ะ", "หวัดดีครับ 🙏", "hello". */
const GREETING_ONLY = /^(?:สวัสดี|หวัดดี|ดีครับ|ดีค่ะ|ดีจ้า|hello|hi|hey|ฮัลโหล)(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|นะ|ตอนเช้า|ตอนบ่าย|ตอนเย็น|ทุกคน|บอท|\s|[!.~🙏😊])*$/i;

export function asksForHelp(text: string): boolean {
  return HELP_WORDS.test(text.trim());
}

export function isGreetingOnly(text: string): boolean {
  return GREETING_ONLY.test(text.trim());
}

type Audience = "admin" | "staff" | "everyone";

const SECTIONS: ReadonlyArray<{ audience: Audience; title: string; color: string }> = [
  { audience: "admin", title: "สำหรับผู้ดูแล", color: "#6A1B9A" },
  { audience: "staff", title: "สำหรับเจ้าหน้าที่", color: "#1565C0" },
  { audience: "everyone", title: "ถามบอท และเรื่องของฉัน", color: "#2E7D32" },
];

const ROLE_TITLE: Record<Role, string> = { citizen: "บอทช่วยอะไรได้บ้าง", officer: "เมนูเจ้าหน้าที่", admin: "เมนูผู้ดูแล" };

/** Who a command is for, from the roles allowed to use it. */
function audienceOf(roles: readonly Role[]): Audience {
  if (roles.includes("citizen")) return "everyone";
  return roles.includes("officer") ? "staff" : "admin";
}

interface Entry {
  help: CommandHelp;
  audience: Audience;
}

export interface HelpOptions {
  /** Where the menu is shown: a group gets only the commands valid there. Default "user". */
  chat?: ChatType;
  /** Replaces the first line (a greeting, say). */
  intro?: string;
  /** The chat is in the middle of a flow: say how to go on or leave it. */
  inFlow?: boolean;
}

export interface HelpMenu {
  /** The menu for `role`: an intro line, then the sections as a carousel; quick replies on the last. */
  messagesFor(role: Role, options?: HelpOptions): Message[];
  /** The role's commands as quick replies (its own first) and one that opens this menu, at most 13. */
  quickReplyFor(role: Role, chat?: ChatType): QuickReply;
}

export function createHelpMenu(commands: readonly TextCommand[]): HelpMenu {
  /**
   * The role's commands that work in this chat. A 1:1 chat also lists typed commands meant for a
   * group (their usage says where to type them), since that is where people look for them.
   */
  function entriesFor(role: Role, chat: ChatType): Entry[] {
    return commands.flatMap((c) => {
      if (!c.help || !c.roles.includes(role)) return [];
      const works = (c.chats ?? ["user"]).includes(chat) || (chat === "user" && "usage" in c.help);
      return works ? [{ help: c.help, audience: audienceOf(c.roles) }] : [];
    });
  }

  function buttonsFor(role: Role, chat: ChatType): QuickReplyItem[] {
    const entries = entriesFor(role, chat);
    return SECTIONS.flatMap((s) => entries.filter((e) => e.audience === s.audience)).flatMap((e) =>
      "button" in e.help ? [messageItem(e.help.button)] : [],
    );
  }

  function quickReplyFor(role: Role, chat: ChatType = "user"): QuickReply {
    const items = buttonsFor(role, chat);
    const questions = chat === "user" ? QUESTION_ITEMS : [];
    // Citizens ask questions more than they run commands: the question examples come first for them.
    const all = role === "citizen" ? [...questions, ...items] : [...items, ...questions];
    return { items: [...all.slice(0, LINE_LIMITS.quickReplyItems - 1), MENU_ITEM] };
  }

  return {
    quickReplyFor,
    messagesFor(role, options = {}) {
      const chat = options.chat ?? "user";
      const entries = entriesFor(role, chat);
      const bubbles = SECTIONS.flatMap((section) => {
        const own = entries.filter((e) => e.audience === section.audience);
        const questions = section.audience === "everyone" && chat === "user";
        return own.length || questions ? [sectionBubble(section.title, section.color, own.map((e) => e.help), questions)] : [];
      });
      const lead = [
        options.intro ??
          (chat === "user"
            ? `${ROLE_TITLE[role]}ค่ะ แตะคำสั่งที่ต้องการ หรือพิมพ์คำสั่งได้เลย (พิมพ์ "เมนู" เพื่อเปิดเมนูนี้อีกครั้ง)`
            : `${ROLE_TITLE[role]}ค่ะ ในกลุ่มนี้พิมพ์ "บอท" ตามด้วยคำถามได้เลย เช่น "บอท คะแนน ITA"`),
        ...(options.inFlow ? ["", 'ตอนนี้ท่านยังทำรายการค้างอยู่ค่ะ ตอบต่อได้เลย หรือพิมพ์ "ยกเลิก" ก่อนเลือกคำสั่งอื่นนะคะ'] : []),
      ].join("\n");
      if (bubbles.length === 0) return [{ type: "text", text: lead }];
      const quick = buttonsFor(role, chat).slice(0, LINE_LIMITS.quickReplyItems - 1);
      const { message } = carouselMessage(bubbles, fitUtf16(`${ROLE_TITLE[role]}: ${quick.map((q) => q.action?.label ?? "").join(", ")}`, LINE_LIMITS.altTextLength), {
        quickReply: { items: options.inFlow ? [CANCEL_ITEM, ...quick] : quick.length ? quick : [...QUESTION_ITEMS] },
      });
      return [{ type: "text", text: lead }, ...(message ? [message] : [])];
    },
  };
}

const MENU_ITEM: QuickReplyItem = { type: "action", action: { type: "message", label: "เมนูทั้งหมด", text: "เมนู" } };
const CANCEL_ITEM: QuickReplyItem = { type: "action", action: { type: "message", label: "ยกเลิก", text: "ยกเลิก" } };

const small = (text: string, color = "#666666"): FlexComponent => ({ type: "text", text, size: "xs", color, wrap: true }) as FlexComponent;

function commandButton(text: string, summary: string): FlexComponent {
  return {
    type: "box",
    layout: "vertical",
    spacing: "xs",
    contents: [
      { type: "button", style: "secondary", height: "sm", action: { type: "message", label: text, text } },
      small(summary),
    ],
  } as FlexComponent;
}

function sectionBubble(title: string, color: string, helps: readonly CommandHelp[], withQuestions: boolean): FlexBubble {
  const contents: FlexComponent[] = [];
  if (withQuestions) {
    contents.push(small("พิมพ์คำถามเรื่องมาตรการ ITA ได้เลย เช่น", "#333333"));
    for (const item of QUESTION_ITEMS) {
      if (item.action?.type === "message") contents.push({ type: "button", style: "link", height: "sm", action: item.action } as FlexComponent);
    }
  }
  for (const h of helps) if ("button" in h) contents.push(commandButton(h.button, h.summary));
  const typed = helps.filter((h): h is Extract<CommandHelp, { usage: string }> => "usage" in h);
  if (typed.length) {
    contents.push({ type: "separator", margin: "md" } as FlexComponent);
    contents.push({ type: "text", text: "พิมพ์เอง", size: "sm", weight: "bold", margin: "md" } as FlexComponent);
    for (const h of typed) {
      contents.push({
        type: "box",
        layout: "vertical",
        contents: [{ type: "text", text: h.usage, size: "sm", wrap: true, color: "#1565C0" }, small(h.summary)],
      } as FlexComponent);
    }
  }
  return {
    type: "bubble",
    size: "kilo",
    header: { type: "box", layout: "vertical", backgroundColor: color, contents: [{ type: "text", text: title, weight: "bold", color: "#FFFFFF" }] },
    body: { type: "box", layout: "vertical", spacing: "md", contents },
  } as FlexBubble;
}
