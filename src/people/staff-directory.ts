/**
 * Officers and admins as the admin commands see them. Admins refer to a person by the number the
 * last "เจ้าหน้าที่ทั้งหมด" list showed them: that list is kept per admin, so a number always means
 * the person the admin saw, even if someone joined since. LINE user IDs are never shown in chat.
 */
import { Timestamp, type Firestore } from "firebase-admin/firestore";
import { COLLECTIONS } from "../store/collections";
import type { Role } from "./person";

export const STAFF_LISTINGS_COLLECTION = "staffListings";
const LISTING_TTL_MS = 24 * 60 * 60 * 1000;

export interface StaffMember {
  userId: string;
  displayName: string | undefined;
  role: Role;
  unitId: string | undefined;
}

export interface StaffDirectory {
  /** Officers and admins (bootstrap admins included once they have written to the bot). */
  list(): Promise<StaffMember[]>;
  /** Officers of one unit (admins of that unit included). */
  ofUnit(unitId: string): Promise<StaffMember[]>;
  /** Remembers the order an admin was shown; returns it. */
  remember(adminId: string, members: readonly StaffMember[], now: Date): Promise<void>;
  /** The user ID behind number `n` (1-based) of the admin's last list. */
  numbered(adminId: string, n: number, now: Date): Promise<string | undefined>;
}

export function createStaffDirectory(db: Firestore, opts: { adminUserIds: readonly string[] }): StaffDirectory {
  const people = db.collection(COLLECTIONS.people);
  const listings = db.collection(STAFF_LISTINGS_COLLECTION);
  const bootstrap = new Set(opts.adminUserIds);

  async function list(): Promise<StaffMember[]> {
    const [staff, boot] = await Promise.all([
      people.where("role", "in", ["officer", "admin"]).get(),
      bootstrap.size > 0 ? db.getAll(...[...bootstrap].map((id) => people.doc(id))) : Promise.resolve([]),
    ]);
    const byId = new Map<string, StaffMember>();
    for (const d of [...staff.docs, ...boot.filter((s) => s.exists)]) {
      const role: Role = bootstrap.has(d.id) ? "admin" : (d.get("role") as Role);
      byId.set(d.id, {
        userId: d.id,
        displayName: typeof d.get("displayName") === "string" ? d.get("displayName") : undefined,
        role,
        unitId: typeof d.get("unitId") === "string" ? d.get("unitId") : undefined,
      });
    }
    return [...byId.values()].sort(
      (a, b) =>
        (a.role === b.role ? 0 : a.role === "admin" ? -1 : 1) ||
        (a.unitId ?? "").localeCompare(b.unitId ?? "") ||
        (a.displayName ?? "").localeCompare(b.displayName ?? "", "th") ||
        a.userId.localeCompare(b.userId),
    );
  }

  return {
    list,
    async ofUnit(unitId) {
      return (await list()).filter((m) => m.unitId === unitId);
    },
    async remember(adminId, members, now) {
      await listings.doc(adminId).set({
        userIds: members.map((m) => m.userId),
        at: Timestamp.fromDate(now),
        expiresAt: Timestamp.fromDate(new Date(now.getTime() + LISTING_TTL_MS)),
      });
    },
    async numbered(adminId, n, now) {
      const d = (await listings.doc(adminId).get()).data();
      if (!d || !(d.expiresAt instanceof Timestamp) || d.expiresAt.toMillis() <= now.getTime()) return undefined;
      const ids = Array.isArray(d.userIds) ? (d.userIds as unknown[]) : [];
      const id = ids[n - 1];
      return typeof id === "string" ? id : undefined;
    },
  };
}
