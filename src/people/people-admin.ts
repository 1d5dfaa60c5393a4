/**
 * People and units in chat. Anyone may send a unit code (that is how an officer joins); everything
 * else is for admins: create a code for a unit, list officers, move them, remove them, make admins,
 * list, add and rename units. Admins point at a person by the number of the last list they were
 * shown; LINE user IDs never appear in chat. The router enforces roles; handlers re-check what the
 * router cannot know (a number from an expired list, a configured admin who cannot be demoted).
 */
import type { BotContext, Outcome } from "../bot/bot-context";
import { replyWith } from "../bot/bot-context";
import type { Capability } from "../bot/capability";
import type { CapabilityServices } from "../capabilities";
import type { Message, QuickReplyItem } from "../line/message-types";
import { LINE_LIMITS } from "../line/limits";
import { formatThaiDate } from "../thai/thai-date";
import { toArabicDigits } from "../thai/digits";
import type { UnitsStore } from "../units/units-store";
import type { Unit } from "../units/units";
import { createLinkCodeStore, LINK_CODE_ALPHABET, LINK_CODE_LENGTH, type LinkCodeStore } from "./link-codes";
import type { Role } from "./person";
import { createStaffDirectory, type StaffMember } from "./staff-directory";

const text = (t: string, items?: QuickReplyItem[]): Message => (items?.length ? { type: "text", text: t, quickReply: { items } } : { type: "text", text: t });
const say = (t: string, items?: QuickReplyItem[]) => replyWith(text(t, items));
const label = (s: string) => (s.length > LINE_LIMITS.actionLabelLength ? `${s.slice(0, LINE_LIMITS.actionLabelLength - 1)}…` : s);
const messageItem = (l: string, t: string): QuickReplyItem => ({ type: "action", action: { type: "message", label: label(l), text: t } });

export const ROLE_LABEL: Record<Role, string> = { citizen: "ประชาชน", officer: "เจ้าหน้าที่", admin: "ผู้ดูแล" };

/** The same words for a wrong, expired or used code: the sender learns nothing about which. */
export const BAD_CODE_REPLY = "รหัสไม่ถูกต้องหรือหมดอายุค่ะ กรุณาตรวจสอบรหัส หรือขอรหัสใหม่จากผู้ดูแลระบบนะคะ";
/** After too many wrong codes: when to try again, and who can help. */
export const TOO_MANY_CODES_REPLY = "ใส่รหัสไม่ถูกต้องหลายครั้งแล้วค่ะ เพื่อความปลอดภัย กรุณาลองใหม่อีกครั้งในอีก 1 ชั่วโมง หรือติดต่อผู้ดูแลระบบนะคะ";

const CODE_CHARS = `[${LINK_CODE_ALPHABET}]{${LINK_CODE_LENGTH}}`;
/**
 * "รหัส ABC234", "รหัสหน่วยงาน abc234", or the bare code. A bare code must contain a digit, so a
 * six-letter English word typed by a citizen is never taken for one.
 */
export const LINK_CODE_COMMAND = new RegExp(`^(?:รหัส(?:หน่วยงาน|เจ้าหน้าที่)?\\s*:?\\s*([A-Za-z0-9]{4,12})|(?=[A-Z]*[0-9])(${CODE_CHARS}))$`);

const number = (raw: string | undefined) => {
  const n = Number(toArabicDigits(raw ?? "").trim());
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

function bangkokTime(d: Date): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Bangkok", hour: "2-digit", minute: "2-digit", hour12: false }).format(d);
}

