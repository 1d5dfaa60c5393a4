/**
 * How a ticket starts: a question the answerer could not answer waits in `tk-confirm` for the
 * citizen's "send to staff?" tap; a clear request skips that question. Opening one tells staff and
 * leaves the citizen's chat in `tk-attach` for photos and a location.
 *
 * Once per webhook event: the ticket's ID and the staff card's delivery are derived from the event,
 * so the same event handled again (a redelivery after a failure half-way) finds both and carries on.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import { replies } from "../../bot/common-replies";
import type { CapabilityPart } from "../../bot/compose-capability";
import { notifyStaff } from "../notify";
import { isClearRequest } from "../request-kind";
import { staffAudience } from "../staff";
import { MAX_QUESTION_LENGTH, type Ticket, type TicketKind } from "../ticket";
import { TICKET_ACTIONS, TICKET_FLOWS } from "../ticket-actions";
import { ticketText } from "../ticket-messages";
import { loadTicketSettings } from "../ticket-settings";
import { countTicket } from "../throttle";
import { ticketIdForEvent } from "../ticket-store";
import { CONFIRM_TTL, EVERYONE, MINUTE, userIdOf, type TicketsContext } from "./tickets-context";

export function ticketIntake(tk: TicketsContext): CapabilityPart {
  const { services, store } = tk;
  const { db, conversations, logger, orgName } = services;

  async function intake(ctx: BotContext, citizenId: string, question: { text: string; messageId: string | null }, kind: TicketKind, opened?: Ticket): Promise<Outcome> {
    // Round trips in a row are what a citizen waits for: who gets the card (a new ticket has no
    // unit yet) is looked up and the attempt counted with the settings, and the ticket, its code
    // and the wait for photos are written in one commit.
    const audience = staffAudience(db, { unitId: null, unitName: null });
    audience.catch(() => undefined); // awaited by notifyStaff below
    const [settings, counted] = await Promise.all([loadTicketSettings(db, ctx.now), opened ? undefined : countTicket(db, citizenId, ctx.now)]);
    const refused = counted?.(settings.limits);
    if (refused) {
      logger.warn("ticket.throttled", { eventId: ctx.event.id, window: refused.window });
      return replyWith(ticketText.tooManyTickets(refused));
    }
    const ticket = await store.open(
      {
        id: ticketIdForEvent(ctx.event.id),
        kind,
        citizenId,
        citizenName: ctx.person?.displayName ?? null,
        question: question.text.slice(0, MAX_QUESTION_LENGTH),
        questionMessageId: question.messageId,
      },
      ctx.now,
      (ticketId) => [conversations.startWrite(citizenId, TICKET_FLOWS.attach, { ticketId }, ctx.now, settings.attachMinutes * MINUTE)],
    );
    logger.info("ticket.opened", { ticketId: ticket.id, code: ticket.code, kind });
    const heading = kind === "request" ? "ประชาชนแจ้งเรื่อง" : "คำถามที่บอทตอบไม่ได้";
    await notifyStaff(services, ticket, heading, { createdBy: `ticket:${ticket.id}`, onceFor: ctx.event.id, lookedUp: audience });
    return { messages: [ticketText.received(ticket, orgName, settings.attachMinutes)], mustDeliver: true };
  }

  return {
    flows: { [TICKET_FLOWS.confirm]: { roles: EVERYONE } },
    async onUnanswered(ctx, question) {
      const citizenId = userIdOf(ctx);
      if (!citizenId) return { messages: [] };
      const messageId = ctx.event.kind === "text" ? ctx.event.messageId : null;
      if (isClearRequest(question)) return intake(ctx, citizenId, { text: question, messageId }, "request");
      await conversations.start(citizenId, TICKET_FLOWS.confirm, { question: question.slice(0, MAX_QUESTION_LENGTH), messageId }, ctx.now, CONFIRM_TTL);
      return replyWith(ticketText.confirm(orgName));
    },
    postbacks: {
      [TICKET_ACTIONS.send]: {
        roles: EVERYONE,
        async handle(ctx) {
          const citizenId = userIdOf(ctx);
          if (!citizenId || ctx.event.source.type !== "user") return replyWith(replies.staleButton());
          // This tap handled again finds the ticket it opened (the wait for it is over by then).
          const [state, opened] = await Promise.all([conversations.get(citizenId, ctx.now), store.get(ticketIdForEvent(ctx.event.id))]);
          if (opened) return intake(ctx, citizenId, { text: opened.question, messageId: opened.questionMessageId }, opened.kind, opened);
          if (state?.flow !== TICKET_FLOWS.confirm || typeof state.data.question !== "string") return replyWith(ticketText.confirmExpired());
          const messageId = typeof state.data.messageId === "string" ? state.data.messageId : null;
          return intake(ctx, citizenId, { text: state.data.question, messageId }, "question");
        },
      },
      [TICKET_ACTIONS.dontSend]: {
        roles: EVERYONE,
        async handle(ctx) {
          const citizenId = userIdOf(ctx);
          const state = citizenId ? await conversations.get(citizenId, ctx.now) : undefined;
          if (citizenId && state?.flow === TICKET_FLOWS.confirm) await conversations.clear(citizenId);
          return replyWith(ticketText.notSent());
        },
      },
    },
  };
}
