/**
 * Who sees a ticket: a confidential complaint, only the integrity officers it was filed with;
 * otherwise the officers of the unit it was assigned to; otherwise the staff group (a LINE
 * group an admin registered by a command inside it, kept in `settings/staffGroup`); otherwise every
 * officer and admin one by one, so a ticket never goes unseen because no group was registered yet.
 */
import { Timestamp, type Firestore } from "firebase-admin/firestore";
import type { Audience } from "../outbox/delivery";
import { COLLECTIONS } from "../store/collections";
import type { Unit } from "../units/units";
import { TICKET_COLLECTIONS } from "./collections";
import type { Ticket } from "./ticket";

const STAFF_GROUP_DOC = "staffGroup";

export async function getStaffGroup(db: Firestore): Promise<string | undefined> {
  const d = (await db.collection(TICKET_COLLECTIONS.settings).doc(STAFF_GROUP_DOC).get()).data();
  return typeof d?.groupId === "string" && d.groupId ? d.groupId : undefined;
}

export async function setStaffGroup(db: Firestore, groupId: string, by: string, at: Date): Promise<void> {
  await db.collection(TICKET_COLLECTIONS.settings).doc(STAFF_GROUP_DOC).set({ groupId, by, at: Timestamp.fromDate(at) });
}

/**
 * Forgets the staff group, if it is still `groupId` (an admin may have registered another since);
 * true when it was.
 */
export async function clearStaffGroup(db: Firestore, groupId: string): Promise<boolean> {
  const ref = db.collection(TICKET_COLLECTIONS.settings).doc(STAFF_GROUP_DOC);
  const snap = await ref.get();
  if (snap.get("groupId") !== groupId) return false;
  await ref.delete();
  return true;
}

/** Officers (and admins) of a unit; a unit is recorded on a person by its ID or, in older records, its name. */
export async function officersOfUnit(db: Firestore, unit: { id: string; name: string | null }): Promise<string[]> {
  const people = db.collection(COLLECTIONS.people);
  const keys = [unit.id, ...(unit.name ? [unit.name] : [])];
  const snap = await people.where("unitId", "in", keys).get();
  return snap.docs.filter((d) => d.get("role") === "officer" || d.get("role") === "admin").map((d) => d.id);
}

export async function allStaff(db: Firestore): Promise<string[]> {
  const snap = await db.collection(COLLECTIONS.people).where("role", "in", ["officer", "admin"]).get();
  return snap.docs.filter((d) => d.get("following") !== false).map((d) => d.id);
}

/** Where a ticket's card (and its reminders) go. Undefined when there is no staff at all. */
export async function staffAudience(db: Firestore, ticket: Pick<Ticket, "unitId" | "unitName"> & Partial<Pick<Ticket, "confidential" | "confidentialTo">>): Promise<Audience | undefined> {
  // A confidential complaint goes only to those it was filed with: never a group, a unit or all staff.
  if (ticket.confidential) return ticket.confidentialTo?.length ? { type: "users", userIds: [...ticket.confidentialTo] } : undefined;
  if (ticket.unitId) {
    const officers = await officersOfUnit(db, { id: ticket.unitId, name: ticket.unitName });
    if (officers.length) return { type: "users", userIds: officers };
  }
  const groupId = await getStaffGroup(db);
  if (groupId) return { type: "group", groupId };
  const staff = await allStaff(db);
  return staff.length ? { type: "users", userIds: staff } : undefined;
}

