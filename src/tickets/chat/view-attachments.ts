/**
 * Staff look at what a citizen attached to a ticket, whenever they need it: the "ดูรูป" button on
 * its card. The photos were pushed once, when they arrived, to the staff then on duty; whoever
 * answers later from "เรื่องค้าง" (another officer, an admin, someone just linked) saw only
 * "แนบ: รูปภาพ 1 รูป" and had no way to open it (issue 15, newcomer run).
 *
 * Shows citizens' photos, so it runs only in a 1:1 chat or the staff group, and a confidential
 * ticket's only for its recipients (as every staff button on a ticket).
 */
import { replyWith } from "../../bot/bot-context";
import { replies } from "../../bot/common-replies";
import type { CapabilityPart } from "../../bot/compose-capability";
import { postbackData } from "../../bot/postback-data";
import { LINE_LIMITS } from "../../line/limits";
import type { Message } from "../../line/message-types";
import { attachmentMessage } from "../notify";
import { TICKET_ACTIONS } from "../ticket-actions";
import { STAFF, ticketOf, type TicketsContext } from "./tickets-context";

export function viewAttachments(tk: TicketsContext): CapabilityPart {
  return {
    postbacks: {
      [TICKET_ACTIONS.attachments]: {
        roles: STAFF,
        citizenData: true,
        async handle(ctx, action) {
          const ticket = await ticketOf(tk, action, ctx);
          if (!ticket) return replyWith(replies.staleButton());
          const shown = ticket.attachments.flatMap((a) => attachmentMessage(tk.services.mediaBaseUrl, ticket, a) ?? []);
          if (!shown.length) {
            const text = ticket.attachments.length
              ? `รูปของเรื่อง ${ticket.code} แสดงในแชตไม่ได้ค่ะ (ระบบยังไม่ได้ตั้งที่อยู่เว็บแบบ https สำหรับรูป)`
              : `เรื่อง ${ticket.code} ไม่มีรูปหรือตำแหน่งที่แนบไว้ค่ะ${ticket.anonymized ? " (ผู้แจ้งขอลบข้อมูลแล้ว)" : ""}`;
            return replyWith({ type: "text", text });
          }
          // One reply holds five messages: a heading and four attachments, then a button for the next four.
          const room = LINE_LIMITS.messagesPerRequest - 1;
          const from = Math.min(Math.max(0, Number(action.params.o) || 0), Math.max(0, shown.length - 1));
          const to = Math.min(from + room, shown.length);
          const next = to < shown.length ? postbackData(TICKET_ACTIONS.attachments, { t: ticket.id, o: String(to) }) : undefined;
          const heading: Message = {
            type: "text",
            text: `📎 สิ่งที่ประชาชนแนบกับเรื่อง ${ticket.code}${shown.length > room ? ` (รายการที่ ${from + 1}–${to} จาก ${shown.length})` : ""}`,
          };
          const page = shown.slice(from, to);
          if (next) {
            const last = page.length - 1;
            page[last] = { ...page[last]!, quickReply: { items: [{ type: "action", action: { type: "postback", label: "ดูรายการถัดไป", data: next, displayText: `ดูสิ่งที่แนบถัดไป ${ticket.code}` } }] } };
          }
          return replyWith(heading, ...page);
        },
      },
    },
  };
}
