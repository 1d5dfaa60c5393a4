/**
 * Deliveries in Firestore: `deliveries/{id}` with its chunks in `deliveries/{id}/chunks/{index}`.
 * A delivery and all its chunks (with their retry keys) are written in one batch, so a delivery
 * never exists without its keys. Running is claimed with a lease, so two runners (a trigger and the
 * schedule) do not work on the same delivery at once.
 */
import { Timestamp, type DocumentData, type DocumentReference, type Firestore } from "firebase-admin/firestore";
import { deterministicUuid, type Ids } from "../ids";
import { LINE_LIMITS } from "../line/limits";
import type { Message } from "../line/message-types";
import type { BatchWrite } from "../store/coalescing-firestore";
import { COLLECTIONS } from "../store/collections";
import { isAlreadyExists } from "../store/firestore-errors";
import type { ChunkStatus, Delivery, DeliveryChunk, DeliveryStatus, NewDelivery } from "./delivery";

export interface CreateOptions {
  /**
   * The delivery's ID, chosen by the caller so that creating it again (a redelivered webhook, a
   * reminder job that runs twice, a confirm tapped twice) finds the first one instead of sending
   * again. Its chunks' retry keys are derived from it, so even two creations racing each other
   * store the same keys and LINE accepts each chunk once (409 for the other).
   */
  id?: string;
}

export interface DeliveryStore {
  /** Stores the delivery with its chunks and retry keys; with `opts.id`, at most once per ID. */
  create(d: NewDelivery, now: Date, opts?: CreateOptions): Promise<string>;
  /**
   * The same delivery as writes, to commit with what causes it (a ticket and its staff card in
   * one commit): stored with the cause or not at all, with no round trip of its own. Its document
   * is written with `create()`, so the commit is refused if the delivery exists already.
   */
  createWrites(d: NewDelivery, now: Date, id: string): BatchWrite[];
  get(id: string): Promise<Delivery | undefined>;
  chunks(id: string): Promise<DeliveryChunk[]>;
  /** Deliveries that are due (scheduled or interrupted), oldest first. */
  due(now: Date): Promise<Delivery[]>;
  /** Takes the delivery for running; false when it is not due, finished, or someone else runs it. */
  claim(id: string, now: Date, leaseMs: number): Promise<boolean>;
  markChunk(
    id: string,
    index: number,
    update: { status: ChunkStatus; lineStatus?: number; error?: string; broadcast?: boolean },
    now: Date,
  ): Promise<void>;
  finish(id: string, now: Date): Promise<Delivery>;
  /** Gives the delivery back to be run later (transient failure, rate limit). */
  postpone(id: string, until: Date): Promise<void>;
  /** Cancels a delivery that has not started; false if it already started or finished. */
  cancel(id: string, by: string, now: Date): Promise<boolean>;
  /** Broadcast calls made since `since` (LINE allows 60 an hour). */
  broadcastsSince(since: Date): Promise<number>;
  list(opts: { kind?: string; limit: number }): Promise<Delivery[]>;
  /** Deliveries about a record (`ticketId:<id>`, from their `ref` or `about`), whatever their state. */
  about(key: string): Promise<Delivery[]>;
  /**
   * Removes a delivery's messages (a PDPA deletion, an unsent message), and replaces a person's
   * LINE ID (as a recipient or its creator) when given; one not started yet is cancelled rather
   * than sent empty.
   */
  scrub(id: string, opts: { reason: string; person?: { from: string; to: string } }, now: Date): Promise<void>;
}

/** The `about` keys of a delivery: its `ref` as `key:value`, and what it names itself. */
export function aboutKeys(d: Pick<NewDelivery, "ref" | "about">): string[] {
  return [...new Set([...Object.entries(d.ref ?? {}).map(([k, v]) => `${k}:${v}`), ...(d.about ?? [])])];
}

const toDate = (v: unknown): Date | undefined => (v instanceof Timestamp ? v.toDate() : undefined);
const pad = (n: number) => String(n).padStart(5, "0");

/** Delivery IDs chosen by callers: Firestore document IDs, kept short and path-safe. */
const DELIVERY_ID = /^[A-Za-z0-9_-]{1,120}$/;

function checkId(id: string): void {
  if (!DELIVERY_ID.test(id)) throw new RangeError(`delivery id "${id}" is not [A-Za-z0-9_-]{1,120}`);
}

