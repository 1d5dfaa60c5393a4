/**
 * One plan's activities joined with their latest states: what the chat, the reminders, the
 * overview and the export all read. Activities come from the plan and the units list; states from
 * Firestore. The current plan's activities are spread over the live units list; a past year's over
 * the units frozen when it stopped being current, so its figures never change afterwards.
 */
import type { Firestore } from "firebase-admin/firestore";
import type { Plan } from "../plan/schema";
import { createUnitsStore, type UnitsStore } from "../units/units-store";
import type { Unit } from "../units/units";
import { activitiesFromPlan, type Activity } from "./activities";
import { createProgressStore, type ActivityState, type ProgressStore } from "./progress-store";
import { loadProgressSettings, type ProgressSettings } from "./settings";

export interface ProgressSnapshot {
  plan: Plan;
  units: Unit[];
  activities: Activity[];
  states: Map<string, ActivityState>;
  settings: ProgressSettings;
  /** A past year's plan (a newer plan is current): read-only, its figures final. */
  archived: boolean;
}

export interface ProgressService {
  plan: Plan;
  /** See {@link ProgressSnapshot.archived}. */
  archived: boolean;
  units: UnitsStore;
  store: ProgressStore;
  activities(): Promise<Activity[]>;
  activity(id: string): Promise<Activity | undefined>;
  activitiesOf(unitId: string): Promise<Activity[]>;
  snapshot(): Promise<ProgressSnapshot>;
}

export interface ProgressServiceOptions {
  /** The units store to share (one per app); a new one seeded from `plan` when omitted. */
  units?: UnitsStore;
  /** For a past year: the units its activities were spread over, instead of today's list. */
  frozenUnits?: readonly Unit[];
  archived?: boolean;
}

export function createProgressService(db: Firestore, plan: Plan, opts: ProgressServiceOptions = {}): ProgressService {
  const units = opts.units ?? createUnitsStore(db, plan);
  const store = createProgressStore(db);
  const archived = opts.archived ?? false;
  const frozen = opts.frozenUnits;
  const unitList = async (): Promise<Unit[]> => (frozen ? [...frozen] : units.list());
  const activities = async () => activitiesFromPlan(plan, await unitList());
  return {
    plan,
    archived,
    units,
    store,
    activities,
    async activity(id) {
      return (await activities()).find((a) => a.id === id);
    },
    async activitiesOf(unitId) {
      return (await activities()).filter((a) => a.unitId === unitId);
    },
    async snapshot() {
      const [list, states, settings] = await Promise.all([unitList(), store.states(plan.id), loadProgressSettings(db)]);
      return { plan, units: list, activities: activitiesFromPlan(plan, list), states, settings, archived };
    },
  };
}
