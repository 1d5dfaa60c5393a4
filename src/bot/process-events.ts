/**
 * Handles the events of one webhook request: each exactly once (claimed in the ledger first), each
 * on its own (one failing does not stop the others), the events of one chat in order and different
 * chats in parallel. Returns whether LINE should redeliver: only when the failure was on our side's
 * infrastructure (Firestore unreachable), since a redelivery then has a chance to succeed.
 */
import type { Clock } from "../clock";
import { timerDeadlines, type Deadlines } from "../deadlines";
import { deterministicUuid } from "../ids";
import { LINE_LIMITS } from "../line/limits";
import type { Message } from "../line/message-types";
import { chatIdOf, type IncomingEvent } from "./incoming-event";
import type { Logger } from "../logs";
import type { Sender } from "../line/sender";
import { toIncomingEvent } from "../line/to-incoming-event";
import type { Audience } from "../outbox/delivery";
import type { DeliveryStore } from "../outbox/delivery-store";
import { deliveryIdFor } from "../outbox/notify";
import type { DeliveryRunner } from "../outbox/run-delivery";
import type { Person } from "../people/person";
import type { PeopleStore } from "../people/people-store";
import type { BatchWrite } from "../store/coalescing-firestore";
import type { EventLedger } from "../store/event-ledger";
import type { Outcome } from "./bot-context";
import type { ConversationState, ConversationStore } from "./conversation-store";
import type { QaContext } from "../qa/qa-context";
import type { QaContextStore } from "./qa-context-store";
import type { DocumentSnapshot } from "firebase-admin/firestore";
import { replies } from "./common-replies";
import type { EventRouter } from "./route-event";

export type EventResult = "handled" | "duplicate" | "skipped" | "failed" | "retry";

export interface ProcessDeps {
  /**
   * How long one request may take before unfinished events are given up as "retry" (answer 5xx so
   * LINE redelivers): a store that hangs must not hang the webhook.
   */
  deadlineMs?: number;
  /** Where that deadline comes from: timers, or a test's own (src/deadlines.ts). */
  deadlines?: Deadlines;
  ledger: EventLedger;
  people: PeopleStore;
  /** When given, a 1:1 message's conversation state is read with its sender, in one round trip. */
  conversations?: ConversationStore;
  /** When given, a text message's chat context (what its last answer was about) is read with its sender too. */
  qaContexts?: QaContextStore;
  route: EventRouter;
  /**
   * Reads that keep in-memory copies fresh (the current plan, the FAQ entries): started with the
   * claim so that their round trip overlaps it, and awaited before the event is routed. Each is
   * throttled to one version check every few seconds, so on a quiet bot, where almost every event
   * finds its copy due for a check, they would otherwise be round trips of their own before the
   * reply.
   */
  warm?: (event: IncomingEvent) => Promise<unknown>;
  sender: Sender;
  /**
   * Where an outcome that must arrive goes when its reply did not (for any reason): a delivery
   * stored with its retry key, its ID derived from the event so a redelivery finds the same one.
   */
  outbox?: { store: DeliveryStore; runner: DeliveryRunner };
  logger: Logger;
  clock: Clock;
}

export interface BatchResult {
  results: EventResult[];
  /** True when at least one event should be redelivered: answer LINE with a 5xx. */
  redeliver: boolean;
}

/** gRPC codes that mean "the store was not reachable or busy", worth a redelivery. */
const TRANSIENT_GRPC_CODES = new Set([1, 4, 8, 10, 13, 14]);

export function isTransientInfrastructureError(err: unknown): boolean {
  const code = typeof err === "object" && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === "number" && TRANSIENT_GRPC_CODES.has(code);
}

/**
 * Kinds whose handling starts from the chat's conversation state: a flow may be waiting for them,
 * and a postback is a step of one (a progress report's buttons move its draft).
 */
const FLOW_KINDS: ReadonlySet<IncomingEvent["kind"]> = new Set(["text", "sticker", "image", "location", "file", "video", "audio", "postback"]);