function fromDoc(id: string, d: DocumentData): Delivery {
  return {
    id,
    kind: d.kind,
    label: d.label,
    audienceType: d.audienceType,
    recipientCount: d.recipientCount,
    messages: d.messages as Message[],
    sendAt: toDate(d.sendAt) ?? new Date(0),
    createdBy: d.createdBy,
    ref: d.ref ?? undefined,
    status: d.status as DeliveryStatus,
    chunkCount: d.chunkCount,
    sentChunks: d.sentChunks ?? 0,
    failedChunks: d.failedChunks ?? 0,
    createdAt: toDate(d.createdAt) ?? new Date(0),
    finishedAt: toDate(d.finishedAt),
  };
}

function chunkFromDoc(d: DocumentData): DeliveryChunk {
  return {
    index: d.index,
    to: d.to ?? [],
    retryKey: d.retryKey,
    status: d.status,
    attempts: d.attempts ?? 0,
    lastError: d.lastError ?? undefined,
    lineStatus: d.lineStatus ?? undefined,
    sentAt: toDate(d.sentAt),
  };
}

export function createDeliveryStore(db: Firestore, ids: Ids): DeliveryStore {
  const col = db.collection(COLLECTIONS.deliveries);
  const chunksOf = (id: string) => col.doc(id).collection("chunks");

  /** The delivery's chunk documents (each with its retry key) and its own document. */
  function layout(d: NewDelivery, now: Date, id: string, keyFor: (index: number) => string) {
    // Each person once, even when a list names them twice (chunks are separate calls to LINE).
    const userIds = d.audience.type === "users" ? [...new Set(d.audience.userIds)] : [];
    const groups: string[][] =
      d.audience.type === "users"
        ? Array.from({ length: Math.ceil(userIds.length / LINE_LIMITS.multicastRecipients) }, (_, i) =>
            userIds.slice(i * LINE_LIMITS.multicastRecipients, (i + 1) * LINE_LIMITS.multicastRecipients),
          )
        : d.audience.type === "group"
          ? [[d.audience.groupId]]
          : [[]];
    const recipientCount = d.audience.type === "users" ? userIds.length : d.audience.type === "group" ? 1 : 0;
    const chunks: Array<[DocumentReference, DocumentData]> = groups.map((to, index) => [
      chunksOf(id).doc(pad(index)),
      { index, to, retryKey: keyFor(index), status: "pending", attempts: 0 },
    ]);
    const doc: DocumentData = {
      kind: d.kind,
      label: d.label,
      audienceType: d.audience.type,
      recipientCount,
      messages: JSON.parse(JSON.stringify(d.messages)),
      sendAt: Timestamp.fromDate(d.sendAt),
      createdBy: d.createdBy,
      ref: d.ref ?? null,
      about: aboutKeys(d),
      status: "scheduled",
      chunkCount: groups.length,
      sentChunks: 0,
      failedChunks: 0,
      createdAt: Timestamp.fromDate(now),
      leaseUntil: Timestamp.fromMillis(0),
    };
    return { chunks, doc };
  }

  return {
    async create(d, now, opts = {}) {
      if (opts.id !== undefined) {
        checkId(opts.id);
        if ((await col.doc(opts.id).get()).exists) return opts.id;
      }
      const ref = opts.id !== undefined ? col.doc(opts.id) : col.doc();
      const { chunks, doc } = layout(d, now, ref.id, opts.id !== undefined ? (index) => deterministicUuid(`${ref.id}:${index}`) : () => ids.uuid());
      // Chunks first (in batches: a batch holds 500 writes), the delivery document last: a runner
      // that sees the delivery always finds every chunk and its retry key already stored.
      for (let i = 0; i < chunks.length; i += 450) {
        const batch = db.batch();
        for (const [r, data] of chunks.slice(i, i + 450)) batch.set(r, data);
        await batch.commit();
      }
      await (opts.id !== undefined ? col.doc(ref.id).create(doc) : col.doc(ref.id).set(doc)).catch((err: unknown) => {
        // Someone created the same delivery at the same time: theirs stands (same chunks, same keys).
        if (!isAlreadyExists(err)) throw err;
      });
      return ref.id;
    },
    createWrites(d, now, id) {
      checkId(id);
      const { chunks, doc } = layout(d, now, id, (index) => deterministicUuid(`${id}:${index}`));
      if (chunks.length > 400) throw new RangeError(`delivery ${id} has ${chunks.length} chunks: too many for one commit, use create()`);
      return [...chunks.map(([r, data]): BatchWrite => (batch) => batch.set(r, data)), (batch) => batch.create(col.doc(id), doc)];
    },
    async get(id) {
      const snap = await col.doc(id).get();
      return snap.exists ? fromDoc(id, snap.data() ?? {}) : undefined;
    },
    async chunks(id) {
      const snap = await chunksOf(id).orderBy("index").get();
      return snap.docs.map((d) => chunkFromDoc(d.data()));
    },
    async due(now) {
      const snap = await col.where("status", "in", ["scheduled", "sending"]).get();
      return snap.docs
        .map((d) => fromDoc(d.id, d.data()))
        .filter((d) => d.sendAt.getTime() <= now.getTime())
        .sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime());
    },
    async claim(id, now, leaseMs) {
      return db.runTransaction(async (tx) => {
        const ref = col.doc(id);
        const d = (await tx.get(ref)).data();
        if (!d || (d.status !== "scheduled" && d.status !== "sending")) return false;
        if ((toDate(d.sendAt)?.getTime() ?? Infinity) > now.getTime()) return false;
        if ((toDate(d.leaseUntil)?.getTime() ?? 0) > now.getTime()) return false;
        tx.update(ref, { status: "sending", leaseUntil: Timestamp.fromMillis(now.getTime() + leaseMs), startedAt: d.startedAt ?? Timestamp.fromDate(now) });
        return true;
      });
    },
    async markChunk(id, index, update, now) {
      const ref = chunksOf(id).doc(pad(index));
      const snap = await ref.get();
      await ref.update({
        status: update.status,
        attempts: (snap.data()?.attempts ?? 0) + 1,
        lineStatus: update.lineStatus ?? null,
        lastError: update.error?.slice(0, 500) ?? null,
        ...(update.status === "sent" ? { sentAt: Timestamp.fromDate(now) } : {}),
      });
      if (update.status === "sent" && update.broadcast) {
        await col.doc(id).update({ broadcastSentAt: Timestamp.fromDate(now) });
      }
    },
    async finish(id, now) {
      const chunks = await this.chunks(id);
      const sent = chunks.filter((c) => c.status === "sent").length;
      const failed = chunks.filter((c) => c.status === "failed").length;
      await col.doc(id).update({
        status: failed > 0 ? "partial" : "sent",
        sentChunks: sent,
        failedChunks: failed,
        finishedAt: Timestamp.fromDate(now),
        leaseUntil: Timestamp.fromMillis(0),
      });
      return (await this.get(id)) as Delivery;
    },
    async postpone(id, until) {
      await col.doc(id).update({ sendAt: Timestamp.fromDate(until), leaseUntil: Timestamp.fromMillis(0) });
    },
    async cancel(id, by, now) {
      return db.runTransaction(async (tx) => {
        const ref = col.doc(id);
        const d = (await tx.get(ref)).data();
        if (!d || d.status !== "scheduled") return false;
        tx.update(ref, { status: "cancelled", cancelledBy: by, cancelledAt: Timestamp.fromDate(now) });
        return true;
      });
    },
    async broadcastsSince(since) {
      const snap = await col.where("broadcastSentAt", ">", Timestamp.fromDate(since)).count().get();
      return snap.data().count;
    },
    async about(key) {
      const snap = await col.where("about", "array-contains", key).get();
      return snap.docs.map((d) => fromDoc(d.id, d.data()));
    },
    async scrub(id, opts, now) {
      const ref = col.doc(id);
      const d = (await ref.get()).data();
      if (!d) return;
      const person = opts.person;
      await ref.update({
        messages: [],
        label: opts.reason,
        scrubbedAt: Timestamp.fromDate(now),
        ...(person && d.createdBy === person.from ? { createdBy: person.to } : {}),
        ...(d.status === "scheduled" || d.status === "sending" ? { status: "cancelled", cancelledBy: "privacy", cancelledAt: Timestamp.fromDate(now) } : {}),
      });
      if (!person) return;
      for (const c of (await chunksOf(id).get()).docs) {
        const to = (c.get("to") as string[] | undefined) ?? [];
        if (to.includes(person.from)) await c.ref.update({ to: to.map((u) => (u === person.from ? person.to : u)) });
      }
    },
    async list({ kind, limit }) {
      const q = kind ? col.where("kind", "==", kind) : col;
      const snap = await q.orderBy("createdAt", "desc").limit(limit).get();
      return snap.docs.map((d) => fromDoc(d.id, d.data()));
    },
  };
}
