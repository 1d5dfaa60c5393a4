/**
 * The two-way Q&A channel (issue 6): a question the bot cannot answer, or a clear request, becomes
 * a ticket with a code; staff get a card with buttons (answer, assign to a unit, close); the answer
 * reaches the citizen with the code, who can rate it and ask a follow-up on the same ticket.
 *
 * Flows, one per chat (`conversations/{chatId}`):
 * - `tk-confirm` (citizen): the unanswered question waits for "send to staff?";
 * - `tk-attach` (citizen): photos and a location sent within a few minutes attach to the ticket;
 * - `tk-answer` (staff, always their 1:1 chat): the next text is the answer;
 * - `tk-followup` (citizen): the next text is a follow-up question.
 */
import type { BotContext, Outcome } from "../bot/bot-context";
import { replyWith } from "../bot/bot-context";
import type { Capability, ConversationFlow } from "../bot/capability";
import { replies, startQuickReply } from "../bot/common-replies";
import { postbackData, type PostbackAction } from "../bot/postback-data";
import type { CapabilityServices } from "../capabilities";
import type { Message, FlexBubble } from "../line/message-types";
import { FAQ_FROM_TICKET } from "../faq/faq-actions";
import type { AttachmentStore } from "./attachment-store";
import { forgetCitizen } from "./forget-citizen";
import { forwardAttachment, notifyStaff, sendNow } from "./notify";
import { isClearRequest } from "./request-kind";
import { officersOfUnit, setStaffGroup, staffAudience, ticketUnits } from "./staff";
import { MAX_QUESTION_LENGTH, type Ticket, type TicketKind } from "./ticket";
import { TICKET_ACTIONS, TICKET_FLOWS } from "./ticket-actions";
import { ticketCard } from "./ticket-card";
import { normalizeCode, ticketIdOfCode } from "./ticket-codes";
import { ticketText } from "./ticket-messages";
import { loadTicketSettings } from "./ticket-settings";
import { createTicketStore } from "./ticket-store";

export interface TicketsOptions {
  /** Where attached photos are copied; without it only LINE's message IDs are kept. */
  attachments?: AttachmentStore;
}

const STAFF = ["officer", "admin"] as const;
const EVERYONE = ["citizen", "officer", "admin"] as const;
const MINUTE = 60_000;
const CONFIRM_TTL = 10 * MINUTE;
const ANSWER_TTL = 60 * MINUTE;
const FOLLOW_UP_TTL = 30 * MINUTE;

const userIdOf = (ctx: BotContext): string | undefined => ctx.event.source.userId;

