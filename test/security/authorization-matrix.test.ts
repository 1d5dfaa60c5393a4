/**
 * The authorization matrix: every registered officer and admin action — each postback action and
 * each typed command of every capability — tried as every role that may not use it, through the
 * webhook. Each attempt gets the polite refusal and changes nothing in Firestore. The list of
 * commands below must cover every registered command, so a new command cannot escape the matrix.
 */
import type { Firestore } from "firebase-admin/firestore";
import type { Capability, TextCommand } from "../../src/bot/capability";
import { createCapabilities } from "../../src/capabilities";
import type { Role } from "../../src/people/person";
import { LINK_CODE_REDEMPTIONS_COLLECTION, LINK_CODES_COLLECTION } from "../../src/people/link-codes";
import { STAFF_LISTINGS_COLLECTION } from "../../src/people/staff-directory";
import { PROGRESS_COLLECTIONS } from "../../src/progress/progress-store";
import { REMINDER_LOG_COLLECTION } from "../../src/progress/reminders";
import { REPORT_LINKS_COLLECTION } from "../../src/progress/report-links";
import { COLLECTIONS } from "../../src/store/collections";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { UNITS_COLLECTION } from "../../src/units/units-store";
import { PLAN_COLLECTIONS } from "../../src/plan/plan-store";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

/** A typed example of every staff command (one or more per registered pattern). */
const COMMAND_EXAMPLES = [
  "สถิติถามตอบ",
  "กิจกรรมของฉัน",
  "ภาพรวม",
  "ภาพรวม 2568",
  "ส่งออกรายงาน",
  "ส่งออกรายงาน ปีที่แล้ว",
  "แผนทั้งหมด",
  "ใช้แผน 2568",
  "สร้างประกาศ",
  "ประวัติประกาศ",
  "ยกเลิกประกาศ 1",
  "ตั้งเป็นกลุ่มเจ้าหน้าที่",
  "เรื่องค้าง",
  "ตอบ Q-1234 เรียบร้อยแล้ว",
  "ตอบ R-1234",
  "รายการ FAQ",
  "ลบ FAQ F1",
  "แก้ FAQ F1 คำตอบใหม่",
  "เพิ่มคำถาม F1 ถามแบบอื่น",
  "สร้างรหัส กองช่าง",
  "เจ้าหน้าที่ทั้งหมด",
  "ย้ายหน่วย 1 กองช่าง",
  "ลบเจ้าหน้าที่ 1",
  "ตั้งผู้ดูแล 1",
  "หน่วยงานทั้งหมด",
  "เพิ่มหน่วยงาน กองทดสอบ",
  "แก้ชื่อหน่วยงาน กองช่าง เป็น กองช่างโยธา",
  "ติดตามเรื่อง",
  "ลบข้อมูลของฉัน",
  "ติดต่อเจ้าหน้าที่",
  "ACD234",
];

const ROLES: Role[] = ["citizen", "officer", "admin"];
const PERSON: Record<Role, string> = { citizen: CITIZEN, officer: OFFICER, admin: ADMIN };
const GROUP = "C" + "7".repeat(32);

/**
 * Every collection the capabilities write, except what any incoming event touches (the ledger,
 * people, counters). The embedded emulator cannot list collections, so they are named here.
 */
const WATCHED = [
  ...Object.values(COLLECTIONS),
  ...Object.values(TICKET_COLLECTIONS),
  ...Object.values(PROGRESS_COLLECTIONS),
  ...Object.values(PLAN_COLLECTIONS),
  "settings",
  REMINDER_LOG_COLLECTION,
  REPORT_LINKS_COLLECTION,
  UNITS_COLLECTION,
  STAFF_LISTINGS_COLLECTION,
  LINK_CODES_COLLECTION,
  LINK_CODE_REDEMPTIONS_COLLECTION,
].filter((c) => !["webhookEvents", "people", "qaStats", "conversations"].includes(c));

async function state(db: Firestore): Promise<string> {
  const out: string[] = [];
  for (const name of new Set(WATCHED)) {
    const snap = await db.collection(name).get();
    for (const d of snap.docs) out.push(`${name}/${d.id}=${JSON.stringify(d.data())}`);
  }
  return out.sort().join("\n");
}

function commandFor(commands: TextCommand[], text: string): TextCommand | undefined {
  return commands.find((c) => c.pattern.test(text));
}

describe("authorization matrix", () => {
  let h: BotHarness;
  let capabilities: Capability[];
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN] });
    capabilities = createCapabilities(h.services);
    for (const [role, userId] of Object.entries(PERSON)) {
      await h.standin.sendAsUser(userId, { type: "follow" });
      if (role === "officer") await h.services.people.setRole(userId, "officer");
    }
  }, 60_000);
  afterAll(() => h.close());

  const refused = (messages: unknown[]) => /ขออภัยค่ะ (เมนูนี้สำหรับเจ้าหน้าที่|คำสั่งนี้สำหรับผู้ดูแลระบบ)/.test(JSON.stringify(messages));

  it("has an example for every registered command", () => {
    const commands = capabilities.flatMap((c) => c.commands ?? []);
    const uncovered = commands.filter((c) => !COMMAND_EXAMPLES.some((t) => c.pattern.test(t)));
    expect(uncovered.map((c) => String(c.pattern))).toEqual([]);
  });

  it("refuses every postback action to every role it is not for, and changes nothing", async () => {
    const attempts: string[] = [];
    for (const capability of capabilities) {
      for (const [action, route] of Object.entries(capability.postbacks ?? {})) {
        for (const role of ROLES.filter((r) => !route.roles.includes(r))) {
          const before = await state(h.fs.db);
          const chat = PERSON[role];
          const seen = h.botMessages(chat).length;
          const res = await h.standin.sendAsUser(chat, { type: "postback", data: `a=${action}&id=1&t=1&v=50&s=done&n=1` });
          expect(res.status).toBe(200);
          const replies = h.botMessages(chat).slice(seen);
          if (!refused(replies)) throw new Error(`${role} was not refused postback ${action} (${capability.name}): ${JSON.stringify(replies)}`);
          expect(await state(h.fs.db)).toBe(before);
          attempts.push(`${role}:${action}`);
        }
      }
    }
    expect(attempts.length).toBeGreaterThan(10);
  }, 120_000);

  it("refuses every typed staff command to every role it is not for, and changes nothing", async () => {
    const commands = capabilities.flatMap((c) => c.commands ?? []);
    const attempts: string[] = [];
    for (const text of COMMAND_EXAMPLES) {
      const command = commandFor(commands, text);
      if (!command) continue;
      for (const role of ROLES.filter((r) => !command.roles.includes(r))) {
        const inGroup = command.chats !== undefined && !command.chats.includes("user");
        const before = await state(h.fs.db);
        const chat = inGroup ? GROUP : PERSON[role];
        const seen = h.botMessages(chat).length;
        await h.standin.sendAsUser(PERSON[role], { type: "text", text: inGroup ? `บอท ${text}` : text }, inGroup ? { groupId: GROUP } : undefined);
        const replies = h.botMessages(chat).slice(seen);
        if (!refused(replies)) throw new Error(`${role} was not refused "${text}": ${JSON.stringify(replies).slice(0, 300)}`);
        expect(await state(h.fs.db)).toBe(before);
        attempts.push(`${role}:${text}`);
      }
    }
    expect(attempts.length).toBeGreaterThan(20);
  }, 120_000);
});
