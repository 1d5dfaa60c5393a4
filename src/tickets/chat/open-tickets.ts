/**
 * "เรื่องค้าง" for staff, in a 1:1 chat or the staff group: the tickets still waiting for an answer,
 * longest-waiting first, as a carousel of the same cards staff get when a ticket opens.
 */
import { replyWith } from "../../bot/bot-context";
import type { CapabilityPart } from "../../bot/compose-capability";
import { LINE_LIMITS } from "../../line/limits";
import type { FlexBubble } from "../../line/message-types";
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
          const bubbles = open.slice(0, 10).map((t) => ticketCard(t).contents as FlexBubble);
          // Cards cut long text, but a carousel must stay under LINE's 50 KB whatever the tickets hold.
          while (bubbles.length > 1 && Buffer.byteLength(JSON.stringify({ type: "carousel", contents: bubbles })) > LINE_LIMITS.carouselBytes) bubbles.pop();
          return replyWith(
            { type: "text", text: `เรื่องที่รอตอบ ${open.length} เรื่องค่ะ${open.length > 10 ? " (แสดง 10 เรื่องที่รอนานที่สุด)" : ""}` },
            { type: "flex", altText: `เรื่องที่รอตอบ ${open.length} เรื่อง`, contents: { type: "carousel", contents: bubbles } },
          );
        },
      },
    ],
  };
}