export function createTicketsCapability(services: CapabilityServices, opts: TicketsOptions = {}): Capability {
  const { db, conversations, logger, orgName } = services;
  const store = createTicketStore(db, services.ids);

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

  /** The ticket a postback names, if the person may act on it as a citizen (their own). */
  async function ownTicket(ctx: BotContext, action: PostbackAction): Promise<Ticket | undefined> {
    const t = await store.get(action.params.t ?? "");
    return t && t.citizenId === userIdOf(ctx) ? t : undefined;
  }

  async function deliverAnswer(ctx: BotContext, ticket: Ticket, answer: string): Promise<Message> {
    if (ticket.anonymized) {
      await store.setAnswerDelivery(ticket.id, "none", "failed");
      return ticketText.answerUndelivered(ticket);
    }
    const { id, delivery } = await sendNow(services, {
      kind: "ticket-answer",
      label: `คำตอบเรื่อง ${ticket.code}`,
      audience: { type: "users", userIds: [ticket.citizenId] },
      messages: [ticketText.answerToCitizen(ticket, answer, orgName)],
      createdBy: userIdOf(ctx) ?? "staff",
      ref: { ticketId: ticket.id, round: String(ticket.round) },
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
    if (ticket.status !== "open") return replyWith(ticket.status === "closed" ? ticketText.alreadyAnswered(ticket) : ticketText.alreadyAnswered(ticket));
    await conversations.start(staffId, TICKET_FLOWS.answer, { ticketId: ticket.id }, ctx.now, ANSWER_TTL);
    if (ctx.event.source.type === "user") return replyWith(ticketText.typeAnswer(ticket));
    await sendNow(services, {
      kind: "ticket-prompt",
      label: `ตอบเรื่อง ${ticket.code}`,
      audience: { type: "users", userIds: [staffId] },
      messages: [ticketText.typeAnswer(ticket)],
      createdBy: staffId,
      ref: { ticketId: ticket.id },
    });
    return replyWith(ticketText.answerInPrivate(ticket, ctx.person?.displayName));
  }

  const ticketOf = async (action: PostbackAction) => store.get(action.params.t ?? "");

  const flows: Record<string, ConversationFlow> = {
    [TICKET_FLOWS.confirm]: {},
    [TICKET_FLOWS.attach]: {
      async onImage(ctx, messageId, state) {
        const ticket = await store.get(String(state.data.ticketId ?? ""));
        if (!ticket || ticket.citizenId !== userIdOf(ctx)) return undefined;
        let ref: string | null = null;
        let size = 0;
        if (opts.attachments) {
          try {
            const content = await services.fetchContent(messageId);
            ref = await opts.attachments.save(ticket.id, messageId, content.bytes, content.contentType);
            size = content.bytes.length;
          } catch (error) {
            logger.warn("ticket.attachment.unavailable", { ticketId: ticket.id, error });
          }
        }
        await store.attach(ticket.id, { type: "image", messageId, ref, at: ctx.now }, ctx.now);
        await forwardAttachment(services, ticket, { type: "image", ref, size }, ticket.citizenId);
        return replyWith(ticketText.attached(ticket, "image"));
      },
      async onLocation(ctx, location, state) {
        const ticket = await store.get(String(state.data.ticketId ?? ""));
        if (!ticket || ticket.citizenId !== userIdOf(ctx)) return undefined;
        await store.attach(
          ticket.id,
          { type: "location", latitude: location.latitude, longitude: location.longitude, address: location.address ?? location.title ?? null, at: ctx.now },
          ctx.now,
        );
        const { latitude, longitude } = location;
        await forwardAttachment(services, ticket, { type: "location", latitude, longitude, address: location.address ?? location.title ?? null }, ticket.citizenId);
        return replyWith(ticketText.attached(ticket, "location"));
      },
    },
    [TICKET_FLOWS.answer]: {
      async onText(ctx, text, state) {
        const staffId = userIdOf(ctx);
        if (!staffId || ctx.event.source.type !== "user") return undefined;
        await conversations.clear(staffId);
        const claim = await store.claimAnswer(String(state.data.ticketId ?? ""), { text: text.slice(0, 4000), by: staffId, byName: ctx.person?.displayName ?? null }, ctx.now);
        if (!claim.won) {
          logger.info("ticket.answer.lost", { ticketId: state.data.ticketId, reason: claim.reason });
          return replyWith(ticketText.alreadyAnswered(claim.ticket));
        }
        return replyWith(await deliverAnswer(ctx, claim.ticket, text));
      },
    },
    [TICKET_FLOWS.followUp]: {
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
  };

  return {
    name: "tickets",
    flows,
    async onUnanswered(ctx, question) {
      const citizenId = userIdOf(ctx);
      if (!citizenId) return { messages: [] };
      if (isClearRequest(question)) return intake(ctx, citizenId, question, "request");
      await conversations.start(citizenId, TICKET_FLOWS.confirm, { question: question.slice(0, MAX_QUESTION_LENGTH) }, ctx.now, CONFIRM_TTL);
      return replyWith(ticketText.confirm(orgName));
    },
    async onJoin() {
      return replyWith(ticketText.joinHint());
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
      [TICKET_ACTIONS.answer]: {
        roles: STAFF,
        async handle(ctx, action) {
          const ticket = await ticketOf(action);
          return ticket ? startAnswer(ctx, ticket) : replyWith(replies.staleButton());
        },
      },
      [TICKET_ACTIONS.assign]: {
        roles: STAFF,
        async handle(ctx, action) {
          const ticket = await ticketOf(action);
          if (!ticket) return replyWith(replies.staleButton());
          return replyWith(ticketText.chooseUnit(ticket, await ticketUnits(db, services.plan)));
        },
      },
      [TICKET_ACTIONS.assignTo]: {
        roles: STAFF,
        async handle(ctx, action) {
          const ticket = await ticketOf(action);
          const unit = (await ticketUnits(db, services.plan)).find((u) => u.id === action.params.u);
          if (!ticket || !unit) return replyWith(replies.staleButton());
          const assigned = (await store.assign(ticket.id, unit, ctx.now)) as Ticket;
          const officers = await officersOfUnit(db, unit);
          if (officers.length) await notifyStaff(services, assigned, `มอบหมายให้ ${unit.name}`, userIdOf(ctx) ?? "staff");
          logger.info("ticket.assigned", { ticketId: ticket.id, unitId: unit.id, officers: officers.length });
          return replyWith(ticketText.assigned(assigned, unit.name, officers.length));
        },
      },
      [TICKET_ACTIONS.close]: {
        roles: STAFF,
        async handle(ctx, action) {
          const ticket = await ticketOf(action);
          if (!ticket) return replyWith(replies.staleButton());
          if (ticket.status === "closed") return replyWith(ticketText.closed(ticket));
          const closed = (await store.close(ticket.id, userIdOf(ctx) ?? "staff", ctx.now)) as Ticket;
          if (ticket.status === "open" && !ticket.anonymized) {
            const { id } = await sendNow(services, {
              kind: "ticket-closed",
              label: `ปิดเรื่อง ${ticket.code}`,
              audience: { type: "users", userIds: [ticket.citizenId] },
              messages: [ticketText.closedToCitizen(closed, orgName)],
              createdBy: userIdOf(ctx) ?? "staff",
              ref: { ticketId: ticket.id },
            });
            await store.addDelivery(ticket.id, id);
          }
          return replyWith(ticketText.closed(closed));
        },
      },
      [TICKET_ACTIONS.reopen]: {
        roles: STAFF,
        async handle(ctx, action) {
          const ticket = await ticketOf(action);
          if (!ticket) return replyWith(replies.staleButton());
          const reopened = (await store.reopen(ticket.id, null, ctx.now)) as Ticket;
          return replyWith(ticketText.reopened(reopened), ticketCard(reopened, { heading: "เปิดเรื่องอีกครั้ง" }));
        },
      },
      [TICKET_ACTIONS.rate]: {
        roles: EVERYONE,
        async handle(ctx, action) {
          const rating = Number(action.params.r);
          const ticket = await ownTicket(ctx, action);
          if (!ticket || !Number.isInteger(rating) || rating < 1 || rating > 5) return replyWith(ticket ? replies.staleButton() : ticketText.notYours());
          await store.rate(ticket.id, ticket.citizenId, rating, ctx.now);
          logger.info("ticket.rated", { ticketId: ticket.id, rating });
          return replyWith(ticketText.rated(rating));
        },
      },
      [TICKET_ACTIONS.more]: {
        roles: EVERYONE,
        async handle(ctx, action) {
          const ticket = await ownTicket(ctx, action);
          if (!ticket || ctx.event.source.type !== "user") return replyWith(ticketText.notYours());
          await conversations.start(ticket.citizenId, TICKET_FLOWS.followUp, { ticketId: ticket.id }, ctx.now, FOLLOW_UP_TTL);
          return replyWith(ticketText.askFollowUp(ticket));
        },
      },
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
    commands: [
      {
        pattern: /^(?:ติดตามเรื่อง|เรื่องของฉัน|สถานะเรื่อง)$/,
        roles: EVERYONE,
        async handle(ctx) {
          const userId = userIdOf(ctx);
          return replyWith(ticketText.myTickets(userId ? await store.ofCitizen(userId, 10) : []));
        },
      },
      {
        pattern: /^(?:ลบข้อมูลของฉัน|ขอลบข้อมูล(?:ส่วนตัว|ส่วนบุคคล)?(?:ของฉัน)?)$/,
        roles: EVERYONE,
        async handle() {
          return replyWith(ticketText.forgetConfirm());
        },
      },
      {
        pattern: /^(?:ตั้งเป็นกลุ่มเจ้าหน้าที่|ลงทะเบียนกลุ่มเจ้าหน้าที่)$/,
        roles: ["admin"],
        chats: ["group"],
        async handle(ctx) {
          if (ctx.event.source.type !== "group") return replyWith(replies.staleButton());
          await setStaffGroup(db, ctx.event.source.groupId, userIdOf(ctx) ?? "admin", ctx.now);
          logger.info("ticket.staff_group.set", { groupId: ctx.event.source.groupId });
          return replyWith(ticketText.staffGroupSet());
        },
      },
      {
        pattern: /^(?:เรื่องค้าง|เรื่องที่รอตอบ)$/,
        roles: STAFF,
        chats: ["user", "group"],
        async handle() {
          const open = await store.openTickets();
          if (!open.length) return replyWith(ticketText.noOpenTickets());
          const bubbles = open.slice(0, 10).map((t) => ticketCard(t).contents as FlexBubble);
          return replyWith(
            { type: "text", text: `เรื่องที่รอตอบ ${open.length} เรื่องค่ะ${open.length > 10 ? " (แสดง 10 เรื่องที่รอนานที่สุด)" : ""}` },
            { type: "flex", altText: `เรื่องที่รอตอบ ${open.length} เรื่อง`, contents: { type: "carousel", contents: bubbles } },
          );
        },
      },
      {
        pattern: /^ตอบ(?:เรื่อง)?\s*([QqRr]\s*-?\s*\d{4,6})$/,
        roles: STAFF,
        async handle(ctx, match) {
          const code = normalizeCode(match[1] ?? "");
          const id = code ? await ticketIdOfCode(db, code) : undefined;
          const ticket = id ? await store.get(id) : undefined;
          if (!ticket) return replyWith({ type: "text", text: `ไม่พบเรื่อง ${code ?? match[1]} ค่ะ`, quickReply: startQuickReply });
          return startAnswer(ctx, ticket);
        },
      },
    ],
  };
}