export function createPeopleAdminCapability(services: CapabilityServices, units: UnitsStore, deps: { codes?: LinkCodeStore } = {}): Capability {
  const { db, people, logger } = services;
  const codes = deps.codes ?? createLinkCodeStore(db);
  const bootstrap = new Set(services.adminUserIds ?? []);
  const staff = createStaffDirectory(db, { adminUserIds: [...bootstrap] });

  async function changeRole(userId: string, role: Role, unitId: string | undefined): Promise<void> {
    await people.setRole(userId, role, unitId);
    await services.richMenus?.linkForRole(userId, role);
  }

  const unitName = (all: readonly Unit[], id: string | undefined) => (id ? (all.find((u) => u.id === id || u.name === id)?.name ?? id) : "ยังไม่ระบุหน่วยงาน");

  function unitChoices(all: readonly Unit[], command: string): QuickReplyItem[] {
    return all.slice(0, LINE_LIMITS.quickReplyItems).map((u) => messageItem(u.name, `${command} ${u.name}`));
  }

  async function issueCode(ctx: BotContext, unitText: string): Promise<Outcome> {
    const all = await units.list();
    const unit = await units.find(unitText);
    if (!unit) return say(`ไม่พบหน่วยงาน "${unitText}" ค่ะ กรุณาเลือกหน่วยงาน`, unitChoices(all, "สร้างรหัส"));
    const issued = await codes.issue(unit.id, ctx.person?.userId ?? "", ctx.now);
    logger.info("people.code.issued", { unitId: unit.id });
    return replyWith(
      text(
        `รหัสสำหรับเจ้าหน้าที่ของ${unit.name} (ใช้ได้ 1 คน 1 ครั้ง ถึง ${formatThaiDate(issued.expiresAt, "short")} ${bangkokTime(issued.expiresAt)} น.)\nให้เจ้าหน้าที่เพิ่มเพื่อนบัญชีนี้ แล้วพิมพ์รหัสด้านล่างในแชทค่ะ`,
      ),
      text(issued.code),
    );
  }

  async function staffList(ctx: BotContext): Promise<Outcome> {
    const [members, all] = await Promise.all([staff.list(), units.list()]);
    await staff.remember(ctx.person?.userId ?? "", members, ctx.now);
    if (members.length === 0) return say("ยังไม่มีเจ้าหน้าที่ที่ลงทะเบียนค่ะ ใช้คำสั่ง \"สร้างรหัส <หน่วยงาน>\" เพื่อเชิญเจ้าหน้าที่นะคะ");
    const lines = members.map(
      (m, i) => `${i + 1}. ${m.displayName ?? "(ไม่ทราบชื่อ)"} — ${unitName(all, m.unitId)} (${ROLE_LABEL[m.role]}${bootstrap.has(m.userId) ? " ตั้งค่าระบบ" : ""})`,
    );
    const help = ["", "คำสั่ง (ใช้หมายเลขจากรายการนี้):", "• ย้ายหน่วย <เลข> <หน่วยงาน>", "• ลบเจ้าหน้าที่ <เลข>", "• ตั้งผู้ดูแล <เลข>"];
    return say(`เจ้าหน้าที่ทั้งหมด ${members.length} คน\n${lines.join("\n")}\n${help.join("\n")}`.slice(0, LINE_LIMITS.textLength));
  }

  /** The person behind a number from this admin's last list, or a reply saying why not. */
  async function target(ctx: BotContext, raw: string | undefined): Promise<{ member: StaffMember } | { refusal: Outcome }> {
    const n = number(raw);
    const userId = n ? await staff.numbered(ctx.person?.userId ?? "", n, ctx.now) : undefined;
    const person = userId ? await people.get(userId) : undefined;
    if (!userId || !person) return { refusal: say("ไม่พบหมายเลขนี้ค่ะ กรุณาพิมพ์ \"เจ้าหน้าที่ทั้งหมด\" เพื่อดูหมายเลขล่าสุดก่อนนะคะ") };
    return { member: { userId, displayName: person.displayName, role: person.role, unitId: person.unitId } };
  }

  const nameOf = (m: StaffMember) => m.displayName ?? "เจ้าหน้าที่";

  return {
    name: "people-admin",
    commands: [
      {
        pattern: LINK_CODE_COMMAND,
        roles: ["citizen", "officer", "admin"],
        async handle(ctx, match) {
          const userId = ctx.person?.userId;
          const code = (match[1] ?? match[2] ?? "").toUpperCase();
          const refuse = (reason: "invalid" | "too-many-attempts") => {
            logger.warn("people.code.refused", { eventId: ctx.event.id, reason });
            return say(reason === "too-many-attempts" ? TOO_MANY_CODES_REPLY : BAD_CODE_REPLY);
          };
          if (!userId) return refuse("invalid");
          const redeemed = await codes.redeem(code, userId, ctx.now);
          if ("refused" in redeemed) return refuse(redeemed.refused);
          const role: Role = ctx.person?.role === "admin" ? "admin" : "officer";
          await changeRole(userId, role, redeemed.unitId);
          const unit = await units.get(redeemed.unitId);
          logger.info("people.code.redeemed", { unitId: redeemed.unitId, role });
          return say(
            `ลงทะเบียนเป็น${ROLE_LABEL[role]}ของ${unit?.name ?? "หน่วยงาน"}เรียบร้อยแล้วค่ะ 🙏\nพิมพ์ "กิจกรรมของฉัน" เพื่อดูและรายงานความคืบหน้ากิจกรรมของหน่วยงานได้เลยค่ะ`,
            [messageItem("กิจกรรมของฉัน", "กิจกรรมของฉัน")],
          );
        },
      },
      {
        pattern: /^สร้างรหัส(?:\s+(.+))?$/,
        roles: ["admin"],
        async handle(ctx, match) {
          if (!match[1]) return say("สร้างรหัสให้หน่วยงานไหนคะ", unitChoices(await units.list(), "สร้างรหัส"));
          return issueCode(ctx, match[1]);
        },
      },
      { pattern: /^(เจ้าหน้าที่ทั้งหมด|รายชื่อเจ้าหน้าที่)$/, roles: ["admin"], handle: (ctx) => staffList(ctx) },
      {
        pattern: /^ย้ายหน่วย(?:งาน)?\s+([0-9๐-๙]+)\s+(.+)$/,
        roles: ["admin"],
        async handle(ctx, match) {
          const t = await target(ctx, match[1]);
          if ("refusal" in t) return t.refusal;
          const unit = await units.find(match[2] ?? "");
          if (!unit) return say(`ไม่พบหน่วยงาน "${match[2]}" ค่ะ พิมพ์ "หน่วยงานทั้งหมด" เพื่อดูชื่อหน่วยงานนะคะ`);
          const role: Role = t.member.role === "admin" ? "admin" : "officer";
          await changeRole(t.member.userId, role, unit.id);
          return say(`ย้าย ${nameOf(t.member)} ไปที่${unit.name}เรียบร้อยแล้วค่ะ`);
        },
      },
      {
        pattern: /^ลบเจ้าหน้าที่\s+([0-9๐-๙]+)$/,
        roles: ["admin"],
        async handle(ctx, match) {
          const t = await target(ctx, match[1]);
          if ("refusal" in t) return t.refusal;
          if (bootstrap.has(t.member.userId)) return say("ผู้ดูแลที่กำหนดไว้ในการตั้งค่าระบบ (ADMIN_USER_IDS) ลบในแชทไม่ได้ค่ะ");
          if (t.member.userId === ctx.person?.userId) return say("ไม่สามารถลบสิทธิ์ของตนเองได้ค่ะ กรุณาให้ผู้ดูแลท่านอื่นดำเนินการนะคะ");
          await changeRole(t.member.userId, "citizen", undefined);
          return say(`ยกเลิกสิทธิ์เจ้าหน้าที่ของ ${nameOf(t.member)} เรียบร้อยแล้วค่ะ`);
        },
      },
      {
        pattern: /^ตั้งผู้ดูแล\s+([0-9๐-๙]+)$/,
        roles: ["admin"],
        async handle(ctx, match) {
          const t = await target(ctx, match[1]);
          if ("refusal" in t) return t.refusal;
          if (t.member.role === "admin") return say(`${nameOf(t.member)} เป็นผู้ดูแลอยู่แล้วค่ะ`);
          await changeRole(t.member.userId, "admin", t.member.unitId);
          return say(`ตั้ง ${nameOf(t.member)} เป็นผู้ดูแลเรียบร้อยแล้วค่ะ`);
        },
      },
      {
        pattern: /^หน่วยงานทั้งหมด$/,
        roles: ["admin"],
        async handle() {
          const [all, members] = await Promise.all([units.list(), staff.list()]);
          const lines = all.map((u, i) => `${i + 1}. ${u.name} (เจ้าหน้าที่ ${members.filter((m) => m.unitId === u.id).length} คน)`);
          return say(
            `หน่วยงานทั้งหมด ${all.length} หน่วย\n${lines.join("\n")}\n\nคำสั่ง: สร้างรหัส <หน่วยงาน> • เพิ่มหน่วยงาน <ชื่อ> • แก้ชื่อหน่วยงาน <ชื่อเดิม> เป็น <ชื่อใหม่>`,
          );
        },
      },
      {
        pattern: /^เพิ่มหน่วยงาน\s+(.{2,80})$/,
        roles: ["admin"],
        async handle(ctx, match) {
          const { unit, created } = await units.add(match[1] ?? "", ctx.now);
          return say(created ? `เพิ่มหน่วยงาน ${unit.name} เรียบร้อยแล้วค่ะ` : `มีหน่วยงาน ${unit.name} อยู่แล้วค่ะ`, [messageItem("สร้างรหัส", `สร้างรหัส ${unit.name}`)]);
        },
      },
      {
        pattern: /^แก้ชื่อหน่วยงาน\s+(.+?)\s+เป็น\s+(.{2,80})$/,
        roles: ["admin"],
        async handle(ctx, match) {
          const unit = await units.find(match[1] ?? "");
          if (!unit) return say(`ไม่พบหน่วยงาน "${match[1]}" ค่ะ`);
          const renamed = await units.rename(unit.id, match[2] ?? "", ctx.now);
          return say(`เปลี่ยนชื่อ ${unit.name} เป็น ${renamed?.name ?? match[2]} เรียบร้อยแล้วค่ะ`);
        },
      },
    ],
    postbacks: {
      "pp-staff": { roles: ["admin"], handle: (ctx) => staffList(ctx) },
      "pp-code": {
        roles: ["admin"],
        async handle(ctx, action) {
          return action.params.u ? issueCode(ctx, action.params.u) : say("สร้างรหัสให้หน่วยงานไหนคะ", unitChoices(await units.list(), "สร้างรหัส"));
        },
      },
    },
  };
}
