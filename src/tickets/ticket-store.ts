/**
 * Tickets in Firestore, behind functions named for what they mean. `Timestamp` ↔ `Date` happens
 * here only. The one place two people can collide, two staff answering the same ticket, is decided
 * by `create()` on `ticketAnswers/{ticketId}-{round}` (atomic on real Firestore and in the embedded
 * emulator, whose transactions are not isolated); the ticket update that follows runs in a
 * transaction as real Firestore wants it.
 */
import { FieldValue, Timestamp, type DocumentData, type Firestore } from "firebase-admin/firestore";
import type { Ids } from "../ids";
import { TICKET_COLLECTIONS } from "./collections";
import { isAlreadyExists } from "../store/firestore-errors";
import type { AnswerDelivery, Attachment, Ticket, TicketKind } from "./ticket";
import { MAX_QUESTION_LENGTH } from "./ticket";
import { reserveCode } from "./ticket-codes";
import type { BatchWrite } from "../store/coalescing-firestore";

export interface NewTicket {
  kind: TicketKind;
  citizenId: string;
  citizenName: string | null;
  question: string;
  /** Photos and a location sent before the text that opened it. */
  attachments?: readonly Attachment[];
  /** A confidential complaint, and who alone may see it. */
  confidentialTo?: readonly string[];
  /** For the statistics: when the question was asked (before "send to staff?"), now by default. */
  askedAt?: Date;
  /** For the statistics: the question went through the answerer (counted as one it could not answer). */
  viaAnswerer?: boolean;
  /** For the statistics: opened by an officer or admin, so not a citizen's question. */
  fromStaff?: boolean;
}

export type AnswerClaim =
  | { won: true; ticket: Ticket; round: number }
  | { won: false; reason: "answered" | "closed" | "missing"; ticket: Ticket | undefined };

export interface TicketStore {
  /** Opens a ticket with a fresh code; `alongside` adds writes committed with it, in one atomic call. */
  open(t: NewTicket, at: Date, alongside?: (ticketId: string) => readonly BatchWrite[]): Promise<Ticket>;
  get(id: string): Promise<Ticket | undefined>;
  attach(id: string, attachment: Attachment, at: Date): Promise<void>;
  /** Exactly one caller per answer round wins; the others learn the ticket was answered. */
  claimAnswer(id: string, answer: { text: string; by: string; byName: string | null }, at: Date): Promise<AnswerClaim>;
  setAnswerDelivery(id: string, deliveryId: string, state: AnswerDelivery): Promise<void>;
  /** Remembers a delivery sent to the citizen about the ticket. */
  addDelivery(id: string, deliveryId: string): Promise<void>;
  /**
   * Rates the staff answer of `round` (the ticket's current round by default); undefined when that
   * round has no answer yet, so nothing is rated before it is answered.
   */
  rate(id: string, citizenId: string, rating: number, at: Date, round?: number): Promise<Ticket | undefined>;
  /** The latest answer round that has a staff answer, or undefined. */
  lastAnsweredRound(id: string): Promise<{ round: number; rating: number | null } | undefined>;
  /** A follow-up or reopening: a new answer round. */
  reopen(id: string, followUp: string | null, at: Date): Promise<Ticket | undefined>;
  close(id: string, by: string, at: Date, reason?: string): Promise<Ticket | undefined>;
  assign(id: string, unit: { id: string; name: string }, at: Date): Promise<Ticket | undefined>;
  ofCitizen(citizenId: string, limit: number): Promise<Ticket[]>;
  /** Open tickets, oldest first. */
  openTickets(): Promise<Ticket[]>;
  /** Tickets whose last answer's delivery outcome is not known yet. */
  pendingDeliveries(): Promise<Ticket[]>;
  createdBetween(from: Date, to: Date): Promise<Ticket[]>;
}

const toDate = (v: unknown): Date | null => (v instanceof Timestamp ? v.toDate() : null);
const ts = (d: Date) => Timestamp.fromDate(d);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

function attachmentFromDoc(a: DocumentData): Attachment {
  const at = toDate(a.at) ?? new Date(0);
  return a.type === "location"
    ? { type: "location", latitude: a.latitude, longitude: a.longitude, address: str(a.address), at }
    : { type: "image", messageId: a.messageId, ref: str(a.ref), at };
}

