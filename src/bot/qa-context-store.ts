/**
 * What each chat's last answer was about ({@link QaContext}), kept a few minutes so that a
 * follow-up ("แล้วใครรับผิดชอบ") is understood in the chat it was typed in (issue 13, item 9).
 *
 * One document per chat, keyed by the chat: a person's 1:1 chat, a group and a room each have
 * their own, so nothing said in one is ever read in another. The context is stored as JSON text,
 * exactly as the answerer gave it (nested arrays, which Firestore maps cannot hold, included),
 * with `expiresAt` for the TTL policy; a context read after `expiresAt` counts as none even before
 * the TTL has removed it (TTL deletion runs within a day, not on the minute).
 *
 * It is read with the sender in the webhook's first read (`ref` + `fromSnapshot`) and written with
 * the event's completion (`writeFor`), so keeping it costs no round trip of its own.
 */
import { Timestamp, type DocumentReference, type DocumentSnapshot, type Firestore } from "firebase-admin/firestore";
import type { Logger } from "../logs";
import { MAX_QA_CONTEXT_BYTES, type QaContext } from "../qa/qa-context";
import { COLLECTIONS } from "../store/collections";
import { coalesced, type BatchWrite } from "../store/coalescing-firestore";

/** How long a chat's context is kept after its last answer: long enough to read and ask on. */
export const QA_CONTEXT_TTL_MS = 5 * 60 * 1000;

/** The context as stored (JSON text), or `undefined` when there is none or it is too big to keep. */
export function serializedQaContext(context: QaContext | undefined): string | undefined {
  if (context === undefined) return undefined;
  const json = JSON.stringify(context);
  return Buffer.byteLength(json, "utf8") <= MAX_QA_CONTEXT_BYTES ? json : undefined;
}

export interface QaContextStore {
  /** The chat's document, for reading it in one round trip with others (see `fromSnapshot`). */
  ref(chatId: string): DocumentReference;
  fromSnapshot(snap: DocumentSnapshot, now: Date): QaContext | undefined;
  get(chatId: string, now: Date): Promise<QaContext | undefined>;
  /**
   * The write that keeps `context` as the chat's (or removes the chat's when there is none, or it
   * is too big to keep); `undefined` when nothing needs writing (no context before, none after).
   */
  writeFor(chatId: string, context: QaContext | undefined, now: Date, opts: { hadContext: boolean }): BatchWrite | undefined;
  clear(chatId: string): Promise<void>;
}

export function createQaContextStore(db: Firestore, opts: { logger?: Logger; ttlMs?: number } = {}): QaContextStore {
  const col = db.collection(COLLECTIONS.qaContexts);
  const ttlMs = opts.ttlMs ?? QA_CONTEXT_TTL_MS;

  function fromSnapshot(snap: DocumentSnapshot, now: Date): QaContext | undefined {
    const d = snap.data();
    if (!d || typeof d.json !== "string" || !(d.expiresAt instanceof Timestamp)) return undefined;
    if (d.expiresAt.toMillis() <= now.getTime()) return undefined;
    try {
      const parsed: unknown = JSON.parse(d.json);
      return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as QaContext) : undefined;
    } catch {
      return undefined;
    }
  }

  function writeFor(chatId: string, context: QaContext | undefined, now: Date, { hadContext }: { hadContext: boolean }): BatchWrite | undefined {
    const json = serializedQaContext(context);
    if (json !== undefined) {
      const fields = { json, updatedAt: Timestamp.fromDate(now), expiresAt: Timestamp.fromDate(new Date(now.getTime() + ttlMs)) };
      return (batch) => batch.set(col.doc(chatId), fields);
    }
    if (context !== undefined) opts.logger?.warn("qa.context.too_big", { max: MAX_QA_CONTEXT_BYTES });
    return hadContext || context !== undefined ? (batch) => batch.delete(col.doc(chatId)) : undefined;
  }

  return {
    ref: (chatId) => col.doc(chatId),
    fromSnapshot,
    async get(chatId, now) {
      const [snap] = await coalesced(db).getAll([col.doc(chatId)]);
      return snap ? fromSnapshot(snap, now) : undefined;
    },
    writeFor,
    async clear(chatId) {
      await col.doc(chatId).delete();
    },
  };
}
