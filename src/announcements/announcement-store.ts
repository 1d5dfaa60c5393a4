/**
 * Announcements in Firestore: `announcements/{draftId}` (created once with `create()`, so a draft
 * confirmed twice stays one announcement) and `announcements/{id}/events/*`, an append-only
 * audit trail. Numbers come from a counter in a transaction, so two admins never get the same one.
 */
import { FieldValue, Timestamp, type DocumentData, type Firestore } from "firebase-admin/firestore";
import { COLLECTIONS } from "../store/collections";
import type { Announcement, AudienceChoice } from "./announcement";
import { isAlreadyExists } from "../store/firestore-errors";

export type NewAnnouncement = Omit<Announcement, "number" | "cancelledBy" | "cancelledAt">;

export interface AnnouncementStore {
  get(id: string): Promise<Announcement | undefined>;
  byNumber(n: number): Promise<Announcement | undefined>;
  /** Creates it with the next number; when the ID exists already, returns that one unchanged. */
  create(a: NewAnnouncement): Promise<{ announcement: Announcement; created: boolean }>;
  markCancelled(id: string, by: string, at: Date): Promise<void>;
  /** Newest first. */
  latest(limit: number): Promise<Announcement[]>;
  events(id: string): Promise<Array<{ type: string; by: string; at: Date }>>;
}

const toDate = (v: unknown): Date | undefined => (v instanceof Timestamp ? v.toDate() : undefined);
const COUNTER = "announcements";

function fromDoc(id: string, d: DocumentData): Announcement {
  return {
    id,
    number: d.number,
    text: d.text,
    link: d.link ?? undefined,
    imageUrl: d.imageUrl ?? undefined,
    createdBy: d.createdBy,
    createdByName: d.createdByName ?? undefined,
    createdAt: toDate(d.createdAt) ?? new Date(0),
    audience: d.audience as AudienceChoice,
    recipientCount: d.recipientCount ?? 0,
    recipientCountIsEstimate: d.recipientCountIsEstimate === true,
    scheduledFor: toDate(d.scheduledFor),
    deliveryId: d.deliveryId,
    cancelledBy: d.cancelledBy ?? undefined,
    cancelledAt: toDate(d.cancelledAt),
  };
}

export function createAnnouncementStore(db: Firestore): AnnouncementStore {
  const col = db.collection(COLLECTIONS.announcements);
  const counter = db.collection(COLLECTIONS.counters).doc(COUNTER);

  async function get(id: string): Promise<Announcement | undefined> {
    const snap = await col.doc(id).get();
    return snap.exists ? fromDoc(id, snap.data() ?? {}) : undefined;
  }

  async function nextNumber(): Promise<number> {
    return db.runTransaction(async (tx) => {
      const current = Number((await tx.get(counter)).get("next") ?? 1);
      tx.set(counter, { next: current + 1 }, { merge: true });
      return current;
    });
  }

  return {
    get,
    async byNumber(n) {
      const snap = await col.where("number", "==", n).limit(1).get();
      const doc = snap.docs[0];
      return doc ? fromDoc(doc.id, doc.data()) : undefined;
    },
    async create(a) {
      const existing = await get(a.id);
      if (existing) return { announcement: existing, created: false };
      const number = await nextNumber();
      try {
        await col.doc(a.id).create({
          number,
          text: a.text,
          link: a.link ?? null,
          imageUrl: a.imageUrl ?? null,
          createdBy: a.createdBy,
          createdByName: a.createdByName ?? null,
          createdAt: Timestamp.fromDate(a.createdAt),
          audience: { ...a.audience },
          recipientCount: a.recipientCount,
          recipientCountIsEstimate: a.recipientCountIsEstimate,
          scheduledFor: a.scheduledFor ? Timestamp.fromDate(a.scheduledFor) : null,
          deliveryId: a.deliveryId,
          cancelledBy: null,
          cancelledAt: null,
        });
      } catch (err) {
        if (isAlreadyExists(err)) return { announcement: (await get(a.id)) as Announcement, created: false };
        throw err;
      }
      await col.doc(a.id).collection("events").add({ type: "created", by: a.createdBy, at: Timestamp.fromDate(a.createdAt) });
      return { announcement: (await get(a.id)) as Announcement, created: true };
    },
    async markCancelled(id, by, at) {
      const when = Timestamp.fromDate(at);
      await col.doc(id).update({ cancelledBy: by, cancelledAt: when, updatedAt: FieldValue.serverTimestamp() });
      await col.doc(id).collection("events").add({ type: "cancelled", by, at: when });
    },
    async latest(limit) {
      const snap = await col.orderBy("createdAt", "desc").limit(limit).get();
      return snap.docs.map((d) => fromDoc(d.id, d.data()));
    },
    async events(id) {
      const snap = await col.doc(id).collection("events").orderBy("at").get();
      return snap.docs.map((d) => ({ type: String(d.get("type")), by: String(d.get("by")), at: toDate(d.get("at")) ?? new Date(0) }));
    },
  };
}
