/**
 * Per-citizen limits on what reaches staff (issue 14, item 8): one citizen opened 30 tickets and
 * attached 20 locations in 11 seconds, 50 pushes to every staff member. Counted per person and
 * fixed window (the Bangkok clock hour and day), and per ticket for attachments.
 *
 * Counted first, then checked: each attempt adds one with `FieldValue.increment` (atomic, also on
 * the embedded emulator, whose transactions are not isolated) and reads the counts back, which
 * include it; of many attempts at once, only those within the limit see a count within it. A
 * refused attempt counts too, which is harmless in a fixed window. Windows start on the clock
 * (not at a person's first attempt, a read-modify-write that concurrent attempts would race);
 * at a window's edge a person gets at most twice the limit within an hour, which still bounds it.
 *
 * Counters sit under a one-way hash of the LINE ID (no ID in clear, nothing of what was sent) and
 * expire by TTL (`expiresAt`) within a day of their window; a deletion request leaves them to
 * expire, so deleting one's data does not reset the limits.
 */
import { createHash } from "node:crypto";
import { FieldValue, Timestamp, type Firestore } from "firebase-admin/firestore";
import { bangkokDay } from "./working-days";

/** Per-person send counters, one document per person, kind and window. */
export const THROTTLES_COLLECTION = "throttles";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const BANGKOK_OFFSET_MS = 7 * HOUR_MS;

/** The limits, from `settings/tickets` (ticket-settings.ts, where the defaults are). */
export interface SendLimits {
  /** New tickets and follow-ups (each is a card to staff) per person per clock hour / Bangkok day. */
  ticketsPerHour: number;
  ticketsPerDay: number;
  /** Photos and locations attached per person per clock hour / Bangkok day. */
  attachmentsPerHour: number;
  attachmentsPerDay: number;
  /** Photos and locations on one ticket. */
  attachmentsPerTicket: number;
}

/** Why an attempt was refused, and from when the person may send again (`null`: not on this ticket). */
export interface Refusal {
  window: "hour" | "day" | "ticket";
  limit: number;
  again: Date | null;
}

interface Counter {
  id: string;
  limit: (limits: SendLimits) => number;
  window: Refusal["window"];
  again: Date | null;
  expiresAt: Date;
}

/** The counts of an attempt, counted already; checked against the limits once they are known. */
export type Counted = (limits: SendLimits) => Refusal | undefined;

const personKey = (userId: string) => createHash("sha256").update(`throttle:${userId}`).digest("hex").slice(0, 24);

function nextBangkokMidnight(at: Date): Date {
  const local = at.getTime() + BANGKOK_OFFSET_MS;
  return new Date(local - (local % DAY_MS) + DAY_MS - BANGKOK_OFFSET_MS);
}

/** The hour and day counters of one person for one kind of thing sent. */
function perPerson(userId: string, kind: string, perHour: Counter["limit"], perDay: Counter["limit"], now: Date): Counter[] {
  const hour = Math.floor(now.getTime() / HOUR_MS);
  const hourEnds = new Date((hour + 1) * HOUR_MS);
  const dayEnds = nextBangkokMidnight(now);
  const who = personKey(userId);
  return [
    { id: `${who}-${kind}-h${hour}`, limit: perHour, window: "hour", again: hourEnds, expiresAt: new Date(hourEnds.getTime() + DAY_MS) },
    { id: `${who}-${kind}-d${bangkokDay(now)}`, limit: perDay, window: "day", again: dayEnds, expiresAt: new Date(dayEnds.getTime() + DAY_MS) },
  ];
}

/**
 * Adds one to every counter (one commit), then reads them back. The limits are needed only for the
 * check, so counting can run while they are read; the first counter over its limit refuses.
 */
async function count(db: Firestore, counters: Counter[]): Promise<Counted> {
  const col = db.collection(THROTTLES_COLLECTION);
  const batch = db.batch();
  for (const c of counters) batch.set(col.doc(c.id), { count: FieldValue.increment(1), expiresAt: Timestamp.fromDate(c.expiresAt) }, { merge: true });
  await batch.commit();
  const snaps = await db.getAll(...counters.map((c) => col.doc(c.id)));
  return (limits) => {
    const over = counters.filter((c, i) => !(Number(snaps[i]?.get("count")) <= c.limit(limits)));
    // The window that lasts longest decides when the person may send again.
    const worst = over.sort((a, b) => (b.again?.getTime() ?? Infinity) - (a.again?.getTime() ?? Infinity))[0];
    return worst && { window: worst.window, limit: worst.limit(limits), again: worst.again };
  };
}

/** Counts a new ticket or follow-up of `userId` (each is a card to staff). */
export function countTicket(db: Firestore, userId: string, now: Date): Promise<Counted> {
  return count(db, perPerson(userId, "tickets", (l) => l.ticketsPerHour, (l) => l.ticketsPerDay, now));
}

/**
 * Counts a photo `userId` sends before any text (it waits for the ticket the text opens): the same
 * per-person counters as attachments, so waiting photos cannot go round the limits. It is not
 * counted again when the ticket opens.
 */
export function countPendingPhoto(db: Firestore, userId: string, now: Date): Promise<Counted> {
  return count(db, perPerson(userId, "attachments", (l) => l.attachmentsPerHour, (l) => l.attachmentsPerDay, now));
}

/** Counts a photo or location `userId` attaches to `ticketId`. */
export function countAttachment(db: Firestore, userId: string, ticketId: string, now: Date): Promise<Counted> {
  const onTicket: Counter = { id: `ticket-${ticketId}`, limit: (l) => l.attachmentsPerTicket, window: "ticket", again: null, expiresAt: new Date(now.getTime() + 90 * DAY_MS) };
  return count(db, [...perPerson(userId, "attachments", (l) => l.attachmentsPerHour, (l) => l.attachmentsPerDay, now), onTicket]);
}
