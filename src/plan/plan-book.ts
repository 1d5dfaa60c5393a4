/**
 * The plans the bot holds, as every part of the app sees them: exactly one current (what progress,
 * reminders, the overview, exports, the public page and answers follow) and the past years (the
 * archive). A running instance notices a switch made elsewhere (in chat on another instance, or by
 * `npm run plan:activate`) by reading `settings/plans` at most every few seconds, as the FAQ reload
 * does, and at once after a switch made on this instance (`invalidate()`).
 *
 * On a Firestore that holds no plan yet, the seed plans (PLAN_FILE, or the shipped plan) are
 * activated in order, the last becoming current, so an existing deployment keeps its plan's ID and
 * therefore every report made before plans were held in Firestore.
 */
import type { Firestore } from "firebase-admin/firestore";
import type { Clock } from "../clock";
import type { Logger } from "../logs";
import { createProgressService, type ProgressService } from "../progress/progress-service";
import { createThrottledReload } from "../store/throttled-reload";
import { createUnitsStore, type UnitsStore } from "../units/units-store";
import { activatePlan } from "./activate-plan";
import type { HeldPlan } from "./held-plan";
import { createPlanStore, planHash, type PlanStore, type StoredPlan } from "./plan-store";
import type { Plan } from "./schema";

export interface PlanBook {
  /** The current plan, re-read when it changed (checked at most every few seconds). */
  current(): Promise<HeldPlan>;
  /** The current plan as last loaded, for what must be synchronous (the seed before the first load). */
  readonly latest: HeldPlan;
  /** Every held plan as last loaded, newest fiscal year first (synchronous, like `latest`). */
  readonly latestAll: readonly HeldPlan[];
  /** Every held plan, newest fiscal year first. */
  all(): Promise<HeldPlan[]>;
  /** The plan of a fiscal year that has been current (the archive), or undefined. */
  ofYear(fiscalYear: number): Promise<HeldPlan | undefined>;
  byId(id: string): Promise<HeldPlan | undefined>;
  /** Progress of one held plan: live units while current, frozen ones for a past year. */
  progressOf(held: HeldPlan): ProgressService;
  currentProgress(): Promise<ProgressService>;
  /** Units, shared by every plan (they carry over from year to year by name). */
  units: UnitsStore;
  store: PlanStore;
  /** A change made on this instance: the next read reloads without waiting. */
  invalidate(): void;
}

export interface PlanBookOptions {
  db: Firestore;
  clock: Clock;
  logger: Logger;
  /** Activated in order when Firestore holds no plan yet; the last becomes current. */
  seed: readonly Plan[];
  checkEveryMs?: number;
}

function held(stored: StoredPlan, currentId: string | undefined): HeldPlan {
  const status = stored.plan.id === currentId ? "current" : stored.activatedAt ? "archived" : "imported";
  return {
    plan: stored.plan,
    hash: stored.hash,
    status,
    ...(stored.frozenUnits && status !== "current" ? { frozenUnits: stored.frozenUnits } : {}),
    ...(stored.activatedAt ? { activatedAt: stored.activatedAt } : {}),
    ...(stored.closedAt ? { closedAt: stored.closedAt } : {}),
  };
}

const newestFirst = (a: HeldPlan, b: HeldPlan) =>
  b.plan.fiscalYear - a.plan.fiscalYear || (a.status === "current" ? -1 : b.status === "current" ? 1 : 0) || Number(Boolean(a.plan.sample)) - Number(Boolean(b.plan.sample));

export function createPlanBook(opts: PlanBookOptions): PlanBook {
  const { db, clock, logger } = opts;
  const seedCurrent = opts.seed.at(-1);
  if (!seedCurrent) throw new Error("a plan book needs at least one seed plan");
  const checkEveryMs = opts.checkEveryMs ?? 5000;
  const store = createPlanStore(db);
  const units = createUnitsStore(db, opts.seed[0] ?? seedCurrent);

  let latest: HeldPlan = { plan: seedCurrent, hash: planHash(seedCurrent), status: "current" };
  let plans: HeldPlan[] = [latest];
  let loadedVersion = -1;
  const services = new Map<string, ProgressService>();

  async function seed(): Promise<void> {
    for (const plan of opts.seed) await activatePlan({ db, units, store }, plan, { by: "seed", now: clock.now() });
    logger.info("plans.seeded", { plans: opts.seed.map((p) => p.id) });
  }

  async function reload(): Promise<void> {
    let pointer = await store.pointer();
    if (!pointer.current) {
      await seed();
      pointer = await store.pointer();
    }
    if (pointer.version === loadedVersion) return;
    const { plans: stored, unreadable } = await store.all();
    if (unreadable.length) logger.error("plans.unreadable", { ids: unreadable });
    const next = stored.map((s) => held(s, pointer.current)).sort(newestFirst);
    const current = next.find((p) => p.status === "current");
    if (!current) {
      // The pointer names a plan that is missing or no longer valid: keep serving what we had.
      logger.error("plans.current_missing", { current: pointer.current });
      return;
    }
    plans = next;
    latest = current;
    loadedVersion = pointer.version;
    logger.info("plans.loaded", { version: pointer.version, current: current.plan.id, held: plans.length });
  }

  const reloads = createThrottledReload({ reload, clock, logger, checkEveryMs, failure: "plans.reload_failed" });
  const refresh = reloads.refresh;

  function progressOf(p: HeldPlan): ProgressService {
    const key = `${p.plan.id}:${p.hash}:${p.status}`;
    let service = services.get(key);
    if (!service) {
      service = createProgressService(db, p.plan, { units, archived: p.status !== "current", ...(p.frozenUnits ? { frozenUnits: p.frozenUnits } : {}) });
      services.set(key, service);
    }
    return service;
  }

  return {
    async current() {
      await refresh();
      return latest;
    },
    get latest() {
      return latest;
    },
    get latestAll() {
      return plans;
    },
    async all() {
      await refresh();
      return plans;
    },
    async ofYear(fiscalYear) {
      await refresh();
      return plans.find((p) => p.plan.fiscalYear === fiscalYear && p.status !== "imported");
    },
    async byId(id) {
      await refresh();
      return plans.find((p) => p.plan.id === id);
    },
    progressOf,
    async currentProgress() {
      await refresh();
      return progressOf(latest);
    },
    units,
    store,
    invalidate: reloads.invalidate,
  };
}
