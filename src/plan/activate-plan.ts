/**
 * Making a reviewed plan the one the bot follows: what an admin confirms in chat and what
 * `npm run plan:activate` does. It never touches progress: reports are keyed by activity IDs that
 * start with the plan's ID, and every fiscal year gets an ID of its own, so two years can never
 * share a report. Units carry over by name (officers keep theirs); the units the new plan names that
 * do not exist yet are added. Activating what is already current is a no-op, so a double tap, a
 * retried command or a second instance seeding at the same time changes nothing.
 *
 * Writes go in an order that is safe to interrupt and repeat: freeze the outgoing plan's units,
 * add units, store the plan, and only then move the pointer that instances follow.
 */
import type { Firestore } from "firebase-admin/firestore";
import { findUnit, namedUnits } from "../units/units";
import type { UnitsStore } from "../units/units-store";
import { createPlanStore, planHash, planWrites, type PlanStore, type StoredPlan } from "./plan-store";
import type { Plan } from "./schema";

export interface ActivationDeps {
  db: Firestore;
  units: UnitsStore;
  store?: PlanStore;
}

export type ActivationOutcome =
  /** Already current with this very content: nothing written. */
  | "unchanged"
  /** The first plan the bot holds. */
  | "first"
  /** Another plan was current; it is now a past year, kept as it was. */
  | "switched"
  /** The current plan's corrected text (same fiscal year): the old text is kept as a revision. */
  | "revised";

export interface ActivationResult {
  outcome: ActivationOutcome;
  /** The plan as stored (its ID may differ from the file's: see {@link storedIdFor}). */
  plan: Plan;
  previous: StoredPlan | undefined;
  addedUnits: string[];
}

/**
 * The ID a plan is stored under. One plan per fiscal year (a demonstration copy apart): a plan for
 * a year already held replaces that year's plan under its ID, so a corrected re-import keeps the
 * year's reports whatever the file was called; a plan whose ID is taken by another year gets
 * `-<year>` added, so two years never share activity IDs.
 */
export function storedIdFor(plan: Plan, held: readonly StoredPlan[]): string {
  const sameYear = held.find((h) => h.plan.fiscalYear === plan.fiscalYear && Boolean(h.plan.sample) === Boolean(plan.sample));
  if (sameYear) return sameYear.plan.id;
  const taken = new Set(held.map((h) => h.plan.id));
  if (!taken.has(plan.id)) return plan.id;
  const base = `${plan.id}-${plan.fiscalYear}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** What activating `incoming` would do, read from Firestore now (also used by the preview). */
export async function planActivationTarget(
  store: PlanStore,
  incoming: Plan,
): Promise<{ plan: Plan; held: StoredPlan[]; current: StoredPlan | undefined; existing: StoredPlan | undefined; outcome: ActivationOutcome }> {
  const [{ plans: held }, pointer] = await Promise.all([store.all(), store.pointer()]);
  const id = storedIdFor(incoming, held);
  const plan = id === incoming.id ? incoming : { ...incoming, id };
  const existing = held.find((h) => h.plan.id === id);
  const current = held.find((h) => h.plan.id === pointer.current);
  const outcome: ActivationOutcome =
    current?.plan.id === id ? (existing?.hash === planHash(plan) ? "unchanged" : "revised") : current ? "switched" : "first";
  return { plan, held, current, existing, outcome };
}

export async function activatePlan(deps: ActivationDeps, incoming: Plan, opts: { by: string; now: Date }): Promise<ActivationResult> {
  const { db, units } = deps;
  const store = deps.store ?? createPlanStore(db);
  const { plan, current, outcome } = await planActivationTarget(store, incoming);
  if (outcome === "unchanged") return { outcome, plan, previous: current, addedUnits: [] };

  if (outcome === "switched" && current) await planWrites.close(db, current.plan.id, await units.list(), opts.now);
  const addedUnits: string[] = [];
  // Units not set up yet are seeded from the plan when first used; set up, they gain the new names.
  const known = outcome === "first" && !(await units.exist()) ? undefined : await units.list();
  for (const name of known ? namedUnits(plan) : []) {
    if (findUnit(known ?? [], name)) continue;
    const { unit, created } = await units.add(name, opts.now);
    if (created) addedUnits.push(unit.name);
  }
  await planWrites.put(db, plan.id, plan, { by: opts.by, now: opts.now, activated: true });
  await planWrites.point(db, plan.id, opts.by, opts.now);
  return { outcome, plan, previous: outcome === "switched" ? current : undefined, addedUnits };
}
