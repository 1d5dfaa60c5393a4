/**
 * How an officer joins: an admin creates a one-time code for a unit ("สร้างรหัส <หน่วยงาน>"), and
 * the officer types it in chat. Anyone may send a code; a wrong one and a used or expired one get
 * the same reply, and too many wrong ones lock the sender out for a while.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import { ownNextSteps } from "../../bot/common-replies";
import type { CapabilityPart } from "../../bot/compose-capability";
import { textMessage } from "../../line/split-text";
import { notifyUsers } from "../../outbox/notify";
import { formatThaiDateTime } from "../../thai/thai-date";
import { LINK_CODE_ALPHABET, LINK_CODE_LENGTH } from "../link-codes";
import type { Role } from "../person";
import { ADMIN, changeRole, messageItem, ROLE_LABEL, say, text, unitChoices, type PeopleAdminContext } from "./people-admin-context";

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


export function unitCodes(pa: PeopleAdminContext): CapabilityPart {
  const { units, codes } = pa;
  const { logger } = pa.services;

  async function issueCode(ctx: BotContext, unitText: string): Promise<Outcome> {
    const all = await units.list();
    const unit = await units.find(unitText);
    if (!unit) return say(`ไม่พบหน่วยงาน "${unitText}" ค่ะ กรุณาเลือกหน่วยงาน`, unitChoices(all, "สร้างรหัส"));
    const issued = await codes.issue(unit.id, ctx.person?.userId ?? "", ctx.now);
    logger.info("people.code.issued", { unitId: unit.id });
    return replyWith(
      text(
        `รหัสสำหรับเจ้าหน้าที่ของ${unit.name} (ใช้ได้ 1 คน 1 ครั้ง ถึง ${formatThaiDateTime(issued.expiresAt)})\nให้เจ้าหน้าที่เพิ่มเพื่อนบัญชีนี้ แล้วพิมพ์รหัสด้านล่างในแชทค่ะ`,
      ),
      // The code alone, to forward as it is; then the admin's next steps (another code, the staff list…).
      textMessage(issued.code, ownNextSteps),
    );
  }

  /** The admin who issued a code learns who used it, for which unit (best effort: the link stands). */
  async function tellIssuer(adminId: string | undefined, message: string): Promise<void> {
    if (!adminId) return;
    try {
      const id = await notifyUsers(pa.services, { kind: "link-code-used", label: "ใช้รหัสหน่วยงาน", userIds: [adminId], messages: [text(message)], createdBy: "system" });
      if (id) await pa.services.outbox.runner.run(id);
    } catch (error) {
      logger.warn("people.code.issuer_not_told", { error });
    }
  }

  const askWhichUnit = async () => say("สร้างรหัสให้หน่วยงานไหนคะ", unitChoices(await units.list(), "สร้างรหัส"));

  return {
    commands: [
      {
        pattern: LINK_CODE_COMMAND,
        roles: ["citizen", "officer", "admin"],
        help: { usage: "รหัส <รหัสจากผู้ดูแล>", example: "รหัส ABC234", summary: "สำหรับเจ้าหน้าที่ใหม่: ลงทะเบียนกับหน่วยงานด้วยรหัสที่ได้รับ" },
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
          await changeRole(pa, userId, role, redeemed.unitId);
          const unit = await units.get(redeemed.unitId);
          logger.info("people.code.redeemed", { unitId: redeemed.unitId, role });
          await tellIssuer(redeemed.createdBy, `✅ ${ctx.person?.displayName ?? "เจ้าหน้าที่ (ไม่ทราบชื่อ)"} ใช้รหัสที่ท่านสร้าง ลงทะเบียนเป็น${ROLE_LABEL[role]}ของ${unit?.name ?? "หน่วยงาน"}แล้วค่ะ\nหากไม่ใช่ผู้ที่ท่านเชิญ พิมพ์ "เจ้าหน้าที่ทั้งหมด" แล้ว "ลบเจ้าหน้าที่ <เลข>" ค่ะ`);
          return say(
            `ลงทะเบียนเป็น${ROLE_LABEL[role]}ของ${unit?.name ?? "หน่วยงาน"}เรียบร้อยแล้วค่ะ 🙏\nพิมพ์ "กิจกรรมของฉัน" เพื่อดูและรายงานความคืบหน้ากิจกรรมของหน่วยงานได้เลยค่ะ\nคำสั่งอื่น ๆ อยู่ในเมนูด้านล่าง หรือพิมพ์ "เมนู" ค่ะ`,
            [messageItem("กิจกรรมของฉัน", "กิจกรรมของฉัน"), messageItem("เมนูทั้งหมด", "เมนู")],
          );
        },
      },
      {
        pattern: /^สร้างรหัส(?:\s+(.+))?$/,
        roles: ADMIN,
        help: { button: "สร้างรหัส", summary: "รหัสใช้ครั้งเดียวให้เจ้าหน้าที่ใหม่ลงทะเบียนกับหน่วยงาน" },
        handle: (ctx, match) => (match[1] ? issueCode(ctx, match[1]) : askWhichUnit()),
      },
    ],
    postbacks: {
      "pp-code": { roles: ADMIN, handle: (ctx, action) => (action.params.u ? issueCode(ctx, action.params.u) : askWhichUnit()) },
    },
  };
}
