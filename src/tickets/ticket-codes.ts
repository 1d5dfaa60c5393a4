/**
 * Ticket codes a person can read out on the phone: one letter and four digits, "Q-4827" for a
 * question and "R-4827" for a request. Uniqueness comes from `create()` on `ticketCodes/{code}`
 * (atomic, also in the embedded emulator), never from a read-then-write.
 */
import type { Firestore } from "firebase-admin/firestore";
import type { BatchWrite } from "../store/coalescing-firestore";
import type { Ids } from "../ids";
import { isAlreadyExists } from "../store/firestore-errors";
import type { TicketKind } from "./ticket";
import { TICKET_COLLECTIONS } from "./collections";

const PREFIX: Record<TicketKind, string> = { question: "Q", request: "R" };
const ATTEMPTS = 8;

/** A candidate code from a UUID (so an injected ID generator makes codes deterministic in tests). */
export function codeFrom(kind: TicketKind, uuid: string, digits = 4): string {
  const n = parseInt(uuid.replace(/[^0-9a-f]/gi, "").slice(0, 12) || "0", 16);
  const low = 10 ** (digits - 1);
  return `${PREFIX[kind]}-${low + (n % (9 * low))}`;
}

/** Codes are typed back by people: accept "q4827", "Q 4827", "คิว-4827" is too much; Latin only. */
export function normalizeCode(text: string): string | undefined {
  const m = /^\s*([QqRr])\s*-?\s*(\d{4,6})\s*$/.exec(text);
  return m ? `${m[1]!.toUpperCase()}-${m[2]}` : undefined;
}

/**
 * Reserves a fresh code for `ticketId`; after a few collisions it uses five digits. `alongside`
 * gives writes that need the code (the ticket itself): they are committed with the reservation, in
 * one atomic call, so there is never a ticket without its code nor a code without its ticket.
 * A commit refused because the ticket itself is there already (`opts.refusedForTicket` says so)
 * is not a collision: then no code is reserved and `undefined` is returned.
 */
export async function reserveCode(
  db: Firestore,
  ids: Ids,
  kind: TicketKind,
  ticketId: string,
  at: Date,
  alongside: (code: string) => readonly BatchWrite[] = () => [],
  opts: { refusedForTicket?: () => Promise<boolean> } = {},
): Promise<string | undefined> {
  const col = db.collection(TICKET_COLLECTIONS.ticketCodes);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const code = codeFrom(kind, ids.uuid(), attempt < ATTEMPTS / 2 ? 4 : 5);
    try {
      // The reservation goes first: a commit refused for it has written nothing (the emulator
      // stops at the first refused write; real Firestore refuses the whole commit).
      const batch = db.batch().create(col.doc(code), { ticketId, at });
      for (const write of alongside(code)) write(batch);
      await batch.commit();
      return code;
    } catch (err) {
      if (!isAlreadyExists(err)) throw err;
      if (await opts.refusedForTicket?.()) return undefined;
    }
  }
  throw new Error("no free ticket code after several attempts");
}

export async function ticketIdOfCode(db: Firestore, code: string): Promise<string | undefined> {
  const d = (await db.collection(TICKET_COLLECTIONS.ticketCodes).doc(code).get()).data();
  return typeof d?.ticketId === "string" ? d.ticketId : undefined;
}
