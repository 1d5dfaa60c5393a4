/**
 * Per-chat conversation state for multi-step flows, one Firestore document per chat. It expires on
 * its own (a person who walks away is not stuck in a flow next week) and is replaced, never merged,
 * so a stale field from an earlier flow cannot leak into a new one.
 */
import { Timestamp, type DocumentReference, type DocumentSnapshot, type Firestore } from "firebase-admin/firestore";
import { COLLECTIONS } from "../store/collections";
import { coalesced, type BatchWrite } from "../store/coalescing-firestore";

export interface ConversationState {
  /** The flow that owns the chat, as registered by a capability. */
  flow: string;
  /** Flow-specific data; plain JSON values only. */
  data: Record<string, unknown>;
  startedAt: Date;
  expiresAt: Date;
}

/**
 * The chat's state as this event sees it: the one the webhook read with the sender (`ctx.conversation`,
 * for every kind a flow may be waiting for, postbacks included) when it did, else read now.
 */
export async function stateOf(
  ctx: { conversation?: ConversationState | null; now: Date },
  store: Pick<ConversationStore, "get">,
  chatId: string,
): Promise<ConversationState | undefined> {
  return ctx.conversation !== undefined ? (ctx.conversation ?? undefined) : store.get(chatId, ctx.now);
}

export interface ConversationStore {
  get(chatId: string, now: Date): Promise<ConversationState | undefined>;
  /** The chat's document, for reading it in one round trip with another (see `fromSnapshot`). */
  ref(chatId: string): DocumentReference;
  fromSnapshot(snap: DocumentSnapshot, now: Date): ConversationState | undefined;
  start(chatId: string, flow: string, data: Record<string, unknown>, now: Date, ttlMs?: number): Promise<void>;
  /** `start` as a write, to commit together with what the flow is about. */
  startWrite(chatId: string, flow: string, data: Record<string, unknown>, now: Date, ttlMs?: number): BatchWrite;
  clear(chatId: string): Promise<void>;
  /** `clear` as a write, to commit together with something else (e.g. the event's completion). */
  clearWrite(chatId: string): BatchWrite;
}

const DEFAULT_TTL_MS = 30 * 60 * 1000;

/**
 * What a chat's state becomes when a role change ends the flow it was in: the flow is gone, and
 * the router answers the person's next message by saying so instead of taking it as something
 * else (an ex-officer's typed answer is not a new question).
 */
export const FLOW_ENDED_BY_ROLE_CHANGE = "ended-by-role-change";

/**
 * The write that ends a chat's flow for a role change, given the chat's current document: none
 * when the chat is in no flow. Kept to the flow's own expiry.
 */
export function endFlowWrite(snap: DocumentSnapshot): BatchWrite | undefined {
  const d = snap.data();
  if (!d || typeof d.flow !== "string" || d.flow === FLOW_ENDED_BY_ROLE_CHANGE) return undefined;
  return (batch) => batch.set(snap.ref, { flow: FLOW_ENDED_BY_ROLE_CHANGE, data: { endedFlow: d.flow }, startedAt: d.startedAt ?? null, expiresAt: d.expiresAt ?? null });
}

/**
 * When each of these chats' flows ends, for the chats that are in one now (one read for all). A
 * message pushed into a chat mid-flow takes the flow's quick replies away (LINE shows them only
 * under the newest message), so a job that can wait (a reminder) holds its message until then.
 */
export async function flowsEndingAt(db: Firestore, chatIds: readonly string[], now: Date): Promise<Map<string, Date>> {
  const ending = new Map<string, Date>();
  if (chatIds.length === 0) return ending;
  const col = db.collection(COLLECTIONS.conversations);
  for (const snap of await db.getAll(...chatIds.map((id) => col.doc(id)))) {
    const state = fromSnapshot(snap, now);
    if (state && state.flow !== FLOW_ENDED_BY_ROLE_CHANGE) ending.set(snap.id, state.expiresAt);
  }
  return ending;
}

function fromSnapshot(snap: DocumentSnapshot, now: Date): ConversationState | undefined {
  const d = snap.data();
  if (!d || typeof d.flow !== "string" || !(d.expiresAt instanceof Timestamp)) return undefined;
  if (d.expiresAt.toMillis() <= now.getTime()) return undefined;
  return {
    flow: d.flow,
    data: (d.data as Record<string, unknown>) ?? {},
    startedAt: d.startedAt instanceof Timestamp ? d.startedAt.toDate() : now,
    expiresAt: d.expiresAt.toDate(),
  };
}

export function createConversationStore(db: Firestore): ConversationStore {
  const col = db.collection(COLLECTIONS.conversations);
  const startWrite = (chatId: string, flow: string, data: Record<string, unknown>, now: Date, ttlMs = DEFAULT_TTL_MS): BatchWrite => (batch) =>
    batch.set(col.doc(chatId), {
      flow,
      data,
      startedAt: Timestamp.fromDate(now),
      expiresAt: Timestamp.fromDate(new Date(now.getTime() + ttlMs)),
    });
  return {
    async get(chatId, now) {
      return fromSnapshot(await col.doc(chatId).get(), now);
    },
    ref: (chatId) => col.doc(chatId),
    fromSnapshot,
    async start(chatId, flow, data, now, ttlMs = DEFAULT_TTL_MS) {
      await coalesced(db).commit([startWrite(chatId, flow, data, now, ttlMs)]);
    },
    startWrite,
    async clear(chatId) {
      await col.doc(chatId).delete();
    },
    clearWrite: (chatId) => (batch) => batch.delete(col.doc(chatId)),
  };
}
