/**
 * FAQ entries in Firestore (`faqs/F{n}`): staff answers worth keeping, with the question wordings
 * that should find them. Every change bumps `settings/faqVersion`, which every instance's answerer
 * watches, so a new entry is used at once where it was written and within seconds elsewhere.
 * Short IDs (F1, F2…) are reserved with `create()` so two admins adding at once get different ones.
 */
import { FieldValue, Timestamp, type Firestore } from "firebase-admin/firestore";
import type { FaqEntry } from "../qa/answerer";
import { TICKET_COLLECTIONS } from "../tickets/collections";
import { isAlreadyExists } from "../store/firestore-errors";

export interface StoredFaq extends FaqEntry {
  createdBy: string;
  sourceTicketId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface FaqStore {
  list(): Promise<StoredFaq[]>;
  get(id: string): Promise<StoredFaq | undefined>;
  add(entry: { questions: string[]; answer: string; createdBy: string; sourceTicketId?: string }, at: Date): Promise<StoredFaq>;
  setAnswer(id: string, answer: string, at: Date): Promise<StoredFaq | undefined>;
  addQuestions(id: string, questions: string[], at: Date): Promise<StoredFaq | undefined>;
  remove(id: string): Promise<boolean>;
  /** Entries saved from these tickets. */
  fromTickets(ticketIds: readonly string[]): Promise<StoredFaq[]>;
  /**
   * Removes the wordings `drop` picks from an entry (a citizen's words, on a PDPA deletion or an
   * unsent message); an entry left with none is removed. Returns whether anything changed.
   */
  dropQuestions(id: string, drop: (question: string) => boolean, at: Date): Promise<boolean>;
  /** The version counter every change bumps. */
  version(): Promise<number>;
}

/** Longest FAQ answer: one LINE text message, with room to spare. */
export const MAX_FAQ_ANSWER = 2000;
const MAX_QUESTION = 300;

export const FAQ_ID = /^F\d{1,6}$/;

const idNumber = (id: string) => Number(id.slice(1));

export function createFaqStore(db: Firestore): FaqStore {
  const col = db.collection(TICKET_COLLECTIONS.faqs);
  const versionDoc = db.collection(TICKET_COLLECTIONS.settings).doc("faqVersion");
  const bump = () => versionDoc.set({ version: FieldValue.increment(1) }, { merge: true });

  const fromDoc = (id: string, d: FirebaseFirestore.DocumentData): StoredFaq => ({
    id,
    questions: Array.isArray(d.questions) ? d.questions.filter((q: unknown): q is string => typeof q === "string") : [],
    answer: String(d.answer ?? ""),
    createdBy: String(d.createdBy ?? ""),
    sourceTicketId: typeof d.sourceTicketId === "string" ? d.sourceTicketId : null,
    createdAt: d.createdAt instanceof Timestamp ? d.createdAt.toDate() : new Date(0),
    updatedAt: d.updatedAt instanceof Timestamp ? d.updatedAt.toDate() : new Date(0),
  });

  async function get(id: string): Promise<StoredFaq | undefined> {
    if (!FAQ_ID.test(id)) return undefined;
    const snap = await col.doc(id).get();
    return snap.exists ? fromDoc(id, snap.data() ?? {}) : undefined;
  }

  const clean = (qs: string[]) => [...new Set(qs.map((q) => q.trim().slice(0, MAX_QUESTION)).filter(Boolean))];

  return {
    get,
    async list() {
      const snap = await col.get();
      return snap.docs.map((d) => fromDoc(d.id, d.data())).sort((a, b) => idNumber(a.id) - idNumber(b.id));
    },
    async add(entry, at) {
      const existing = await col.get();
      let n = existing.docs.reduce((max, d) => Math.max(max, FAQ_ID.test(d.id) ? idNumber(d.id) : 0), 0) + 1;
      for (let attempt = 0; attempt < 20; attempt++, n++) {
        try {
          await col.doc(`F${n}`).create({
            questions: clean(entry.questions),
            answer: entry.answer.trim().slice(0, MAX_FAQ_ANSWER),
            createdBy: entry.createdBy,
            sourceTicketId: entry.sourceTicketId ?? null,
            createdAt: Timestamp.fromDate(at),
            updatedAt: Timestamp.fromDate(at),
          });
          await bump();
          return (await get(`F${n}`)) as StoredFaq;
        } catch (err) {
          if (!isAlreadyExists(err)) throw err;
        }
      }
      throw new Error("no free FAQ ID");
    },
    async setAnswer(id, answer, at) {
      if (!(await get(id))) return undefined;
      await col.doc(id).update({ answer: answer.trim().slice(0, MAX_FAQ_ANSWER), updatedAt: Timestamp.fromDate(at) });
      await bump();
      return get(id);
    },
    async addQuestions(id, questions, at) {
      const faq = await get(id);
      if (!faq) return undefined;
      await col.doc(id).update({ questions: clean([...faq.questions, ...questions]), updatedAt: Timestamp.fromDate(at) });
      await bump();
      return get(id);
    },
    async remove(id) {
      if (!(await get(id))) return false;
      await col.doc(id).delete();
      await bump();
      return true;
    },
    async fromTickets(ticketIds) {
      const out: StoredFaq[] = [];
      // `in` takes at most 30 values.
      for (let i = 0; i < ticketIds.length; i += 30) {
        const snap = await col.where("sourceTicketId", "in", ticketIds.slice(i, i + 30)).get();
        out.push(...snap.docs.map((d) => fromDoc(d.id, d.data())));
      }
      return out;
    },
    async dropQuestions(id, drop, at) {
      const faq = await get(id);
      if (!faq) return false;
      const kept = faq.questions.filter((q) => !drop(q));
      if (kept.length === faq.questions.length) return false;
      if (kept.length === 0) await col.doc(id).delete();
      else await col.doc(id).update({ questions: kept, updatedAt: Timestamp.fromDate(at) });
      await bump();
      return true;
    },
    async version() {
      return Number((await versionDoc.get()).get("version") ?? 0);
    },
  };
}
