/**
 * Units in Firestore (`units/{unitId}`), seeded on first use from the plan and the default
 * divisions with `create()`, so two instances seeding at once cannot overwrite an admin's rename.
 */
import { Timestamp, type Firestore } from "firebase-admin/firestore";
import type { Plan } from "../plan/schema";
import { findUnit, seedUnits, unitIdFor, unitKey, type Unit } from "./units";
import { isAlreadyExists } from "../store/firestore-errors";

export const UNITS_COLLECTION = "units";

export interface UnitsStore {
  /** Every unit, in seed order then by creation. Seeds the defaults the first time. */
  list(): Promise<Unit[]>;
  /** Whether units have been set up yet (without setting them up). */
  exist(): Promise<boolean>;
  get(id: string): Promise<Unit | undefined>;
  /** By ID, name or unique name prefix (what an admin types). */
  find(text: string): Promise<Unit | undefined>;
  /** Adds a unit; returns the existing one when the name is already a unit. */
  add(name: string, at: Date): Promise<{ unit: Unit; created: boolean }>;
  rename(id: string, name: string, at: Date): Promise<Unit | undefined>;
}

export function createUnitsStore(db: Firestore, plan: Plan): UnitsStore {
  const col = db.collection(UNITS_COLLECTION);
  let seeded: Promise<void> | undefined;

  async function seed(): Promise<void> {
    const existing = await col.limit(1).get();
    if (!existing.empty) return;
    const units = seedUnits(plan);
    await Promise.all(
      units.map((u, order) =>
        col
          .doc(u.id)
          .create({ name: u.name, key: unitKey(u.name), order, createdAt: Timestamp.fromMillis(0) })
          .catch((err: unknown) => {
            if (!isAlreadyExists(err)) throw err;
          }),
      ),
    );
  }

  /** The read in flight, shared by everyone who asks meanwhile (a step checks unit and activity at once). */
  let reading: Promise<Unit[]> | undefined;

  function list(): Promise<Unit[]> {
    reading ??= read().finally(() => (reading = undefined));
    return reading.then((units) => [...units]);
  }

  async function read(): Promise<Unit[]> {
    seeded ??= seed().catch((err: unknown) => {
      seeded = undefined;
      throw err;
    });
    await seeded;
    const snap = await col.get();
    return snap.docs
      .map((d) => ({ id: d.id, name: String(d.get("name")), order: Number(d.get("order") ?? 1e9), at: (d.get("createdAt") as Timestamp | undefined)?.toMillis() ?? 0 }))
      .sort((a, b) => a.order - b.order || a.at - b.at || a.name.localeCompare(b.name, "th"))
      .map(({ id, name }) => ({ id, name }));
  }

  return {
    list,
    async exist() {
      return !(await col.limit(1).get()).empty;
    },
    async get(id) {
      return (await list()).find((u) => u.id === id);
    },
    async find(text) {
      return findUnit(await list(), text);
    },
    async add(name, at) {
      const clean = name.replace(/\s+/g, " ").trim();
      const existing = findUnit(await list(), clean);
      if (existing && unitKey(existing.name) === unitKey(clean)) return { unit: existing, created: false };
      const unit = { id: unitIdFor(clean), name: clean };
      try {
        await col.doc(unit.id).create({ name: clean, key: unitKey(clean), order: 1e6, createdAt: Timestamp.fromDate(at) });
        return { unit, created: true };
      } catch (err) {
        if (!isAlreadyExists(err)) throw err;
        return { unit: (await list()).find((u) => u.id === unit.id) ?? unit, created: false };
      }
    },
    async rename(id, name, at) {
      const clean = name.replace(/\s+/g, " ").trim();
      const ref = col.doc(id);
      if (!(await ref.get()).exists) return undefined;
      await ref.update({ name: clean, key: unitKey(clean), renamedAt: Timestamp.fromDate(at) });
      return { id, name: clean };
    },
  };
}
