/**
 * How a ticket starts: a question the answerer could not answer waits in `tk-confirm` for the
 * citizen's "send to staff?" tap; a clear request skips that question. Opening one tells staff and
 * leaves the citizen's chat in `tk-attach` for photos and a location.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import { replies } from "../../bot/common-replies";
import type { CapabilityPart } from "../../bot/compose-capability";
import { notifyStaff } from "../notify";
import { isClearRequest } from "../request-kind";
import { staffAudience } from "../staff";
import { MAX_QUESTION_LENGTH, type TicketKind } from "../ticket";
import { TICKET_ACTIONS, TICKET_FLOWS } from "../ticket-actions";
import { ticketText } from "../ticket-messages";
import { loadTicketSettings } from "../ticket-settings";
import { CONFIRM_TTL, EVERYONE, MINUTE, userIdOf, type TicketsContext } from "./tickets-context";

export function ticketIntake(tk: TicketsContext): CapabilityPart {
  const { services, store } = tk;
  const { db, conversations, logger, orgName } = services;

  async function intake(ctx: BotContext, citizenId: string, question: string, kind: TicketKind): Promise<Outcome> {
    // Round trips in a row are what a citizen waits for: who gets the card (a new ticket has no
    // unit yet) is looked up with the settings, and the ticket, its code and the wait for photos
    // are written in one commit.
    const audience = staffAudience(db, { unitId: null, unitName: null });
    audience.catch(() => undefined); // awaited by notifyStaff below
    const settings = await loadTicketSettings(db, ctx.now);
    const ticket = await store.open(
      { kind, citizenId, citizenName: ctx.person?.displayName ?? null, question: question.slice(0, MAX_QUESTION_LENGTH) },
      ctx.now,
      (ticketId) => [conversations.startWrite(citizenId, TICKET_FLOWS.attach, { ticketId }, ctx.now, settings.attachMinutes * MINUTE)],
    );
    logger.info("ticket.opened", { ticketId: ticket.id, code: ticket.code, kind });
    await notifyStaff(services, ticket, kind === "request" ? "ประชาชนแจ้งเรื่อง" : "คำถามที่บอทตอบไม่ได้", `ticket:${ticket.id}`, audience);
    return { messages: [ticketText.received(ticket, orgName, settings.attachMinutes)], mustDeliver: true };
  }

  return {
    flows: { [TICKET_FLOWS.confirm]: { roles: EVERYONE } },
    async onUnanswered(ctx, question) {
      const citizenId = userIdOf(ctx);
      if (!citizenId) return { messages: [] };
      if (isClearRequest(question)) return intake(ctx, citizenId, question, "request");
      await conversations.start(citizenId, TICKET_FLOWS.confirm, { question: question.slice(0, MAX_QUESTION_LENGTH) }, ctx.now, CONFIRM_TTL);
      return replyWith(ticketText.confirm(orgName));
    },
    postbacks: {
      [TICKET_ACTIONS.send]: {
        roles: EVERYONE,
        async handle(ctx) {
          const citizenId = userIdOf(ctx);
          if (!citizenId || ctx.event.source.type !== "user") return replyWith(replies.staleButton());
          const state = await conversations.get(citizenId, ctx.now);
          if (state?.flow !== TICKET_FLOWS.confirm || typeof state.data.question !== "string") return replyWith(ticketText.confirmExpired());
          return intake(ctx, citizenId, state.data.question, "question");
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
