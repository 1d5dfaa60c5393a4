/**
 * Staff answer a ticket: the "ตอบ" button or "ตอบเรื่อง Q1234" puts the staff member's 1:1 chat in
 * `tk-answer` (a button pressed in the staff group prompts them there in private); the next text
 * in that chat is the answer. The first answer claimed wins, and it reaches the citizen through
 * the outbox with the ticket's code.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import { replies, startQuickReply } from "../../bot/common-replies";
import type { CapabilityPart } from "../../bot/compose-capability";
import { postbackData } from "../../bot/postback-data";
import { FAQ_FROM_TICKET } from "../../faq/faq-actions";
import { LINE_LIMITS } from "../../line/limits";
import type { Message } from "../../line/message-types";
import { sendNow } from "../notify";
import type { Ticket } from "../ticket";
import { TICKET_ACTIONS, TICKET_FLOWS } from "../ticket-actions";
import { normalizeCode, ticketIdOfCode } from "../ticket-codes";
import { ticketText } from "../ticket-messages";
import { ANSWER_TTL, STAFF, staffMaySee, ticketOf, userIdOf, whenEventDone, type TicketsContext } from "./tickets-context";

export function ticketAnswer(tk: TicketsContext): CapabilityPart {
  const { services, store } = tk;
  const { db, conversations, logger, orgName } = services;

  async function deliverAnswer(ctx: BotContext, ticket: Ticket, answer: string): Promise<Message> {
    if (ticket.anonymized) {
      await store.setAnswerDelivery(ticket.id, "none", "failed");
      return ticketText.answerUndelivered(ticket);
    }
    const { id, delivery } = await sendNow(services, {
      kind: "ticket-answer",
      label: `คำตอบเรื่อง ${ticket.code}`,
      audience: { type: "users", userIds: [ticket.citizenId] },
      messages: ticketText.answerToCitizen(ticket, answer, orgName),
      createdBy: userIdOf(ctx) ?? "staff",
      ref: { ticketId: ticket.id, round: String(ticket.round) },
      onceFor: ctx.event.id,
    });
    const state = delivery?.status === "sent" ? "sent" : delivery?.status === "partial" ? "failed" : "pending";
    await store.setAnswerDelivery(ticket.id, id, state);
    logger.info("ticket.answered", { ticketId: ticket.id, code: ticket.code, delivery: state });
    if (state === "failed") return ticketText.answerUndelivered(ticket);
    if (state === "pending") return ticketText.answerPending(ticket);
    const faq = { type: "action" as const, action: { type: "postback" as const, label: "บันทึกเป็น FAQ", data: postbackData(FAQ_FROM_TICKET, { t: ticket.id }), displayText: `บันทึก ${ticket.code} เป็น FAQ` } };
    return ticketText.answerSent(ticket, faq);
  }

  async function startAnswer(ctx: BotContext, ticket: Ticket): Promise<Outcome> {
    const staffId = userIdOf(ctx);
    if (!staffId) return replyWith(replies.notAllowed());
    if (ticket.status !== "open") return replyWith(ticket.status === "closed" ? ticketText.closedNoAnswer(ticket) : ticketText.alreadyAnswered(ticket));
    await conversations.start(staffId, TICKET_FLOWS.answer, { ticketId: ticket.id }, ctx.now, ANSWER_TTL);
    if (ctx.event.source.type === "user") return replyWith(...ticketText.typeAnswer(ticket));
    await sendNow(services, {
      kind: "ticket-prompt",
      label: `ตอบเรื่อง ${ticket.code}`,
      audience: { type: "users", userIds: [staffId] },
      messages: ticketText.typeAnswer(ticket),
      createdBy: staffId,
      ref: { ticketId: ticket.id },
      onceFor: ctx.event.id,
    });
    return replyWith(ticketText.answerInPrivate(ticket, ctx.person?.displayName));
  }

  return {
    postbacks: {
      [TICKET_ACTIONS.answer]: {
        roles: STAFF,
        citizenData: true,
        async handle(ctx, action) {
          const ticket = await ticketOf(tk, action, ctx);
          return ticket ? startAnswer(ctx, ticket) : replyWith(replies.staleButton());
        },
      },
    },
    commands: [
      {
        pattern: /^ตอบ(?:เรื่อง)?\s*([QqRr]\s*-?\s*\d{4,6})$/,
        roles: STAFF,
        help: { usage: "ตอบ <เลขที่เรื่อง>", example: "ตอบ Q-1234", summary: "ตอบเรื่องที่ประชาชนส่งมา (หรือแตะ ตอบ ที่การ์ดเรื่อง)" },
        citizenData: true,
        async handle(ctx, match) {
          const code = normalizeCode(match[1] ?? "");
          const id = code ? await ticketIdOfCode(db, code) : undefined;
          const found = id ? await store.get(id) : undefined;
          const ticket = found && staffMaySee(ctx, found) ? found : undefined;
          if (!ticket) return replyWith({ type: "text", text: `ไม่พบเรื่อง ${code ?? match[1]} ค่ะ`, quickReply: startQuickReply });
          return startAnswer(ctx, ticket);
        },
      },
    ],
    flows: {
      [TICKET_FLOWS.answer]: {
        roles: STAFF,
        async onText(ctx, text, state) {
          const staffId = userIdOf(ctx);
          if (!staffId || ctx.event.source.type !== "user") return undefined;
          // The flow ends only with the event: if claiming or sending fails, the chat still waits
          // for this answer, and the event handled again delivers it (nothing typed is lost).
          const claim = await store.claimAnswer(
            String(state.data.ticketId ?? ""),
            { text: text.slice(0, LINE_LIMITS.textLength), by: staffId, byName: ctx.person?.displayName ?? null, eventId: ctx.event.id },
            ctx.now,
          );
          await whenEventDone(tk, ctx, conversations.clearWrite(staffId));
          if (!claim.won) {
            logger.info("ticket.answer.lost", { ticketId: state.data.ticketId, reason: claim.reason });
            return replyWith(ticketText.alreadyAnswered(claim.ticket));
          }
          return replyWith(await deliverAnswer(ctx, claim.ticket, text));
        },
      },
    },
  };
}
