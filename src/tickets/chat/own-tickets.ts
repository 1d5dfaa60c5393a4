/**
 * What a citizen can see and erase of their own tickets: "ติดตามเรื่อง" lists them, and
 * "ลบข้อมูลของฉัน" asks for a confirming tap before their personal data is removed (src/privacy/forget-citizen.ts).
 */
import { replyWith } from "../../bot/bot-context";
import { replies } from "../../bot/common-replies";
import type { CapabilityPart } from "../../bot/compose-capability";
import { FORGET_REQUEST } from "../../privacy/asks-to-forget";
import { forgetCitizen } from "../../privacy/forget-citizen";
import { TICKET_ACTIONS } from "../ticket-actions";
import { ticketText } from "../ticket-messages";
import { isStaff } from "../../people/person";
import { codeIn, TRACK_REQUEST } from "../asks-about-own-ticket";
import { ticketCard } from "../ticket-card";
import { ticketIdOfCode } from "../ticket-codes";
import { EVERYONE, staffMaySee, userIdOf, type TicketsContext } from "./tickets-context";

export function ownTickets(tk: TicketsContext): CapabilityPart {
  const { services, store, opts } = tk;
  return {
    commands: [
      {
        // Also in people's own words ("เรื่องที่แจ้งไปถึงไหนแล้ว", "จะได้คำตอบเมื่อไหร่") and the code alone.
        pattern: TRACK_REQUEST,
        roles: EVERYONE,
        help: { button: "ติดตามเรื่อง", summary: "เรื่องที่ท่านส่งถึงเจ้าหน้าที่ และสถานะ" },
        citizenData: true,
        async handle(ctx, match) {
          const userId = userIdOf(ctx);
          const code = codeIn(match[0]);
          const id = code ? await ticketIdOfCode(services.db, code) : undefined;
          const named = id ? await store.get(id) : undefined;
          // Staff given a code (by phone, by a colleague) get the ticket's card, where they may see it.
          if (code && isStaff(ctx.person)) {
            return named && staffMaySee(ctx, named) ? replyWith(ticketCard(named)) : replyWith(ticketText.notFound(code, false));
          }
          if (named && named.citizenId === userId) return replyWith(ticketText.myTickets([named]));
          const own = userId ? await store.ofCitizen(userId, 10) : [];
          // Someone else's code says nothing of that ticket: only that it is not among theirs.
          return code ? replyWith(ticketText.notFound(code), ticketText.myTickets(own)) : replyWith(ticketText.myTickets(own));
        },
      },
      {
        // In the person's own words ("ผมอยากลบข้อมูลของผมทั้งหมด"), not only the menu's.
        pattern: FORGET_REQUEST,
        roles: EVERYONE,
        // Typed, not a button: deleting one's data should be asked for, not tapped by mistake.
        help: { usage: "ลบข้อมูลของฉัน", example: "ลบข้อมูลของฉัน", summary: "ขอลบข้อมูลส่วนตัวของท่าน (บอทถามยืนยันก่อน)" },
        async handle() {
          return replyWith(ticketText.forgetConfirm());
        },
      },
    ],
    postbacks: {
      [TICKET_ACTIONS.forget]: {
        roles: EVERYONE,
        async handle(ctx) {
          const userId = userIdOf(ctx);
          if (!userId || ctx.event.source.type !== "user") return replyWith(replies.staleButton());
          const result = await forgetCitizen(services, userId, ctx.now, opts.attachments);
          return replyWith(ticketText.forgotten(result.tickets));
        },
      },
    },
  };
}
