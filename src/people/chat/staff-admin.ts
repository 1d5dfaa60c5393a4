/**
 * Admins managing officers: "เจ้าหน้าที่ทั้งหมด" lists them with numbers, and the numbers of that
 * list (kept per admin) name who to move to another unit, remove, or make an admin. Handlers
 * re-check what the router cannot know: a number from an expired list, a configured admin who
 * cannot be removed, an admin removing themselves.
 */
import { createHash } from "node:crypto";
import type { BotContext, Outcome } from "../../bot/bot-context";
import type { CapabilityPart } from "../../bot/compose-capability";
import { toArabicDigits } from "../../thai/digits";
import type { Unit } from "../../units/units";
import type { Role } from "../person";
import type { StaffMember } from "../staff-directory";
import { postbackData } from "../../bot/postback-data";
import { ADMIN, changeRole, ROLE_LABEL, say, sayList, type PeopleAdminContext } from "./people-admin-context";

/** The admin's confirming tap on removing an officer: the list number and a fingerprint of who it named. */
const REMOVE_CONFIRM = "pp-remove";
const REMOVE_CANCEL = "pp-keep";
/** Enough to tell that a list number still names the same person; not a LINE ID in a button. */
const fingerprint = (userId: string) => createHash("sha256").update(`remove:${userId}`).digest("base64url").slice(0, 10);

