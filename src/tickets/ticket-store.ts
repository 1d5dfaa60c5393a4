/**
 * Tickets in Firestore, behind functions named for what they mean. `Timestamp` ↔ `Date` happens
 * here only. The one place two people can collide, two staff answering the same ticket, is decided
 * by `create()` on `ticketAnswers/{ticketId}-{round}` (atomic on real Firestore and in the embedded
 * emulator, whose transactions are not isolated); the ticket update that follows runs in a
 * transaction as real Firestore wants it.
 */
import { createHash } from "node:crypto";
import { FieldValue, Timestamp, type DocumentData, type Firestore } from "firebase-admin/firestore";
import type { Ids } from "../ids";
import { TICKET_COLLECTIONS } from "./collections";
import { isAlreadyExists } from "../store/firestore-errors";
import type { AnswerDelivery, Attachment, Ticket, TicketKind } from "./ticket";
import { MAX_QUESTION_LENGTH } from "./ticket";
import { reserveCode } from "./ticket-codes";
import type { BatchWrite } from "../store/coalescing-firestore";

export interface NewTicket {
  /**
   * The ticket's ID, derived from the webhook event that opens it ({@link ticketIdForEvent}), so
   * that handling the event again finds this ticket instead of opening another; a fresh ID when absent.
   */
  id?: string;
  kind: TicketKind;
  citizenId: string;
  citizenName: string | null;
  question: string;
  /** LINE's ID of the message the question was, so that unsending it can remove it. */
  questionMessageId?: string | null;
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
  /**
   * Opens a ticket with a fresh code; `alongside` adds writes committed with it, in one atomic
   * call, given the ticket as it is written (its code included: a staff card can quote it). When a ticket with `t.id` is there already (the same event handled again), that ticket is
   * returned and nothing is written.
   */
  open(t: NewTicket, at: Date, alongside?: (ticket: Ticket) => readonly BatchWrite[]): Promise<Ticket>;
  get(id: string): Promise<Ticket | undefined>;
  attach(id: string, attachment: Attachment, at: Date): Promise<void>;
  /**
   * Exactly one caller per answer round wins; the others learn the ticket was answered. The same
   * webhook event claiming again (`eventId`: a redelivery after its claim landed) wins again.
   */
  claimAnswer(id: string, answer: { text: string; by: string; byName: string | null; eventId?: string }, at: Date): Promise<AnswerClaim>;
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
  /**
   * A follow-up or reopening: a new answer round. A follow-up whose message (`messageId`) is on the
   * ticket already changes nothing (the same message handled again).
   */
  reopen(id: string, followUp: string | null, at: Date, messageId?: string): Promise<Ticket | undefined>;
  /**
   * Closes the ticket, with why (a close reason) and which webhook event did it (`eventId`), so
   * handling that event again can tell.
   */
  close(id: string, by: string, at: Date, how?: { reason?: string; eventId?: string }): Promise<Ticket | undefined>;
  assign(id: string, unit: { id: string; name: string }, at: Date): Promise<Ticket | undefined>;
  ofCitizen(citizenId: string, limit: number): Promise<Ticket[]>;
  /** The citizen's tickets that hold what a message of theirs said or showed (question, follow-up, photo, location). */
  withMessage(citizenId: string, messageId: string): Promise<Ticket[]>;
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
    ? { type: "location", messageId: str(a.messageId), latitude: a.latitude, longitude: a.longitude, address: str(a.address), at }
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
    questionMessageId: str(d.questionMessageId),
    followUps: Array.isArray(d.followUps) ? d.followUps : [],
    followUpMessageIds: Array.isArray(d.followUpMessageIds) ? d.followUpMessageIds : [],
    messageIds: Array.isArray(d.messageIds) ? d.messageIds : [],
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
    closedByEvent: str(d.closedByEvent),
    closeReason: str(d.closeReason),
    confidential: d.confidential === true,
    confidentialTo: Array.isArray(d.confidentialTo) ? d.confidentialTo.filter((v: unknown): v is string => typeof v === "string") : [],
    anonymized: d.anonymized === true,
  };
}

/** Gregorian `YYYY-MM` in Bangkok: the statistics' month key (shown to people in Buddhist Era). */
/**
 * The ID of the ticket a webhook event opens: derived from LINE's webhookEventId, so the event
 * handled again (a redelivery after a failure half-way, or a handler that outlived the webhook's
 * deadline) finds the ticket it opened instead of opening a second one.
 */
