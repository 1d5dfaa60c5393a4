/**
 * The staff group: when the bot joins a group it says how to register it, and an admin's
 * "ตั้งเป็นกลุ่มเจ้าหน้าที่" inside it makes it where ticket cards go when no unit is assigned.
 */
import { replyWith } from "../../bot/bot-context";
import { replies } from "../../bot/common-replies";
import type { CapabilityPart } from "../../bot/compose-capability";
import { setStaffGroup } from "../staff";
import { ticketText } from "../ticket-messages";
import { userIdOf, type TicketsContext } from "./tickets-context";

export function staffGroup(tk: TicketsContext): CapabilityPart {
  const { db, logger } = tk.services;
  return {
    async onJoin() {
      return replyWith(ticketText.joinHint());
    },
    commands: [
      {
        pattern: /^(?:ตั้งเป็นกลุ่มเจ้าหน้าที่|ลงทะเบียนกลุ่มเจ้าหน้าที่)$/,
        roles: ["admin"],
        chats: ["group"],
        help: { usage: "บอท ตั้งเป็นกลุ่มเจ้าหน้าที่ (พิมพ์ในกลุ่ม LINE ของเจ้าหน้าที่)", example: "ตั้งเป็นกลุ่มเจ้าหน้าที่", summary: "เรื่องใหม่จากประชาชนจะส่งเข้ากลุ่มนั้น" },
        async handle(ctx) {
          if (ctx.event.source.type !== "group") return replyWith(replies.staleButton());
          await setStaffGroup(db, ctx.event.source.groupId, userIdOf(ctx) ?? "admin", ctx.now);
          logger.info("ticket.staff_group.set", { groupId: ctx.event.source.groupId });
          return replyWith(ticketText.staffGroupSet());
        },
      },
    ],
  };
}
