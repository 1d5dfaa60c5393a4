/**
 * People in Firestore, behind functions named for what they mean. `Timestamp` ↔ `Date` conversion
 * happens here and nowhere else. Admins listed in ADMIN_USER_IDS are admins whatever the stored
 * role says, so the first admin exists before anyone can grant roles in chat.
 */
import { Timestamp, type DocumentData, type DocumentReference, type DocumentSnapshot, type Firestore } from "firebase-admin/firestore";
import { COLLECTIONS } from "../store/collections";
import type { Person, Role } from "./person";
import { isAlreadyExists } from "../store/firestore-errors";
import { coalesced } from "../store/coalescing-firestore";
import { endFlowWrite } from "../bot/conversation-store";

export interface Profile {
  displayName: string;
}

export interface PeopleStore {
  get(userId: string): Promise<Person | undefined>;
  /** Records a follow (or unblock): creates the person as a citizen, or marks them following again. */
  recordFollow(userId: string, profile: Profile | undefined, at: Date): Promise<Person>;
  recordUnfollow(userId: string, at: Date): Promise<void>;
  /** Makes sure someone who writes without a follow event (a friend from before the bot) is known. */
  ensureKnown(userId: string, at: Date): Promise<Person>;
  /**
   * `ensureKnown`, reading other documents in the same round trip (the chat's conversation state
   * and question context, which nearly every message needs too); their snapshots in order.
   */
  ensureKnownAlong(userId: string, at: Date, others: readonly DocumentReference[]): Promise<{ person: Person; others: DocumentSnapshot[] }>;
  /**
   * Gives the person a role (and unit). In the same commit the flow their 1:1 chat is in ends: a
   * flow started under the old role (an answer being typed, a report, a draft announcement) must
   * not go on under the new one. Removal, a unit move and an admin grant alike.
   */
  setRole(userId: string, role: Role, unitId?: string): Promise<void>;
}

const toDate = (v: unknown): Date | undefined => (v instanceof Timestamp ? v.toDate() : undefined);

function fromDoc(userId: string, d: DocumentData, bootstrapAdmins: ReadonlySet<string>): Person {
  return {
    userId,
    displayName: typeof d.displayName === "string" ? d.displayName : undefined,
    role: bootstrapAdmins.has(userId) ? "admin" : ((d.role as Role | undefined) ?? "citizen"),
    unitId: typeof d.unitId === "string" ? d.unitId : undefined,
    following: d.following !== false,
    firstSeenAt: toDate(d.firstSeenAt) ?? new Date(0),
    followedAt: toDate(d.followedAt),
    unfollowedAt: toDate(d.unfollowedAt),
  };
}

export function createPeopleStore(db: Firestore, opts: { adminUserIds: readonly string[] }): PeopleStore {
  const people = db.collection(COLLECTIONS.people);
  const admins = new Set(opts.adminUserIds);
  // Senders of messages arriving together are looked up in one call.
  const store = coalesced(db);

  async function get(userId: string): Promise<Person | undefined> {
    const [snap] = await store.getAll([people.doc(userId)]);
    return snap?.exists ? fromDoc(userId, snap.data() ?? {}, admins) : undefined;
  }

  /** Creates the document if it is new; returns whether it was created. */
  async function createIfMissing(userId: string, fields: DocumentData): Promise<boolean> {
    try {
      await people.doc(userId).create(fields);
      return true;
    } catch (err) {
      if (isAlreadyExists(err)) return false;
      throw err;
    }
  }

  /** Records someone who wrote without a follow event (a friend from before the bot). */
  async function introduce(userId: string, at: Date): Promise<Person> {
    const when = Timestamp.fromDate(at);
    await createIfMissing(userId, {
      userId,
      role: admins.has(userId) ? "admin" : "citizen",
      following: true,
      firstSeenAt: when,
      updatedAt: when,
    });
    return (await get(userId)) as Person;
  }

  return {
    get,
    async recordFollow(userId, profile, at) {
      const when = Timestamp.fromDate(at);
      const created = await createIfMissing(userId, {
        userId,
        displayName: profile?.displayName,
        role: admins.has(userId) ? "admin" : "citizen",
        following: true,
        firstSeenAt: when,
        followedAt: when,
        updatedAt: when,
      });
      if (!created) {
        await people.doc(userId).update({
          following: true,
          followedAt: when,
          updatedAt: when,
          ...(profile ? { displayName: profile.displayName } : {}),
        });
      }
      return (await get(userId)) as Person;
    },
    async recordUnfollow(userId, at) {
      const when = Timestamp.fromDate(at);
      const created = await createIfMissing(userId, {
        userId,
        role: "citizen",
        following: false,
        firstSeenAt: when,
        unfollowedAt: when,
        updatedAt: when,
      });
      if (!created) await people.doc(userId).update({ following: false, unfollowedAt: when, updatedAt: when });
    },
    async ensureKnown(userId, at) {
      return (await get(userId)) ?? introduce(userId, at);
    },
    async ensureKnownAlong(userId, at, others) {
      const [snap, ...otherSnaps] = await store.getAll([people.doc(userId), ...others]);
      const person = snap?.exists ? fromDoc(userId, snap.data() ?? {}, admins) : await introduce(userId, at);
      return { person, others: otherSnaps };
    },
    async setRole(userId, role, unitId) {
      // A person's 1:1 chat is keyed by their user ID (src/bot/conversation-store.ts).
      const conversation = await db.collection(COLLECTIONS.conversations).doc(userId).get();
      const batch = db.batch();
      batch.set(people.doc(userId), { userId, role, unitId: unitId ?? null }, { merge: true });
      endFlowWrite(conversation)?.(batch);
      await batch.commit();
    },
  };
}
