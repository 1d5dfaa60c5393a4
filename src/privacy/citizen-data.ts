/**
 * Every place the bot keeps data, and what of a citizen's each one keeps (PDPA). A place that keeps
 * a citizen's words, photos, name or LINE ID says how to erase them: all of them when the citizen
 * asks ("ลบข้อมูลของฉัน", forget-citizen.ts), and one message's when they unsend it (unsend.ts). A
 * place that keeps nothing of theirs says why.
 *
 * test/privacy/citizen-data.test.ts reads every document the bot wrote in a scripted session with
 * every citizen flow, fails on a collection that is not listed here, and checks that each place
 * that holds a citizen's words holds none of them after a deletion: a new collection cannot be
 * forgotten. Add a collection here in the same change that first writes it.
 */
import type { Firestore } from "firebase-admin/firestore";
import { Timestamp } from "firebase-admin/firestore";
import type { ConversationStore } from "../bot/conversation-store";
import { createQaContextStore } from "../bot/qa-context-store";
import type { CapabilityServices } from "../capabilities";
import { createFaqStore, type FaqStore } from "../faq/faq-store";
import type { DeliveryStore } from "../outbox/delivery-store";
import { LINK_CODE_ATTEMPTS_COLLECTION, LINK_CODE_REDEMPTIONS_COLLECTION, LINK_CODES_COLLECTION } from "../people/link-codes";
import { STAFF_LISTINGS_COLLECTION } from "../people/staff-directory";
import { PLAN_COLLECTIONS } from "../plan/plan-store";
import { PROGRESS_COLLECTIONS } from "../progress/progress-store";
import { REMINDER_LOG_COLLECTION } from "../progress/reminders";
import { REPORT_LINKS_COLLECTION } from "../progress/report-links";
import { UNITS_COLLECTION } from "../units/units-store";
import { COLLECTIONS } from "../store/collections";
import type { AttachmentStore } from "../tickets/attachment-store";
import { pendingFolder, pendingIn } from "../tickets/chat/pending-attachments";
import { TICKET_COLLECTIONS } from "../tickets/collections";
import { THROTTLES_COLLECTION } from "../tickets/throttle";
import type { Ticket } from "../tickets/ticket";
import { quotesCitizen } from "./quotes-citizen";

/** What erasing one citizen's data works from. */
export interface Erasure {
  db: Firestore;
  deliveries: DeliveryStore;
  faqs: FaqStore;
  conversations: ConversationStore;
  /** Where their photos are; without it there are none (only LINE's message IDs were kept). */
  attachments: AttachmentStore | undefined;
  userId: string;
  at: Date;
  /** The citizen's tickets, read once before any place is erased. */
  tickets: readonly Ticket[];
  /** What replaces their LINE ID where a record stays (a ticket, for the statistics). */
  token: string;
}

/** Services an erasure works with. */
export type ErasureServices = Pick<CapabilityServices, "db" | "ids" | "logger" | "conversations" | "outbox">;

/** The stores every erasure writes through, for one citizen at one moment. */
export function erasureOf(services: ErasureServices, userId: string, at: Date, attachments: AttachmentStore | undefined) {
  const { db } = services;
  return { db, deliveries: services.outbox.store, faqs: createFaqStore(db), conversations: services.conversations, attachments, userId, at };
}

/** What one unsent message left, found on the citizen's tickets before any place is erased. */
export interface Unsent extends Omit<Erasure, "token"> {
  messageId: string;
  /** Texts the message was (a question or follow-up): what copies of it are found by. */
  texts: readonly string[];
  /** Stored photos the message was. */
  photoRefs: readonly string[];
}

export interface CitizenDataPlace {
  /** A top-level Firestore collection (its subcollections included), or `storage:<prefix>` for files. */
  name: string;
  /** What of a citizen's it keeps, or why it keeps nothing of theirs. */
  keeps: string;
  /** Erases what it keeps of the citizen; absent where it keeps nothing of theirs. */
  forget?(e: Erasure): Promise<void>;
  /** Erases what it keeps of one message the citizen unsent; absent where it keeps no message's content. */
  unsend?(u: Unsent): Promise<void>;
}


const nothing = (why: string) => ({ keeps: `nothing of a citizen's: ${why}` });

async function deleteDoc(db: Firestore, collection: string, id: string): Promise<void> {
  await db.collection(collection).doc(id).delete();
}

/** The citizen's texts on a ticket (its question and follow-ups). */
const textsOf = (t: Ticket) => [t.question, ...t.followUps].filter((s) => s.length > 0);

/** Deliveries about a ticket: those that name it (`ref`/`about`), and those the ticket names (older ones). */
async function deliveriesAbout(deliveries: DeliveryStore, t: Ticket): Promise<string[]> {
  return [...new Set([...(await deliveries.about(`ticketId:${t.id}`)).map((d) => d.id), ...t.deliveryIds])];
}