const number = (raw: string | undefined) => {
  const n = Number(toArabicDigits(raw ?? "").trim());
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

const unitName = (all: readonly Unit[], id: string | undefined) => (id ? (all.find((u) => u.id === id || u.name === id)?.name ?? id) : "ยังไม่ระบุหน่วยงาน");
const nameOf = (m: StaffMember) => m.displayName ?? "เจ้าหน้าที่";

export function staffAdmin(pa: PeopleAdminContext): CapabilityPart {
  const { units, staff, bootstrap } = pa;
  const { people } = pa.services;

  async function staffList(ctx: BotContext): Promise<Outcome> {
    const [members, all] = await Promise.all([staff.list(), units.list()]);
    await staff.remember(ctx.person?.userId ?? "", members, ctx.now);
    if (members.length === 0) return say("ยังไม่มีเจ้าหน้าที่ที่ลงทะเบียนค่ะ ใช้คำสั่ง \"สร้างรหัส <หน่วยงาน>\" เพื่อเชิญเจ้าหน้าที่นะคะ");
    const lines = members.map(
      (m, i) => `${i + 1}. ${m.displayName ?? "(ไม่ทราบชื่อ)"} — ${unitName(all, m.unitId)} (${ROLE_LABEL[m.role]}${bootstrap.has(m.userId) ? " ตั้งค่าระบบ" : ""})`,
    );
    const help = ["", "คำสั่ง (ใช้หมายเลขจากรายการนี้):", "• ย้ายหน่วย <เลข> <หน่วยงาน>", "• ลบเจ้าหน้าที่ <เลข>", "• ตั้งผู้ดูแล <เลข>"];
    // Every number stays usable in the commands, shown or not; the list takes as many messages as a reply carries.
    return sayList(`เจ้าหน้าที่ทั้งหมด ${members.length} คน\n${lines.join("\n")}\n${help.join("\n")}`, {
      more: (hidden) => `… และอีก ${hidden} บรรทัดที่แสดงในแชตไม่พอ (หมายเลขถัดไปยังใช้กับคำสั่งด้านล่างได้)\nคำสั่ง: ย้ายหน่วย <เลข> <หน่วยงาน> • ลบเจ้าหน้าที่ <เลข> • ตั้งผู้ดูแล <เลข>`,
    });
  }

  /** The person behind a number from this admin's last list, or a reply saying why not. */
  async function target(ctx: BotContext, raw: string | undefined): Promise<{ member: StaffMember } | { refusal: Outcome }> {
    const n = number(raw);
    const userId = n ? await staff.numbered(ctx.person?.userId ?? "", n, ctx.now) : undefined;
    const person = userId ? await people.get(userId) : undefined;
    if (!userId || !person) return { refusal: say("ไม่พบหมายเลขนี้ค่ะ กรุณาพิมพ์ \"เจ้าหน้าที่ทั้งหมด\" เพื่อดูหมายเลขล่าสุดก่อนนะคะ") };
    return { member: { userId, displayName: person.displayName, role: person.role, unitId: person.unitId } };
  }

  /** A numbered person an admin may remove, or why not. */
  async function removable(ctx: BotContext, raw: string | undefined): Promise<{ member: StaffMember } | { refusal: Outcome }> {
    const t = await target(ctx, raw);
    if ("refusal" in t) return t;
    if (bootstrap.has(t.member.userId)) return { refusal: say("ผู้ดูแลที่กำหนดไว้ในการตั้งค่าระบบ (ADMIN_USER_IDS) ลบในแชทไม่ได้ค่ะ") };
    if (t.member.userId === ctx.person?.userId) return { refusal: say("ไม่สามารถลบสิทธิ์ของตนเองได้ค่ะ กรุณาให้ผู้ดูแลท่านอื่นดำเนินการนะคะ") };
    return t;
  }

  return {
    commands: [
      {
        pattern: /^(เจ้าหน้าที่ทั้งหมด|รายชื่อเจ้าหน้าที่)$/,
        roles: ADMIN,
        help: { button: "เจ้าหน้าที่ทั้งหมด", summary: "รายชื่อเจ้าหน้าที่และผู้ดูแล พร้อมหมายเลขสำหรับคำสั่งด้านล่าง" },
        handle: (ctx) => staffList(ctx),
      },
      {
        pattern: /^ย้ายหน่วย(?:งาน)?\s+([0-9๐-๙]+)\s+(.+)$/,
        roles: ADMIN,
        help: { usage: "ย้ายหน่วย <เลข> <หน่วยงาน>", example: "ย้ายหน่วย 2 กองคลัง", summary: "ย้ายเจ้าหน้าที่หมายเลขนั้นในรายชื่อล่าสุด" },
        async handle(ctx, match) {
          const t = await target(ctx, match[1]);
          if ("refusal" in t) return t.refusal;
          const unit = await units.find(match[2] ?? "");
          if (!unit) return say(`ไม่พบหน่วยงาน "${match[2]}" ค่ะ พิมพ์ "หน่วยงานทั้งหมด" เพื่อดูชื่อหน่วยงานนะคะ`);
          const role: Role = t.member.role === "admin" ? "admin" : "officer";
          await changeRole(pa, t.member.userId, role, unit.id);
          return say(`ย้าย ${nameOf(t.member)} ไปที่${unit.name}เรียบร้อยแล้วค่ะ`);
        },
      },
      {
        pattern: /^ลบเจ้าหน้าที่\s+([0-9๐-๙]+)$/,
        roles: ADMIN,
        help: { usage: "ลบเจ้าหน้าที่ <เลข>", example: "ลบเจ้าหน้าที่ 2", summary: "ยกเลิกสิทธิ์เจ้าหน้าที่หมายเลขนั้น" },
        async handle(ctx, match) {
          const t = await removable(ctx, match[1]);
          if ("refusal" in t) return t.refusal;
          const n = String(number(match[1]));
          return say(`ยืนยันยกเลิกสิทธิ์เจ้าหน้าที่ของ ${nameOf(t.member)} (${ROLE_LABEL[t.member.role]}) ไหมคะ ท่านนี้จะไม่เห็นเรื่องของหน่วยงานและรายงานความคืบหน้าไม่ได้อีก`, [
            { type: "action", action: { type: "postback", label: "ยืนยันลบ", data: postbackData(REMOVE_CONFIRM, { n, u: fingerprint(t.member.userId) }), displayText: `ยืนยันลบเจ้าหน้าที่ ${n}` } },
            { type: "action", action: { type: "postback", label: "ไม่ลบ", data: postbackData(REMOVE_CANCEL), displayText: "ไม่ลบ" } },
          ]);
        },
      },
      {
        pattern: /^ตั้งผู้ดูแล\s+([0-9๐-๙]+)$/,
        roles: ADMIN,
        help: { usage: "ตั้งผู้ดูแล <เลข>", example: "ตั้งผู้ดูแล 2", summary: "ให้สิทธิ์ผู้ดูแลแก่เจ้าหน้าที่หมายเลขนั้น" },
        async handle(ctx, match) {
          const t = await target(ctx, match[1]);
          if ("refusal" in t) return t.refusal;
          if (t.member.role === "admin") return say(`${nameOf(t.member)} เป็นผู้ดูแลอยู่แล้วค่ะ`);
          await changeRole(pa, t.member.userId, "admin", t.member.unitId);
          return say(`ตั้ง ${nameOf(t.member)} เป็นผู้ดูแลเรียบร้อยแล้วค่ะ`);
        },
      },
    ],
    postbacks: {
      "pp-staff": { roles: ADMIN, handle: (ctx) => staffList(ctx) },
      [REMOVE_CANCEL]: { roles: ADMIN, handle: async () => say("ไม่ได้ลบเจ้าหน้าที่ค่ะ") },
      [REMOVE_CONFIRM]: {
        roles: ADMIN,
        async handle(ctx, action) {
          const t = await removable(ctx, action.params.n);
          if ("refusal" in t) return t.refusal;
          // The number must still name the person the admin confirmed (the list may be newer).
          if (fingerprint(t.member.userId) !== action.params.u) return say("รายการเจ้าหน้าที่เปลี่ยนไปแล้วค่ะ กรุณาพิมพ์ \"เจ้าหน้าที่ทั้งหมด\" แล้วสั่งลบใหม่นะคะ");
          await changeRole(pa, t.member.userId, "citizen", undefined);
          return say(`ยกเลิกสิทธิ์เจ้าหน้าที่ของ ${nameOf(t.member)} เรียบร้อยแล้วค่ะ`);
        },
      },
    },
  };
}
