/**
 * "เรื่องค้าง" for staff, in a 1:1 chat or the staff group: the tickets still waiting for an answer,
 * longest-waiting first, as a carousel of the same cards staff get when a ticket opens.
 */
import { replyWith } from "../../bot/bot-context";
import type { CapabilityPart } from "../../bot/compose-capability";
import { LINE_LIMITS } from "../../line/limits";
import type { FlexBubble } from "../../line/message-types";
import { carouselMessage } from "../../line/fit-carousel";
import { ticketCard } from "../ticket-card";
import { ticketText } from "../ticket-messages";
import { STAFF, staffMaySee, type TicketsContext } from "./tickets-context";

export function openTickets(tk: TicketsContext): CapabilityPart {
  const { store } = tk;
  return {
    commands: [
      {
        pattern: /^(?:เรื่องค้าง|เรื่องที่รอตอบ)$/,
        roles: STAFF,
        chats: ["user", "group"],
        help: { button: "เรื่องค้าง", summary: "เรื่องจากประชาชนที่ยังรอคำตอบ ตอบหรือมอบหมายได้" },
        citizenData: true,
        async handle(ctx) {
          // Confidential complaints stay out of the queue everywhere but their recipients' own chat.
          const privateChat = ctx.event.source.type === "user";
          const open = (await store.openTickets()).filter((t) => !t.confidential || (privateChat && staffMaySee(ctx, t)));
          if (!open.length) return replyWith(ticketText.noOpenTickets());
          // Cards cut long text; the carousel takes as many cards as LINE's 50 KB allows, and says so.
          const { message, shown } = carouselMessage(
            open.slice(0, LINE_LIMITS.carouselBubbles).map((t) => ticketCard(t).contents as FlexBubble),
            `เรื่องที่รอตอบ ${open.length} เรื่อง`,
          );
          const note = shown < open.length ? ` (แสดง ${shown} เรื่องที่รอนานที่สุด ตอบเรื่องเหล่านี้แล้วพิมพ์ "เรื่องค้าง" อีกครั้งเพื่อดูเรื่องถัดไป)` : "";
          return replyWith({ type: "text", text: `เรื่องที่รอตอบ ${open.length} เรื่องค่ะ${note}` }, ...(message ? [message] : []));
        },
      },
    ],
  };
}
