/**
 * The citizen's buttons under an answer: rate it 1–5 (any answered round, also later from their
 * list, never one not answered yet), or ask a follow-up on the same ticket (the
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
import { countTicket } from "../throttle";
import { EVERYONE, FOLLOW_UP_TTL, MINUTE, ownTicket, userIdOf, whenEventDone, type TicketsContext } from "./tickets-context";

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
          if (!ticket) return replyWith(ticketText.notYours());
          if (!Number.isInteger(rating) || rating < 1 || rating > 5) return replyWith(replies.staleButton());
          // The round the buttons were for (buttons sent before rounds were named rate the current one).
          const round = action.params.n === undefined ? undefined : Number(action.params.n);
          if (round !== undefined && !(Number.isInteger(round) && round >= 1 && round <= ticket.round)) return replyWith(replies.staleButton());
          const rated = await store.rate(ticket.id, ticket.citizenId, rating, ctx.now, round);
          if (!rated) return replyWith(ticketText.notAnsweredYet(ticket));
          logger.info("ticket.rated", { ticketId: ticket.id, rating });
          return replyWith(ticketText.rated(rating));
        },
      },
      [TICKET_ACTIONS.rateAsk]: {
        roles: EVERYONE,
        async handle(ctx, action) {
          const ticket = await ownTicket(tk, ctx, action);
          if (!ticket) return replyWith(ticketText.notYours());
          const last = await store.lastAnsweredRound(ticket.id);
          return replyWith(last ? ticketText.rateAnswer(ticket, last.round) : ticketText.notAnsweredYet(ticket));
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
          const messageId = ctx.event.kind === "text" ? ctx.event.messageId : undefined;
          const again = messageId !== undefined && ticket.followUpMessageIds.includes(messageId);
          const [settings, counted] = await Promise.all([loadTicketSettings(db, ctx.now), again ? undefined : countTicket(db, citizenId, ctx.now)]);
          const refused = counted?.(settings.limits);
          if (refused) {
            logger.warn("ticket.throttled", { eventId: ctx.event.id, window: refused.window });
            return replyWith(ticketText.tooManyTickets(refused));
          }
          const reopened = (await store.reopen(ticket.id, text, ctx.now, messageId)) as Ticket;
          await notifyStaff(services, reopened, "ประชาชนถามต่อ", { createdBy: `ticket:${ticket.id}`, onceFor: ctx.event.id });
          await whenEventDone(tk, ctx, conversations.startWrite(citizenId, TICKET_FLOWS.attach, { ticketId: ticket.id }, ctx.now, settings.attachMinutes * MINUTE));
          return { messages: [ticketText.followUpSent(reopened)], mustDeliver: true };
        },
      },
    },
  };
}
