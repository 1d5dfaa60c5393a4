/**
 * Who is in an audience, read from Firestore when the admin confirms: the recipients of a
 * multicast are fixed then and stored with the delivery's chunks, so a resumed or scheduled send
 * goes to exactly the people the admin saw counted. Units come from the `units` collection when
 * the plan's units have been set up, otherwise from the units officers are linked to.
 */
import type { Firestore } from "firebase-admin/firestore";
import { COLLECTIONS } from "../store/collections";
import type { AudienceChoice } from "./announcement";

export interface UnitChoice {
  id: string;
  name: string;
}

const UNITS = "units";
const STAFF_ROLES = new Set(["officer", "admin"]);

export interface Audiences {
  units(): Promise<UnitChoice[]>;
  unit(id: string): Promise<UnitChoice | undefined>;
  /** User IDs to multicast to; `undefined` for a broadcast. */
  recipients(a: AudienceChoice): Promise<string[] | undefined>;
  /** How many people the audience reaches (for a broadcast: friends the bot knows of). */
  count(a: AudienceChoice): Promise<{ count: number; estimate: boolean }>;
}

export function createAudiences(db: Firestore): Audiences {
  const people = db.collection(COLLECTIONS.people);

  async function units(): Promise<UnitChoice[]> {
    const snap = await db.collection(UNITS).get();
    if (!snap.empty) {
      return snap.docs
        .map((d) => ({ id: d.id, name: String(d.get("name") ?? d.id), order: Number(d.get("order") ?? 1e9) }))
        .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, "th"))
        .map(({ id, name }) => ({ id, name }));
    }
    const officers = await people.where("role", "==", "officer").select("unitId").get();
    const ids = new Set<string>();
    for (const d of officers.docs) {
      const unitId = d.get("unitId");
      if (typeof unitId === "string" && unitId) ids.add(unitId);
    }
    return [...ids].sort().map((id) => ({ id, name: id }));
  }

  const following = (d: FirebaseFirestore.QueryDocumentSnapshot) => d.get("following") !== false;

  async function recipients(a: AudienceChoice): Promise<string[] | undefined> {
    switch (a.type) {
      case "all":
        return undefined;
      case "officers": {
        const snap = await people.where("role", "==", "officer").select("following").get();
        return snap.docs.filter(following).map((d) => d.id);
      }
      case "unit": {
        const snap = await people.where("unitId", "==", a.unitId).select("following", "role").get();
        return snap.docs.filter((d) => following(d) && STAFF_ROLES.has(String(d.get("role")))).map((d) => d.id);
      }
    }
  }

  return {
    units,
    async unit(id) {
      return (await units()).find((u) => u.id === id);
    },
    recipients,
    async count(a) {
      if (a.type === "all") {
        const snap = await people.where("following", "==", true).count().get();
        return { count: snap.data().count, estimate: true };
      }
      if (a.type === "officers") {
        // Counted by Firestore, not by reading every officer (there may be thousands).
        const officers = people.where("role", "==", "officer");
        const [all, gone] = await Promise.all([officers.count().get(), officers.where("following", "==", false).count().get()]);
        return { count: all.data().count - gone.data().count, estimate: false };
      }
      return { count: (await recipients(a))?.length ?? 0, estimate: false };
    },
  };
}
