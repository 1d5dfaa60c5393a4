/**
 * The one way capabilities send anything that is not a reply: reminders (progress, tickets),
 * answers that reach a citizen later, announcements. Each call creates an outbox delivery; the
 * Firestore trigger, the schedule or a local timer sends it, chunk by chunk, with stored retry keys,
 * so nothing here waits on LINE and nothing is sent twice.
 *
 * Pass a `dedupeKey` whenever the same notification could be created twice (a reminder job that
 * runs again after a timeout, a redelivered webhook): the same key always maps to the same
 * delivery, which is created once.
 */
import { createHash } from "node:crypto";
import type { Message } from "../line/message-types";
import { LINE_LIMITS } from "../line/limits";
import type { DeliveryStore } from "./delivery-store";

export interface Notification {
  /** What it is for, e.g. "progress-reminder", "ticket-reminder", "ticket-answer". */
  kind: string;
  /** 1–5 messages, exactly as recipients get them. */
  messages: Message[];
  /** Links back to what caused it (unit ID, ticket ID…), shown in audit. */
  ref?: Record<string, string>;
  /** A short description for history; defaults to `kind`. */
  label?: string;
  /** When to send; now by default. */
  sendAt?: Date;
  /** Who or what created it ("system" for jobs). */
  createdBy?: string;
  /**
   * Makes the call idempotent: e.g. `progress-reminder:2568-11:unit-finance`. Any string; it is
   * hashed into the delivery ID.
   */
  dedupeKey?: string;
}

export interface NotifyDeps {
  outbox: { store: DeliveryStore };
  clock: { now(): Date };
}

function checkMessages(messages: Message[]): void {
  if (messages.length < 1 || messages.length > LINE_LIMITS.messagesPerRequest) {
    throw new RangeError(`a notification has 1–${LINE_LIMITS.messagesPerRequest} messages, not ${messages.length}`);
  }
}

/** The delivery ID for a dedupe key: readable prefix, hashed rest (Firestore ID rules). */
export function deliveryIdFor(kind: string, dedupeKey: string): string {
  const prefix = kind.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 40) || "n";
  return `${prefix}-${createHash("sha256").update(`${kind}\n${dedupeKey}`).digest("hex").slice(0, 32)}`;
}

/**
 * Sends `messages` to LINE users (push for one, multicast in chunks of ≤ 500 for more). Returns
 * the delivery ID, or `undefined` when there is nobody to send to.
 */
export async function notifyUsers(deps: NotifyDeps, n: Notification & { userIds: readonly string[] }): Promise<string | undefined> {
  checkMessages(n.messages);
  const userIds = [...new Set(n.userIds)];
  if (userIds.length === 0) return undefined;
  return create(deps, n, { type: "users", userIds });
}

/** Sends `messages` to a group chat (e.g. the staff group) by push. */
export async function notifyGroup(deps: NotifyDeps, n: Notification & { groupId: string }): Promise<string> {
  checkMessages(n.messages);
  return create(deps, n, { type: "group", groupId: n.groupId });
}

async function create(
  deps: NotifyDeps,
  n: Notification,
  audience: { type: "users"; userIds: string[] } | { type: "group"; groupId: string },
): Promise<string> {
  const now = deps.clock.now();
  return deps.outbox.store.create(
    {
      kind: n.kind,
      label: n.label ?? n.kind,
      audience,
      messages: n.messages,
      sendAt: n.sendAt ?? now,
      createdBy: n.createdBy ?? "system",
      ...(n.ref ? { ref: n.ref } : {}),
    },
    now,
    n.dedupeKey !== undefined ? { id: deliveryIdFor(n.kind, n.dedupeKey) } : {},
  );
}
