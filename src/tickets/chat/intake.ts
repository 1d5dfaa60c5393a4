/**
 * How a ticket starts: a question the answerer could not answer waits in `tk-confirm` for the
 * citizen's "send to staff?" tap; a clear request skips that question. Opening one tells staff and
 * leaves the citizen's chat in `tk-attach` for photos and a location. A report of misconduct by
 * the organisation's people is taken before the answerer sees it and filed in confidence: only the
 * integrity officers (INTEGRITY_OFFICER_IDS, else ADMIN_USER_IDS) get it, and the citizen is told
 * how they are protected and, for a complaint about the leadership, where to go outside.
 *
 * Once per webhook event: the ticket's ID and the staff card's delivery are derived from the event,
 * so the same event handled again (a redelivery after a failure half-way) finds both and carries on.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import { stateOf } from "../../bot/conversation-store";
import { replies } from "../../bot/common-replies";
import type { CapabilityPart } from "../../bot/compose-capability";
import { isStaff } from "../../people/person";
import { forwardAttachment, notifyStaff, runStored, staffCardId, staffCardWrites } from "../notify";
import { externalChannels } from "../integrity-settings";
import { ASKS_FOR_STAFF } from "../asks-for-staff";
import { detectMisconduct, type MisconductReport } from "../misconduct";
import { isClearRequest } from "../request-kind";
import { staffAudience } from "../staff";
import { MAX_QUESTION_LENGTH, type Ticket, type TicketKind } from "../ticket";
import { TICKET_ACTIONS, TICKET_FLOWS } from "../ticket-actions";
import { ticketText } from "../ticket-messages";
import { loadTicketSettings } from "../ticket-settings";
import { countTicket } from "../throttle";
import { ticketIdForEvent } from "../ticket-store";
import { asAttachments, pendingIn, type PendingItem } from "./pending-attachments";
import { CONFIRM_TTL, EVERYONE, MINUTE, userIdOf, type TicketsContext } from "./tickets-context";

/** What a question sent with "send to staff?" is opened once by: the message it was. */
const sendOnce = (questionMessageId: string) => `question-${questionMessageId}`;

