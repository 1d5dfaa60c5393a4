/**
 * The citizen's buttons under an answer: rate it 1–5, or ask a follow-up on the same ticket (the
 * `tk-followup` flow takes the next text, reopens the ticket and tells staff). Both act only on the
 * citizen's own ticket.
 */
import { replyWith } from "../../bot/bot-context";
import { replies } from "../../bot/common-replies";
import type { CapabilityPart } from "../../bot/compose-capability";
import { notifyStaff } from "../notify";
import type { Ticket } from "../ticket";
import { TICKET_ACTIONS, TICKET_FLOWS } from "../ticket-actions";
import { ticketText } from "../ticket-messages";
import { loadTicketSettings } from "../ticket-settings";
import { EVERYONE, FOLLOW_UP_TTL, MINUTE, ownTicket, userIdOf, type TicketsContext } from "./tickets-context";

export function ticketRatingFollowUp(tk: TicketsContext): CapabilityPart {
  const { services, store } = tk;
  const { db, conversations, logger } = services;
  return {
    postbacks: {
      [TICKET_ACTIONS.rate]: {
        roles: EVERYONE,
        async handle(ctx, action) {
          const rating = Number(action.params.r);
          const ticket = await ownTicket(tk, ctx, action);
          if (!ticket || !Number.isInteger(rating) || rating < 1 || rating > 5) return replyWith(ticket ? replies.staleButton() : ticketText.notYours());
          await store.rate(ticket.id, ticket.citizenId, rating, ctx.now);
          logger.info("ticket.rated", { ticketId: ticket.id, rating });
          return replyWith(ticketText.rated(rating));
        },
      },
      [TICKET_ACTIONS.more]: {
        roles: EVERYONE,
        async handle(ctx, action) {
          const ticket = await ownTicket(tk, ctx, action);
          if (!ticket || ctx.event.source.type !== "user") return replyWith(ticketText.notYours());
          await conversations.start(ticket.citizenId, TICKET_FLOWS.followUp, { ticketId: ticket.id }, ctx.now, FOLLOW_UP_TTL);
          return replyWith(ticketText.askFollowUp(ticket));
        },
      },
    },
    flows: {
      [TICKET_FLOWS.followUp]: {
        roles: EVERYONE,
        async onText(ctx, text, state) {
          const citizenId = userIdOf(ctx);
          const ticket = await store.get(String(state.data.ticketId ?? ""));
          if (!citizenId || !ticket || ticket.citizenId !== citizenId) return undefined;
          const reopened = (await store.reopen(ticket.id, text, ctx.now)) as Ticket;
          const settings = await loadTicketSettings(db, ctx.now);
          await conversations.start(citizenId, TICKET_FLOWS.attach, { ticketId: ticket.id }, ctx.now, settings.attachMinutes * MINUTE);
          await notifyStaff(services, reopened, "ประชาชนถามต่อ", `ticket:${ticket.id}`);
          return { messages: [ticketText.followUpSent(reopened)], mustDeliver: true };
        },
      },
    },
  };
}