export function ticketIdForEvent(eventId: string): string {
  return createHash("sha256").update(`ticket:${eventId}`).digest("hex").slice(0, 20);
}

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
      const ref = t.id === undefined ? col.doc() : col.doc(t.id);
      const fieldsWith = (code: string) => ({
        code,
        kind: t.kind,
        status: "open",
        citizenId: t.citizenId,
        citizenName: t.citizenName,
        question: t.question.slice(0, MAX_QUESTION_LENGTH),
        questionMessageId: t.questionMessageId ?? null,
        followUps: [],
        followUpMessageIds: [],
        messageIds: t.questionMessageId ? [t.questionMessageId] : [],
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
      // No read first: a ticket that is there already refuses the commit (`create()`), and only
      // then is it read. On the embedded emulator, whose commits are not atomic, the code reserved
      // by that refused commit stays, naming the same ticket: harmless.
      let there: Ticket | undefined;
      const code = await reserveCode(db, ids, t.kind, ref.id, at, (candidate) => [(batch) => batch.create(ref, fieldsWith(candidate)), ...alongside(ticketFromDoc(ref.id, fieldsWith(candidate)))], {
        refusedForTicket: async () => (there = t.id === undefined ? undefined : await get(ref.id)) !== undefined,
      });
      if (code === undefined && there) return there;
      // What was written is what a read would return: no round trip to read it back.
      return ticketFromDoc(ref.id, fieldsWith(code as string));
    },
    async attach(id, attachment, at) {
      // Two writes of one transform each, in one commit: the embedded emulator applies only the
      // first transform of a write (measured), real Firestore all of them.
      const batch = db.batch().update(col.doc(id), { attachments: FieldValue.arrayUnion({ ...attachment, at: ts(attachment.at) }), updatedAt: ts(at) });
      if (attachment.messageId) batch.update(col.doc(id), { messageIds: FieldValue.arrayUnion(attachment.messageId) });
      await batch.commit();
    },
    async claimAnswer(id, answer, at) {
      const before = await get(id);
      if (!before) return { won: false, reason: "missing", ticket: undefined };
      const round = before.round;
      const ref = answers.doc(`${id}-${round}`);
      const ownClaim = async () => answer.eventId !== undefined && (await ref.get()).get("eventId") === answer.eventId;
      if (before.status !== "open") {
        if (before.status === "answered" && (await ownClaim())) return { won: true, ticket: before, round };
        return { won: false, reason: before.status === "closed" ? "closed" : "answered", ticket: before };
      }
      try {
        await ref.create({ ticketId: id, round, text: answer.text, by: answer.by, byName: answer.byName, eventId: answer.eventId ?? null, at: ts(at) });
      } catch (err) {
        if (!isAlreadyExists(err)) throw err;
        // The same event claimed before and stopped before the ticket was updated: carry on.
        if (!(await ownClaim())) return { won: false, reason: "answered", ticket: await get(id) };
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
    async reopen(id, followUp, at, messageId) {
      const t = await get(id);
      if (!t) return undefined;
      if (messageId !== undefined && t.followUpMessageIds.includes(messageId)) return t;
      await col.doc(id).update({
        status: "open",
        round: FieldValue.increment(1),
        // Written whole, not by arrayUnion, so that the same text asked twice is kept twice and
        // each follow-up stays next to the ID of the message it was (unsend removes it by that ID).
        ...(followUp
          ? { followUps: [...t.followUps, followUp.slice(0, MAX_QUESTION_LENGTH)], followUpMessageIds: [...t.followUpMessageIds, messageId ?? null] }
          : {}),
        ...(messageId ? { messageIds: [...t.messageIds, messageId] } : {}),
        openedAt: ts(at),
        closedAt: null,
        closeReason: null,
        updatedAt: ts(at),
      });
      return get(id);
    },
    async close(id, by, at, how = {}) {
      const t = await get(id);
      if (!t) return undefined;
      await col.doc(id).update({ status: "closed", closedBy: by, closedByEvent: how.eventId ?? null, closedAt: ts(at), closeReason: how.reason ?? null, updatedAt: ts(at) });
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
    async withMessage(citizenId, messageId) {
      const snap = await col.where("messageIds", "array-contains", messageId).get();
      return snap.docs.map((d) => ticketFromDoc(d.id, d.data())).filter((t) => t.citizenId === citizenId);
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
