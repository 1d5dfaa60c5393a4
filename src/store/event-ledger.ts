/**
 * The dedupe ledger: one Firestore document per webhook event the bot has taken on, keyed by
 * LINE's webhookEventId. LINE may deliver an event twice (and redelivers after a non-2xx answer), so
 * an event is handled only by whoever claims it:
 * - `create()` makes the first claim atomic (a second `create()` fails with ALREADY_EXISTS);
 * - a claim is a lease: if the process dies mid-event, the lease runs out and a redelivery may
 *   take the event over, so nothing is lost;
 * - a finished event is marked done and is never handled again.
 * - each claim carries a random `holder`, so a claimer whose `create()` is answered ALREADY_EXISTS
 *   can tell its own write (a commit that landed although the call failed, and was sent again) from
 *   someone else's, and does not send LINE away for a lease that is its own.
 * `expireAt` is for a Firestore TTL policy that deletes old entries (see README).
 */
import { randomUUID } from "node:crypto";
import { Timestamp, type Firestore } from "firebase-admin/firestore";
import { COLLECTIONS } from "./collections";
import { coalesced, type BatchWrite } from "./coalescing-firestore";
import { isAlreadyExists } from "./firestore-errors";

/**
 * - `claimed`: handle it now;
 * - `duplicate`: it was handled already;
 * - `in-flight`: someone is handling it right now (or died doing so and the lease has not run
 *   out): the caller should ask LINE to come back later rather than assume it will be done.
 */
export type ClaimResult = "claimed" | "duplicate" | "in-flight";


export interface EventLedger {
  claim(eventId: string, at: Date, meta: { kind: string; isRedelivery: boolean }): Promise<ClaimResult>;
  /**
   * Marks the event done, together with the writes its handling left for this moment (a
   * statistics counter): committed with the mark, so they happen once per event and cost no round
   * trip of their own.
   */
  complete(eventId: string, at: Date, writes?: readonly BatchWrite[]): Promise<void>;
  /** Gives a claimed event back (its handling failed for a reason a redelivery may not hit). */
  release(eventId: string, at: Date, reason: string): Promise<void>;
}

export interface EventLedgerOptions {
  /** How long a claim keeps others away; longer than any handler runs, shorter than LINE's redelivery. */
  leaseMs?: number;
  /** How long a ledger entry is kept (LINE redelivers for a limited time only). */
  keepMs?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function createEventLedger(db: Firestore, opts: EventLedgerOptions = {}): EventLedger {
  const col = db.collection(COLLECTIONS.webhookEvents);
  // Claims and completions of events arriving together go to Firestore as one call.
  const store = coalesced(db);
  const leaseMs = opts.leaseMs ?? 60_000;
  const keepMs = opts.keepMs ?? 7 * DAY_MS;

  return {
    async claim(eventId, at, meta) {
      const ref = col.doc(eventId);
      const holder = randomUUID();
      const fields = {
        state: "processing",
        holder,
        kind: meta.kind,
        attempts: 1,
        firstSeenAt: Timestamp.fromDate(at),
        leaseUntil: Timestamp.fromDate(new Date(at.getTime() + leaseMs)),
        expireAt: Timestamp.fromDate(new Date(at.getTime() + keepMs)),
        redelivered: meta.isRedelivery,
      };
      try {
        await store.commit([(batch) => batch.create(ref, fields)]);
        return "claimed";
      } catch (err) {
        if (!isAlreadyExists(err)) throw err;
      }
      // Seen before: take it over only if it was given back or its holder's lease ran out.
      return db.runTransaction(async (tx) => {
        const snap = await tx.get(ref);
        const d = snap.data();
        if (!d) {
          tx.create(ref, fields);
          return "claimed" as const;
        }
        const leaseUntil = d.leaseUntil instanceof Timestamp ? d.leaseUntil.toMillis() : 0;
        if (d.state === "done") return "duplicate" as const;
        if (d.state === "processing" && d.holder === holder) return "claimed" as const;
        const abandoned = d.state === "released" || leaseUntil <= at.getTime();
        if (!abandoned) return "in-flight" as const;
        tx.update(ref, {
          state: "processing",
          holder,
          attempts: (typeof d.attempts === "number" ? d.attempts : 1) + 1,
          leaseUntil: fields.leaseUntil,
          redelivered: meta.isRedelivery,
        });
        return "claimed" as const;
      });
    },
    async complete(eventId, at, writes = []) {
      const done = { state: "done", doneAt: Timestamp.fromDate(at) };
      await store.commit([(batch) => batch.update(col.doc(eventId), done), ...writes]);
    },
    async release(eventId, at, reason) {
      await col.doc(eventId).update({ state: "released", releasedAt: Timestamp.fromDate(at), lastError: reason.slice(0, 500) });
    },
  };
}
