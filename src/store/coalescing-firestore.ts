/**
 * Reads and writes that many webhook events make at the same moment, sent to Firestore together.
 *
 * Every event costs the same three calls (read the sender, claim the event, mark it done), and on a
 * busy moment (a reply storm after an announcement) most of the cost of a call is the call itself,
 * not the documents in it: gRPC framing, headers, a stream, a promise chain, on our side and on
 * Firestore's. So what callers ask for within one turn of the event loop goes out as one call:
 * - `getAll`: one BatchGetDocuments for every caller's documents;
 * - `commit`: one atomic Commit for every caller's writes (group commit).
 *
 * A group commit must not let one caller's failure become another's. When the group is refused for
 * a reason that means "nothing was written" (a `create()` that found its document, a missing
 * document for `update()`, a bad value), each caller's writes are committed again on their own, so
 * each caller sees exactly the outcome it would have had alone. Any other failure (unreachable,
 * timed out: the writes may or may not have landed) reaches every caller in the group as it is,
 * just as it would have reached each of them alone; nothing is retried blindly.
 *
 * Alone (one caller in a turn) it is a plain call, so a quiet bot behaves exactly as before.
 */
import type { DocumentReference, DocumentSnapshot, Firestore, WriteBatch } from "firebase-admin/firestore";

/** One write, added to whatever batch it is committed in. */
export type BatchWrite = (batch: WriteBatch) => void;

export interface CoalescingFirestore {
  /** Like `db.getAll(...refs)`, sharing one call with others asking in the same turn. */
  getAll(refs: readonly DocumentReference[]): Promise<DocumentSnapshot[]>;
  /** Commits `writes` atomically for this caller, in one call with others committing in the same turn. */
  commit(writes: readonly BatchWrite[]): Promise<void>;
}

/** Firestore's limit is 500 writes per commit; far fewer keeps one slow group from growing large. */
const MAX_WRITES_PER_GROUP = 200;
/** BatchGetDocuments takes many more, but one stream per few hundred documents keeps answers flowing. */
const MAX_READS_PER_GROUP = 300;

/** gRPC codes by which Firestore refuses a commit before writing anything. */
const REFUSED_UNWRITTEN = new Set([3 /* INVALID_ARGUMENT */, 5 /* NOT_FOUND */, 6 /* ALREADY_EXISTS */, 9 /* FAILED_PRECONDITION */]);

const codeOf = (err: unknown): unknown => (typeof err === "object" && err !== null ? (err as { code?: unknown }).code : undefined);

interface Waiting<T> {
  resolve(value: T): void;
  reject(err: unknown): void;
}

const perDatabase = new WeakMap<Firestore, CoalescingFirestore>();

/** The one coalescer of `db`, shared by every store that uses it, so their calls group together. */
export function coalesced(db: Firestore): CoalescingFirestore {
  let c = perDatabase.get(db);
  if (!c) {
    c = createCoalescingFirestore(db);
    perDatabase.set(db, c);
  }
  return c;
}

export function createCoalescingFirestore(db: Firestore): CoalescingFirestore {
  let reads: { refs: readonly DocumentReference[]; waiting: Waiting<DocumentSnapshot[]> }[] = [];
  let readCount = 0;
  let pending: { writes: readonly BatchWrite[]; waiting: Waiting<void> }[] = [];
  let writeCount = 0;

  function flushReads(): void {
    const group = reads;
    reads = [];
    readCount = 0;
    if (group.length === 0) return;
    const all = group.flatMap((r) => r.refs);
    db.getAll(...all).then(
      (snaps) => {
        let at = 0;
        for (const r of group) {
          r.waiting.resolve(snaps.slice(at, at + r.refs.length));
          at += r.refs.length;
        }
      },
      (err: unknown) => group.forEach((r) => r.waiting.reject(err)),
    );
  }

  async function commitAlone(writes: readonly BatchWrite[]): Promise<void> {
    const batch = db.batch();
    for (const write of writes) write(batch);
    await batch.commit();
  }

  function flushWrites(): void {
    const group = pending;
    pending = [];
    writeCount = 0;
    if (group.length === 0) return;
    if (group.length === 1) {
      const only = group[0]!;
      commitAlone(only.writes).then(only.waiting.resolve, only.waiting.reject);
      return;
    }
    const batch = db.batch();
    for (const w of group) for (const write of w.writes) write(batch);
    batch.commit().then(
      () => group.forEach((w) => w.waiting.resolve()),
      (err: unknown) => {
        if (!REFUSED_UNWRITTEN.has(codeOf(err) as number)) {
          group.forEach((w) => w.waiting.reject(err));
          return;
        }
        // Someone's write was refused and nothing landed: each caller on its own finds out whose.
        for (const w of group) commitAlone(w.writes).then(w.waiting.resolve, w.waiting.reject);
      },
    );
  }

  return {
    getAll(refs) {
      if (refs.length === 0) return Promise.resolve([]);
      return new Promise((resolve, reject) => {
        if (readCount + refs.length > MAX_READS_PER_GROUP) flushReads();
        if (reads.length === 0) setImmediate(flushReads);
        reads.push({ refs, waiting: { resolve, reject } });
        readCount += refs.length;
      });
    },
    commit(writes) {
      if (writes.length === 0) return Promise.resolve();
      return new Promise((resolve, reject) => {
        if (writeCount + writes.length > MAX_WRITES_PER_GROUP) flushWrites();
        if (pending.length === 0) setImmediate(flushWrites);
        pending.push({ writes, waiting: { resolve, reject } });
        writeCount += writes.length;
      });
    },
  };
}