export function ticketFromDoc(id: string, d: DocumentData): Ticket {
  return {
    id,
    code: d.code,
    kind: d.kind,
    status: d.status,
    citizenId: d.citizenId,
    citizenName: str(d.citizenName),
    question: d.question ?? "",
    followUps: Array.isArray(d.followUps) ? d.followUps : [],
    unitId: str(d.unitId),
    unitName: str(d.unitName),
    round: d.round ?? 1,
    answer: str(d.answer),
    answeredBy: str(d.answeredBy),
    answeredByName: str(d.answeredByName),
    answerDelivery: (str(d.answerDelivery) as AnswerDelivery | null) ?? null,
    answerDeliveryId: str(d.answerDeliveryId),
    rating: typeof d.rating === "number" ? d.rating : null,
    attachments: Array.isArray(d.attachments) ? d.attachments.map(attachmentFromDoc) : [],
    createdAt: toDate(d.createdAt) ?? new Date(0),
    openedAt: toDate(d.openedAt) ?? toDate(d.createdAt) ?? new Date(0),
    deliveryIds: Array.isArray(d.deliveryIds) ? d.deliveryIds : [],
    updatedAt: toDate(d.updatedAt) ?? new Date(0),
    firstAnsweredAt: toDate(d.firstAnsweredAt),
    answeredAt: toDate(d.answeredAt),
    closedAt: toDate(d.closedAt),
    closeReason: str(d.closeReason),
    confidential: d.confidential === true,
    confidentialTo: Array.isArray(d.confidentialTo) ? d.confidentialTo.filter((v: unknown): v is string => typeof v === "string") : [],
    anonymized: d.anonymized === true,
  };
}

/** Gregorian `YYYY-MM` in Bangkok: the statistics' month key (shown to people in Buddhist Era). */
export function monthKey(at: Date): string {
  const bkk = new Date(at.getTime() + 7 * 3600 * 1000);
  return `${bkk.getUTCFullYear()}-${String(bkk.getUTCMonth() + 1).padStart(2, "0")}`;
}