export function ticketIntake(tk: TicketsContext): CapabilityPart {
  const { services, store } = tk;
  const { db, conversations, logger, orgName } = services;

  interface Intake {
    citizenId: string;
    question: string;
    /** LINE's ID of the message the question was, so that unsending it can remove it. */
    messageId: string | null;
    kind: TicketKind;
    /** Photos and a location sent just before the text. */
    pending: readonly PendingItem[];
    cut?: boolean;
    /** A misconduct complaint: only the integrity officers see it, and the citizen is told how they are protected. */
    misconduct?: MisconductReport;
    /** When the question was asked, if before now (it waited for "send to staff?"). */
    askedAt?: Date;
    /** The ticket this very event opened already (handled again): it is not counted twice. */
    opened?: Ticket;
    /**
     * What makes this opening happen once (the ticket's ID, its card and forwarded photos are
     * derived from it): the webhook event by default; the question itself for "send to staff?",
     * which a citizen may tap twice (two events) for one question.
     */
    once?: string;
  }

  async function intake(ctx: BotContext, i: Intake): Promise<Outcome> {
    const { citizenId, question, kind, pending, misconduct, opened } = i;
    const once = i.once ?? ctx.event.id;
    const cut = i.cut ?? question.length > MAX_QUESTION_LENGTH;
    const confidentialTo = misconduct ? [...(services.integrityOfficerIds ?? [])] : undefined;
    // Round trips in a row are what a citizen waits for: who gets the card (a new ticket has no
    // unit yet) is looked up and the attempt counted with the settings; the ticket, its code, the
    // wait for photos and the staff card's delivery are written in one commit; the card is sent
    // after the receipt is replied (the outbox finishes it should that run not).
    const channels = misconduct?.concernsLeadership ? externalChannels(db) : undefined;
    channels?.catch(() => undefined);
    const [settings, counted, audience] = await Promise.all([
      loadTicketSettings(db, ctx.now),
      opened ? undefined : countTicket(db, citizenId, ctx.now),
      staffAudience(db, { unitId: null, unitName: null, confidential: Boolean(confidentialTo), confidentialTo }),
    ]);
    // A misconduct report is never refused for volume: it may be the one that matters.
    const refused = misconduct ? undefined : counted?.(settings.limits);
    if (refused) {
      logger.warn("ticket.throttled", { eventId: ctx.event.id, window: refused.window });
      return replyWith(ticketText.tooManyTickets(refused));
    }
    const heading = misconduct ? "ร้องเรียนการทุจริต/ประพฤติมิชอบ" : kind === "request" ? "ประชาชนแจ้งเรื่อง" : "คำถามที่บอทตอบไม่ได้";
    const cardFor = (t: Ticket) => audience && staffCardWrites(services, t, heading, audience, { createdBy: `ticket:${t.id}`, onceFor: once });
    const ticket = await store.open(
      {
        id: ticketIdForEvent(once),
        kind,
        citizenId,
        citizenName: ctx.person?.displayName ?? null,
        question: question.slice(0, MAX_QUESTION_LENGTH),
        questionMessageId: i.messageId,
        attachments: asAttachments(pending),
        confidentialTo,
        // What the statistics need to count each citizen question once (answer-path counts the rest).
        askedAt: i.askedAt,
        viaAnswerer: !misconduct,
        fromStaff: isStaff(ctx.person),
      },
      ctx.now,
      (t) => [conversations.startWrite(citizenId, TICKET_FLOWS.attach, { ticketId: t.id }, ctx.now, settings.attachMinutes * MINUTE), ...(cardFor(t)?.writes ?? [])],
    );
    logger.info("ticket.opened", { ticketId: ticket.id, code: ticket.code, kind, confidential: ticket.confidential });
    if (!audience) logger.warn("ticket.no_staff", { ticketId: ticket.id });
    const afterReply = async (): Promise<void> => {
      // A ticket opened before its card was stored with it (a redelivery across a deploy) gets it now.
      if (audience && !(await runStored(services, staffCardId(once)))) await notifyStaff(services, ticket, heading, { createdBy: `ticket:${ticket.id}`, onceFor: once, lookedUp: Promise.resolve(audience) });
      for (const [n, item] of pending.entries()) await forwardAttachment(services, ticket, item, citizenId, `${once}-pending-${n}`);
    };
    const received = misconduct
      ? ticketText.confidentialReceived(ticket, orgName, settings.attachMinutes, (await channels) ?? [])
      : ticketText.received(ticket, orgName, settings.attachMinutes);
    return { messages: cut ? [received, ticketText.cutNotice(MAX_QUESTION_LENGTH)] : [received], mustDeliver: true, afterReply };
  }

  const askedAtOf = (v: unknown) => (typeof v === "string" && !Number.isNaN(Date.parse(v)) ? new Date(v) : undefined);

  /** Photos and a location sent just before this text belong to the ticket it opens. */
  const pendingFor = async (ctx: BotContext, citizenId: string) =>
    pendingIn(await stateOf(ctx, conversations, citizenId));

  return {
    commands: [
      {
        // "ขอคุยกับเจ้าหน้าที่": the next message goes to staff as it is, not this sentence.
        pattern: ASKS_FOR_STAFF,
        roles: EVERYONE,
        help: { button: "ติดต่อเจ้าหน้าที่", summary: "พิมพ์เรื่องที่ต้องการถึงเจ้าหน้าที่โดยตรง แล้วรอคำตอบในแชตนี้" },
        async handle(ctx) {
          const citizenId = userIdOf(ctx);
          if (!citizenId) return replyWith(replies.staleButton());
          // Photos sent just before stay waiting, for the ticket the next text opens.
          const pending = await pendingFor(ctx, citizenId);
          await conversations.start(citizenId, TICKET_FLOWS.direct, { askedAt: ctx.now.toISOString(), ...(pending.length ? { pending } : {}) }, ctx.now, CONFIRM_TTL);
          return replyWith(ticketText.typeForStaff(orgName));
        },
      },
    ],
    flows: {
      [TICKET_FLOWS.confirm]: { roles: EVERYONE },
      [TICKET_FLOWS.direct]: {
        roles: EVERYONE,
        // "ยกเลิก", "เมนู" and every command still work; only other text is the message for staff.
        commandsFirst: true,
        async onText(ctx, text, state) {
          const citizenId = userIdOf(ctx);
          if (!citizenId || ctx.event.source.type !== "user") return undefined;
          const messageId = ctx.event.kind === "text" ? ctx.event.messageId : null;
          const misconduct = detectMisconduct(text);
          const kind = misconduct || isClearRequest(text) ? "request" : "question";
          return intake(ctx, { citizenId, question: text, messageId, kind, pending: pendingIn(state), ...(misconduct ? { misconduct } : {}) });
        },
      },
    },
    async beforeAnswer(ctx, text) {
      // A report of misconduct is never answered from the plan, nor shown to staff at large.
      const citizenId = userIdOf(ctx);
      const misconduct = citizenId ? detectMisconduct(text) : undefined;
      if (!citizenId || !misconduct) return undefined;
      const messageId = ctx.event.kind === "text" ? ctx.event.messageId : null;
      return intake(ctx, { citizenId, question: text, messageId, kind: "request", pending: await pendingFor(ctx, citizenId), misconduct });
    },
    async onUnanswered(ctx, question) {
      const citizenId = userIdOf(ctx);
      if (!citizenId) return { messages: [] };
      const messageId = ctx.event.kind === "text" ? ctx.event.messageId : null;
      const pending = await pendingFor(ctx, citizenId);
      if (isClearRequest(question)) return intake(ctx, { citizenId, question, messageId, kind: "request", pending });
      const cut = question.length > MAX_QUESTION_LENGTH;
      await conversations.start(
        citizenId,
        TICKET_FLOWS.confirm,
        { question: question.slice(0, MAX_QUESTION_LENGTH), messageId, cut, pending, askedAt: ctx.now.toISOString() },
        ctx.now,
        CONFIRM_TTL,
      );
      return replyWith(ticketText.confirm(orgName, messageId));
    },
    postbacks: {
      [TICKET_ACTIONS.send]: {
        roles: EVERYONE,
        async handle(ctx, action) {
          const citizenId = userIdOf(ctx);
          if (!citizenId || ctx.event.source.type !== "user") return replyWith(replies.staleButton());
          // The question the button was under (buttons sent before they named it: the one waiting).
          const asked = action.params.q;
          const [state, byEvent] = await Promise.all([stateOf(ctx, conversations, citizenId), store.get(ticketIdForEvent(ctx.event.id))]);
          // This tap handled again, or a second tap for the same question (a double tap is two
          // events), finds the ticket the first opened: the chat waits for its photos by then.
          const again = state?.flow === TICKET_FLOWS.attach ? await store.get(String(state.data.ticketId ?? "")) : undefined;
          const sameQuestion = again?.questionMessageId && (asked === undefined || asked === again.questionMessageId);
          const opened = byEvent ?? (sameQuestion && again.id === ticketIdForEvent(sendOnce(again.questionMessageId!)) ? again : undefined);
          if (opened) {
            const once = opened === byEvent || !opened.questionMessageId ? ctx.event.id : sendOnce(opened.questionMessageId);
            return intake(ctx, { citizenId, question: opened.question, messageId: opened.questionMessageId, kind: opened.kind, pending: [], opened, once });
          }
          if (state?.flow !== TICKET_FLOWS.confirm || typeof state.data.question !== "string") return replyWith(ticketText.confirmExpired());
          const messageId = typeof state.data.messageId === "string" ? state.data.messageId : null;
          // Under an earlier question, whose offer a later question replaced: that one is not sent, nor this one.
          if (asked !== undefined && asked !== messageId) return replyWith(ticketText.confirmExpired());
          return intake(ctx, {
            // Taps at once for the same question open one ticket with one card.
            once: messageId ? sendOnce(messageId) : ctx.event.id,
            citizenId,
            question: state.data.question,
            messageId,
            kind: "question",
            pending: pendingIn(state),
            cut: state.data.cut === true,
            askedAt: askedAtOf(state.data.askedAt) ?? state.startedAt,
          });
        },
      },
      [TICKET_ACTIONS.dontSend]: {
        roles: EVERYONE,
        async handle(ctx, action) {
          const citizenId = userIdOf(ctx);
          const state = citizenId ? await stateOf(ctx, conversations, citizenId) : undefined;
          const asked = action.params.q;
          // "ไม่ต้อง" under an earlier question leaves the later one's offer as it is.
          const forThis = asked === undefined || asked === state?.data.messageId;
          if (citizenId && state?.flow === TICKET_FLOWS.confirm && forThis) await conversations.clear(citizenId);
          return replyWith(ticketText.notSent());
        },
      },
    },
  };
}