export const CITIZEN_DATA_PLACES: readonly CitizenDataPlace[] = [
  {
    name: COLLECTIONS.people,
    keeps: "their LINE ID, display name, role and follow state",
    forget: (e) => deleteDoc(e.db, COLLECTIONS.people, e.userId),
  },
  {
    name: COLLECTIONS.conversations,
    keeps: "their 1:1 chat's flow, e.g. a question of theirs waiting for 'send to staff?', or photos and a location sent before the text",
    async forget(e) {
      // Photos sent before any text, still waiting for a ticket, go too.
      for (const item of pendingIn(await e.conversations.get(e.userId, e.at))) {
        if (item.type === "image" && item.ref) await e.attachments?.remove(item.ref).catch(() => undefined);
      }
      await e.conversations.clear(e.userId);
    },
    async unsend(u) {
      const state = await u.conversations.get(u.userId, u.at);
      if (!state) return;
      if (state.data.messageId === u.messageId) return u.conversations.clear(u.userId);
      const pending = pendingIn(state);
      const unsent = pending.filter((i) => i.type === "image" && i.messageId === u.messageId);
      if (!unsent.length) return;
      for (const item of unsent) if (item.type === "image" && item.ref) await u.attachments?.remove(item.ref).catch(() => undefined);
      // The rest still waits for the text, for as long as it was going to.
      const rest = pending.filter((i) => !(i.type === "image" && i.messageId === u.messageId));
      await u.conversations.start(u.userId, state.flow, { ...state.data, pending: rest }, u.at, state.expiresAt.getTime() - u.at.getTime());
    },
  },
  {
    name: COLLECTIONS.qaContexts,
    keeps: "what their 1:1 chat's last answer was about (never their words), under their LINE ID; a group's is the group's",
    forget: (e) => createQaContextStore(e.db).clear(e.userId),
  },
  {
    name: TICKET_COLLECTIONS.tickets,
    keeps: "their questions, follow-ups, photos' references, locations, name and LINE ID",
    async forget(e) {
      for (const t of e.tickets) {
        await e.db.collection(TICKET_COLLECTIONS.tickets).doc(t.id).update({
          citizenId: e.token,
          citizenName: null,
          question: "",
          questionMessageId: null,
          followUps: [],
          followUpMessageIds: [],
          messageIds: [],
          answer: null,
          attachments: [],
          anonymized: true,
          anonymizedAt: Timestamp.fromDate(e.at),
          // They no longer wait for an answer: out of the queue and the reminders (issue 15).
          ...(t.status === "open" ? { status: "closed", closedBy: "citizen-deleted-data", closeReason: "data-deleted", closedAt: Timestamp.fromDate(e.at) } : {}),
        });
      }
    },
    async unsend(u) {
      for (const t of u.tickets) {
        const follow = t.followUpMessageIds.map((id, i) => ({ id, i })).filter((f) => f.id !== u.messageId);
        const attachments = t.attachments.filter((a) => a.messageId !== u.messageId);
        const unsentQuestion = t.questionMessageId === u.messageId;
        await u.db.collection(TICKET_COLLECTIONS.tickets).doc(t.id).update({
          ...(unsentQuestion ? { question: "", questionMessageId: null } : {}),
          followUps: follow.map((f) => t.followUps[f.i] ?? ""),
          followUpMessageIds: follow.map((f) => f.id),
          attachments: attachments.map((a) => ({ ...a, at: Timestamp.fromDate(a.at) })),
          messageIds: t.messageIds.filter((id) => id !== u.messageId),
          updatedAt: Timestamp.fromDate(u.at),
        });
      }
    },
  },
  {
    name: TICKET_COLLECTIONS.ticketAnswers,
    keeps: "staff answers to them, which may quote them",
    async forget(e) {
      for (const t of e.tickets) {
        for (let round = 1; round <= t.round; round++) {
          const ref = e.db.collection(TICKET_COLLECTIONS.ticketAnswers).doc(`${t.id}-${round}`);
          if ((await ref.get()).exists) await ref.update({ text: "" });
        }
      }
    },
  },
  {
    name: "storage:tickets/",
    keeps: "their photos (local disk or Cloud Storage): on their tickets, and sent before any text in a folder of their own",
    async forget(e) {
      for (const t of e.tickets) for (const a of t.attachments) if (a.type === "image" && a.ref) await e.attachments?.remove(a.ref);
      // Photos sent before a text are in their own folder, also those whose wait is over (no record names them then).
      await e.attachments?.removeFolder(pendingFolder(e.userId));
    },
    async unsend(u) {
      for (const ref of u.photoRefs) await u.attachments?.remove(ref);
    },
  },
  {
    name: COLLECTIONS.deliveries,
    keeps: "messages about their tickets: staff cards and reminders quoting them, answers and notices to them (with their LINE ID)",
    async forget(e) {
      for (const t of e.tickets) {
        for (const id of await deliveriesAbout(e.deliveries, t)) {
          await e.deliveries.scrub(id, { reason: "ลบตามคำขอของเจ้าของข้อมูล", person: { from: e.userId, to: e.token } }, e.at);
        }
      }
    },
    async unsend(u) {
      for (const t of u.tickets) {
        for (const d of await Promise.all((await deliveriesAbout(u.deliveries, t)).map((id) => u.deliveries.get(id)))) {
          const json = JSON.stringify(d?.messages ?? []);
          // Cards show a text cut short: its start is what finds them.
          if (d && [...u.texts, ...u.photoRefs].some((s) => json.includes(JSON.stringify(s.slice(0, 30)).slice(1, -1)))) {
            await u.deliveries.scrub(d.id, { reason: "ผู้ส่งยกเลิกข้อความ" }, u.at);
          }
        }
      }
    },
  },
  {
    name: TICKET_COLLECTIONS.faqs,
    keeps: "since FAQ entries are written by staff (and refused when they quote the citizen), none; entries saved from a ticket before that copied its question",
    async forget(e) {
      for (const t of e.tickets) {
        const citizen = { name: t.citizenName, texts: textsOf(t) };
        for (const faq of await e.faqs.fromTickets([t.id])) {
          // An answer that names or quotes them cannot be kept in part: the entry goes.
          if (quotesCitizen(faq.answer, citizen)) await e.faqs.remove(faq.id);
          else await e.faqs.dropQuestions(faq.id, (q) => quotesCitizen(q, citizen), e.at);
        }
      }
    },
    async unsend(u) {
      const unsent = { name: null, texts: u.texts };
      for (const faq of await u.faqs.fromTickets(u.tickets.map((t) => t.id))) await u.faqs.dropQuestions(faq.id, (q) => quotesCitizen(q, unsent), u.at);
    },
  },
  {
    name: LINK_CODE_ATTEMPTS_COLLECTION,
    keeps: "a count of unit codes a person tried, under their LINE ID, for an hour (TTL)",
    async forget(e) {
      const col = e.db.collection(LINK_CODE_ATTEMPTS_COLLECTION);
      const snap = await col.where("userId", "==", e.userId).get();
      await Promise.all([col.doc(e.userId).delete(), ...snap.docs.map((d) => d.ref.delete())]);
    },
  },
  { name: THROTTLES_COLLECTION, ...nothing("counts of what a person sent per hour and day, under a one-way hash of their LINE ID; expire within a day (TTL)") },
  { name: COLLECTIONS.webhookEvents, ...nothing("event IDs, kinds and states, for dedupe; no user ID, no content") },
  { name: COLLECTIONS.announcements, ...nothing("what admins announced") },
  { name: COLLECTIONS.counters, ...nothing("numbers") },
  { name: TICKET_COLLECTIONS.ticketCodes, ...nothing("a ticket code → ticket ID") },
  { name: TICKET_COLLECTIONS.ticketReminders, ...nothing("which ticket was reminded on which day") },
  { name: TICKET_COLLECTIONS.qaStats, ...nothing("counts per month") },
  { name: TICKET_COLLECTIONS.settings, ...nothing("the staff group's ID, ticket settings, the FAQ version") },
  { name: PROGRESS_COLLECTIONS.reports, ...nothing("officers' official progress reports") },
  { name: PROGRESS_COLLECTIONS.states, ...nothing("each activity's latest progress") },
  { name: PROGRESS_COLLECTIONS.evidence, ...nothing("officers' evidence photos for reports") },
  { name: REMINDER_LOG_COLLECTION, ...nothing("which progress reminder went to which unit") },
  { name: REPORT_LINKS_COLLECTION, ...nothing("hashes of admins' report links") },
  { name: UNITS_COLLECTION, ...nothing("the organisation's units") },
  { name: PLAN_COLLECTIONS.plans, ...nothing("the plans of each fiscal year, and which admin activated them") },
  { name: PLAN_COLLECTIONS.revisions, ...nothing("earlier versions of a plan, by the admin who made them") },
  { name: PLAN_COLLECTIONS.uploads, ...nothing("plan files an admin sent, waiting for confirmation") },
  { name: STAFF_LISTINGS_COLLECTION, ...nothing("an admin's numbered list of staff") },
  { name: LINK_CODES_COLLECTION, ...nothing("hashes of unit codes") },
  { name: LINK_CODE_REDEMPTIONS_COLLECTION, ...nothing("which officer used which unit code") },
];
