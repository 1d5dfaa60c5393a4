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
 * A group must not let one caller's failure become another's. When a group commit is refused for
 * a reason that means "nothing was written" (a `create()` that found its document, a missing
 * document for `update()`, a bad value), each caller's writes are committed again on their own, so
 * each caller sees exactly the outcome it would have had alone. Any other failure (unreachable,
 * timed out: the writes may or may not have landed) reaches every caller in the group as it is,
 * just as it would have reached each of them alone; nothing is retried blindly. A group read that
 * fails for any reason but the store being down is asked again caller by caller (reads are safe
 * to repeat).
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
/** gRPC codes of a store that is down or busy: the same for everyone, asking again alone won't help. */
const UNAVAILABLE = new Set([1 /* CANCELLED */, 4 /* DEADLINE_EXCEEDED */, 8 /* RESOURCE_EXHAUSTED */, 10 /* ABORTED */, 13 /* INTERNAL */, 14 /* UNAVAILABLE */]);

const codeOf = (err: unknown): number | undefined => {
  const code = typeof err === "object" && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === "number" ? code : undefined;
};

interface Waiting<T> {
  resolve(value: T): void;
  reject(err: unknown): void;
}

/** Settles a waiting caller with the outcome of `work`, a throw included. */
function settle<T>(waiting: Waiting<T>, work: () => Promise<T>): void {
  new Promise<T>((resolve) => resolve(work())).then(waiting.resolve, waiting.reject);
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
  type Read = { refs: readonly DocumentReference[]; waiting: Waiting<DocumentSnapshot[]> };
  type Write = { writes: readonly BatchWrite[]; waiting: Waiting<void> };
  let reads: Read[] = [];
  let readCount = 0;
  let pending: Write[] = [];
  let writeCount = 0;

  const readAlone = (r: Read): void => settle(r.waiting, () => db.getAll(...r.refs));
  const commitAlone = (w: Write): void =>
    settle(w.waiting, async () => {
      const batch = db.batch();
      for (const write of w.writes) write(batch);
      await batch.commit();
    });

  function flushReads(): void {
    const group = reads;
    reads = [];
    readCount = 0;
    if (group.length <= 1) return group.forEach(readAlone);
    settle(
      {
        resolve: (snaps: DocumentSnapshot[]) => {
          let at = 0;
          for (const r of group) {
            r.waiting.resolve(snaps.slice(at, at + r.refs.length));
            at += r.refs.length;
          }
        },
        // Store down: everyone hears it. Anything else may be one caller's doing: each asks alone.
        reject: (err) => (UNAVAILABLE.has(codeOf(err) ?? -1) ? group.forEach((r) => r.waiting.reject(err)) : group.forEach(readAlone)),
      },
      () => db.getAll(...group.flatMap((r) => r.refs)),
    );
  }

  function flushWrites(): void {
    const group = pending;
    pending = [];
    writeCount = 0;
    if (group.length <= 1) return group.forEach(commitAlone);
    const batch = db.batch();
    try {
      for (const w of group) for (const write of w.writes) write(batch);
    } catch {
      // A write the client refused to add (a bad path or option): nothing was sent; each alone.
      return group.forEach(commitAlone);
    }
    settle(
      {
        resolve: () => group.forEach((w) => w.waiting.resolve()),
        reject: (err) => {
          // Refused with nothing written, or never sent (the client could not encode a value: an
          // error without a gRPC code): each caller on its own finds out whose write it was.
          // Anything else (down, timed out) may have landed: everyone hears it, nothing is resent.
          const code = codeOf(err);
          if (code === undefined || REFUSED_UNWRITTEN.has(code)) group.forEach(commitAlone);
          else group.forEach((w) => w.waiting.reject(err));
        },
      },
      () => batch.commit().then(() => undefined),
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