export function createTicketStore(db: Firestore, ids: Ids): TicketStore {
  const col = db.collection(TICKET_COLLECTIONS.tickets);
  const answers = db.collection(TICKET_COLLECTIONS.ticketAnswers);

  async function get(id: string): Promise<Ticket | undefined> {
    if (!id || id.includes("/")) return undefined;
    const snap = await col.doc(id).get();
    return snap.exists ? ticketFromDoc(id, snap.data() ?? {}) : undefined;
  }

  return {
    get,
    async open(t, at, alongside = () => []) {
      const ref = col.doc();
      const fieldsWith = (code: string) => ({
        code,
        kind: t.kind,
        status: "open",
        citizenId: t.citizenId,
        citizenName: t.citizenName,
        question: t.question.slice(0, MAX_QUESTION_LENGTH),
        followUps: [],
        unitId: null,
        unitName: null,
        round: 1,
        answer: null,
        answeredBy: null,
        answeredByName: null,
        answerDelivery: null,
        answerDeliveryId: null,
        rating: null,
        attachments: (t.attachments ?? []).map((a) => ({ ...a, at: ts(a.at) })),
        month: monthKey(at),
        createdAt: ts(at),
        openedAt: ts(at),
        deliveryIds: [],
        updatedAt: ts(at),
        firstAnsweredAt: null,
        answeredAt: null,
        closedAt: null,
        closeReason: null,
        askedAt: ts(t.askedAt ?? at),
        viaAnswerer: t.viaAnswerer ?? true,
        fromStaff: t.fromStaff ?? false,
        confidential: t.confidentialTo !== undefined,
        confidentialTo: [...(t.confidentialTo ?? [])],
        anonymized: false,
      });
      const code = await reserveCode(db, ids, t.kind, ref.id, at, (candidate) => [
        (batch) => batch.set(ref, fieldsWith(candidate)),
        ...alongside(ref.id),
      ]);
      // What was written is what a read would return: no round trip to read it back.
      return ticketFromDoc(ref.id, fieldsWith(code));
    },
    async attach(id, attachment, at) {
      await col.doc(id).update({ attachments: FieldValue.arrayUnion({ ...attachment, at: ts(attachment.at) }), updatedAt: ts(at) });
    },
    async claimAnswer(id, answer, at) {
      const before = await get(id);
      if (!before) return { won: false, reason: "missing", ticket: undefined };
      if (before.status !== "open") return { won: false, reason: before.status === "closed" ? "closed" : "answered", ticket: before };
      const round = before.round;
      try {
        await answers.doc(`${id}-${round}`).create({ ticketId: id, round, text: answer.text, by: answer.by, byName: answer.byName, at: ts(at) });
      } catch (err) {
        if (!isAlreadyExists(err)) throw err;
        return { won: false, reason: "answered", ticket: await get(id) };
      }
      await db.runTransaction(async (tx) => {
        const ref = col.doc(id);
        const d = (await tx.get(ref)).data() ?? {};
        tx.update(ref, {
          status: "answered",
          answer: answer.text,
          answeredBy: answer.by,
          answeredByName: answer.byName,
          answeredAt: ts(at),
          firstAnsweredAt: d.firstAnsweredAt ?? ts(at),
          answerDelivery: "pending",
          rating: null,
          updatedAt: ts(at),
        });
      });
      return { won: true, ticket: (await get(id)) as Ticket, round };
    },
    async setAnswerDelivery(id, deliveryId, state) {
      await col.doc(id).update({ answerDelivery: state, answerDeliveryId: deliveryId, ...(deliveryId === "none" ? {} : { deliveryIds: FieldValue.arrayUnion(deliveryId) }) });
    },
    async addDelivery(id, deliveryId) {
      await col.doc(id).update({ deliveryIds: FieldValue.arrayUnion(deliveryId) });
    },
    async rate(id, citizenId, rating, at, round) {
      const t = await get(id);
      if (!t || t.citizenId !== citizenId) return undefined;
      const r = round ?? t.round;
      const answer = answers.doc(`${id}-${r}`);
      if (!(await answer.get()).exists) return undefined;
      await answer.update({ rating, ratedAt: ts(at) });
      if (r === t.round) await col.doc(id).update({ rating, ratedAt: ts(at), updatedAt: ts(at) });
      return get(id);
    },
    async lastAnsweredRound(id) {
      const snap = await answers.where("ticketId", "==", id).get();
      const last = snap.docs.map((d) => ({ round: Number(d.get("round")), rating: typeof d.get("rating") === "number" ? Number(d.get("rating")) : null })).sort((a, b) => b.round - a.round)[0];
      return last;
    },
    async reopen(id, followUp, at) {
      const t = await get(id);
      if (!t) return undefined;
      await col.doc(id).update({
        status: "open",
        round: FieldValue.increment(1),
        ...(followUp ? { followUps: FieldValue.arrayUnion(followUp.slice(0, MAX_QUESTION_LENGTH)) } : {}),
        openedAt: ts(at),
        closedAt: null,
        closeReason: null,
        updatedAt: ts(at),
      });
      return get(id);
    },
    async close(id, by, at, reason) {
      const t = await get(id);
      if (!t) return undefined;
      await col.doc(id).update({ status: "closed", closedBy: by, closedAt: ts(at), closeReason: reason ?? null, updatedAt: ts(at) });
      return get(id);
    },
    async assign(id, unit, at) {
      const t = await get(id);
      if (!t) return undefined;
      await col.doc(id).update({ unitId: unit.id, unitName: unit.name, updatedAt: ts(at) });
      return get(id);
    },
    async ofCitizen(citizenId, limit) {
      const snap = await col.where("citizenId", "==", citizenId).get();
      return snap.docs
        .map((d) => ticketFromDoc(d.id, d.data()))
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .slice(0, limit);
    },
    async openTickets() {
      const snap = await col.where("status", "==", "open").get();
      return snap.docs.map((d) => ticketFromDoc(d.id, d.data())).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },
    async pendingDeliveries() {
      const snap = await col.where("answerDelivery", "==", "pending").get();
      return snap.docs.map((d) => ticketFromDoc(d.id, d.data()));
    },
    async createdBetween(from, to) {
      const snap = await col.where("createdAt", ">=", ts(from)).where("createdAt", "<", ts(to)).get();
      return snap.docs.map((d) => ticketFromDoc(d.id, d.data()));
    },
  };
}