export function createEventProcessor(deps: ProcessDeps): (rawEvents: unknown[]) => Promise<BatchResult> {
  const { ledger, people, conversations, qaContexts, route, sender, logger, clock, outbox } = deps;

  type LookedUp = { person?: Person; conversation?: ConversationState | null; qaContext?: QaContext | null };

  /**
   * The sender and what the chat's state says: for a 1:1 message its conversation state, for a
   * text message in any chat its question context. One read for all of them, made while the event
   * is claimed, so none of it is a round trip of its own.
   */
  async function lookUp(event: IncomingEvent, now: Date): Promise<LookedUp> {
    const userId = event.source.userId;
    if (event.kind === "follow" || event.kind === "unfollow") return {};
    const chatId = chatIdOf(event.source);
    const flows = conversations && event.source.type === "user" && FLOW_KINDS.has(event.kind) ? conversations : undefined;
    const contexts = qaContexts && event.kind === "text" ? qaContexts : undefined;
    // A group member who has not agreed to share their ID: only the group's context to read.
    if (userId === undefined) return contexts ? { qaContext: (await contexts.get(chatId, now)) ?? null } : {};
    const refs = [...(flows ? [flows.ref(chatId)] : []), ...(contexts ? [contexts.ref(chatId)] : [])];
    if (!refs.length) return { person: await people.ensureKnown(userId, now) };
    const { person, others } = await people.ensureKnownAlong(userId, now, refs);
    const [first, second] = others as [DocumentSnapshot, DocumentSnapshot | undefined];
    return {
      person,
      ...(flows ? { conversation: flows.fromSnapshot(first, now) ?? null } : {}),
      ...(contexts ? { qaContext: contexts.fromSnapshot(flows ? (second as DocumentSnapshot) : first, now) ?? null } : {}),
    };
  }

  /**
   * An ordinary answer: replied once. A reply whose fate is unknown is not pushed again (that
   * could deliver it twice); a redelivered event's expired token falls back to push, with a retry
   * key derived from the event so a further redelivery cannot push it twice.
   */
  async function reply(event: IncomingEvent, messages: Message[]): Promise<void> {
    if (messages.length === 0 || !event.replyToken) return;
    const sent = await sender.reply(event.replyToken, messages, {
      chat: { to: chatIdOf(event.source), retryKey: deterministicUuid(`webhook-reply/${event.id}`) },
      pushIfTokenRefused: event.isRedelivery,
    });
    if (sent.status === "failed") logger.error("webhook.reply.failed", { eventId: event.id, status: sent.error?.status, uncertain: sent.uncertain ?? false });
  }

  /**
   * An answer that must reach the person (a ticket's receipt with its code): replied if the reply
   * works, else sent through the outbox, whatever the reason the reply failed. When the reply's
   * fate is unknown (5xx or timeouts to the last attempt), the person may get it twice; losing a
   * receipt is worse.
   */
  async function deliverSurely(event: IncomingEvent, messages: Message[]): Promise<void> {
    if (messages.length === 0) return;
    const first = messages.slice(0, LINE_LIMITS.messagesPerRequest);
    const replied = event.replyToken ? await sender.reply(event.replyToken, first) : undefined;
    const undelivered = replied?.status === "sent" ? messages.slice(first.length) : messages;
    if (undelivered.length === 0) return;
    const chat = chatIdOf(event.source);
    logger.warn("webhook.reply.to_outbox", { eventId: event.id, status: replied?.error?.status, uncertain: replied?.uncertain ?? false });
    if (!outbox) {
      logger.error("webhook.reply.lost", { eventId: event.id });
      return;
    }
    const audience: Audience = event.source.type === "user" ? { type: "users", userIds: [chat] } : { type: "group", groupId: chat };
    const now = clock.now();
    const id = await outbox.store.create(
      { kind: "reply-fallback", label: "คำตอบที่ส่งทางตอบกลับไม่สำเร็จ", audience, messages: undelivered, sendAt: now, createdBy: "webhook", ref: { eventId: event.id } },
      now,
      { id: deliveryIdFor("reply-fallback", event.id) },
    );
    // Sent now if LINE answers; otherwise the Firestore trigger or the schedule finishes it.
    await outbox.runner.run(id).catch((error: unknown) => logger.warn("webhook.reply.deferred", { eventId: event.id, deliveryId: id, error }));
  }

  async function handle(event: IncomingEvent): Promise<EventResult> {
    const now = clock.now();
    // The sender is looked up while the event is claimed: two round trips at once, not in a row.
    const lookup = lookUp(event, now);
    lookup.catch(() => undefined); // awaited below; a duplicate never awaits it
    const warming = deps.warm?.(event);
    warming?.catch(() => undefined); // the same
    const claim = await ledger.claim(event.id, now, { kind: event.kind, isRedelivery: event.isRedelivery });
    if (claim === "duplicate") {
      logger.info("webhook.event.duplicate", { eventId: event.id, kind: event.kind, isRedelivery: event.isRedelivery });
      return "duplicate";
    }
    if (claim === "in-flight") {
      // Being handled elsewhere right now. Ask LINE to come back: if that handler dies, the
      // redelivery finds the lease run out and takes the event over, so it is never lost.
      logger.info("webhook.event.in_flight", { eventId: event.id, kind: event.kind, isRedelivery: event.isRedelivery });
      return "retry";
    }
    let outcome: Outcome;
    const atCompletion: BatchWrite[] = [];
    try {
      const [{ person, conversation, qaContext }] = await Promise.all([lookup, warming]);
      outcome = await route({ event, person, conversation, qaContext, now, atCompletion: (write) => atCompletion.push(write) });
    } catch (err) {
      if (isTransientInfrastructureError(err)) {
        logger.error("webhook.event.retry", { eventId: event.id, kind: event.kind, error: err });
        await ledger.release(event.id, clock.now(), String(err)).catch(() => undefined);
        return "retry";
      }
      logger.error("webhook.event.failed", { eventId: event.id, kind: event.kind, error: err });
      outcome = { messages: event.source.type === "user" ? [replies.failure()] : [] };
    }
    const { afterReply } = outcome;
    const after = async (): Promise<void> => {
      await afterReply?.().catch((error: unknown) => logger.warn("webhook.after_reply.failed", { eventId: event.id, kind: event.kind, error }));
    };
    if (outcome.mustDeliver) {
      // Marked done only once the answer is replied or stored in the outbox: should storing fail,
      // the webhook answers 5xx and LINE redelivers, so the answer is never lost behind a 200.
      await deliverSurely(event, outcome.messages);
      await after();
      await ledger.complete(event.id, clock.now(), atCompletion);
    } else {
      // The reply and marking the event done do not depend on each other: both go out at once.
      await Promise.all([reply(event, outcome.messages).then(after), ledger.complete(event.id, clock.now(), atCompletion)]);
    }
    return "handled";
  }

  const deadlineMs = deps.deadlineMs ?? 5000;

  async function safely(event: IncomingEvent, deadline: Promise<"timeout">): Promise<EventResult> {
    try {
      const result = await Promise.race([handle(event), deadline]);
      if (result === "timeout") {
        logger.error("webhook.event.timeout", { eventId: event.id, kind: event.kind, deadlineMs });
        return "retry";
      }
      return result;
    } catch (err) {
      // Reaching here means the ledger itself failed: the store is down. LINE should redeliver.
      logger.error("webhook.event.retry", { eventId: event.id, kind: event.kind, error: err });
      return "retry";
    }
  }

  return async (rawEvents) => {
    const results: EventResult[] = new Array(rawEvents.length).fill("skipped");
    const byChat = new Map<string, { index: number; event: IncomingEvent }[]>();
    rawEvents.forEach((raw, index) => {
      const converted = toIncomingEvent(raw);
      if (!converted.ok) {
        const log = converted.expected ? logger.info : logger.warn;
        log("webhook.event.skipped", { eventId: converted.eventId, reason: converted.reason });
        return;
      }
      const key = chatIdOf(converted.event.source);
      const queue = byChat.get(key) ?? [];
      queue.push({ index, event: converted.event });
      byChat.set(key, queue);
    });
    const deadline = (deps.deadlines ?? timerDeadlines).after(deadlineMs);
    const timeout = deadline.expired.then(() => "timeout" as const);
    await Promise.all(
      [...byChat.values()].map(async (queue) => {
        for (const { index, event } of queue) results[index] = await safely(event, timeout);
      }),
    );
    deadline.cancel();
    return { results, redeliver: results.includes("retry") };
  };
}
