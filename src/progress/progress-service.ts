/**
 * The plan's activities joined with their latest states: what the chat, the reminders, the
 * overview and the export all read. Activities come from the plan and the units list; states from
 * Firestore.
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
}

export interface ProgressService {
  plan: Plan;
  units: UnitsStore;
  store: ProgressStore;
  activities(): Promise<Activity[]>;
  activity(id: string): Promise<Activity | undefined>;
  activitiesOf(unitId: string): Promise<Activity[]>;
  snapshot(): Promise<ProgressSnapshot>;
}

export function createProgressService(db: Firestore, plan: Plan): ProgressService {
  const units = createUnitsStore(db, plan);
  const store = createProgressStore(db);
  const activities = async () => activitiesFromPlan(plan, await units.list());
  return {
    plan,
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
      const [unitList, states, settings] = await Promise.all([units.list(), store.states(plan.id), loadProgressSettings(db)]);
      return { plan, units: unitList, activities: activitiesFromPlan(plan, unitList), states, settings };
    },
  };
}
