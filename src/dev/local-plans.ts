/**
 * Which plans a local run holds. With PLAN_FILE, that plan, made current at every start (the
 * person asked for it). Without, the shipped plan and, once its fiscal year is over, a
 * demonstration copy of it for the current fiscal year, current, so that progress can be tried live
 * while the shipped plan shows as the closed year it is. The copy says ตัวอย่าง wherever it
 * appears (see `plan/sample-plan.ts`): a real organisation is never shown as having published it.
 */
import { activatePlan, type ActivationDeps } from "../plan/activate-plan";
import { isClosedYear } from "../plan/held-plan";
import type { PlanBook } from "../plan/plan-book";
import { samplePlanFor } from "../plan/sample-plan";
import type { Plan } from "../plan/schema";
import { fiscalYearOf } from "../thai/fiscal-year";

export interface LocalPlanOptions {
  planFileSet: boolean;
  now: Date;
}

/** What a fresh local Firestore starts with, in activation order (the last is current). */
export function localSeedPlans(configured: Plan, opts: LocalPlanOptions): Plan[] {
  if (opts.planFileSet || !isClosedYear(configured, opts.now)) return [configured];
  return [configured, samplePlanFor(configured, fiscalYearOf(opts.now))];
}

/**
 * At every start, on data kept from earlier runs: PLAN_FILE becomes current if it is not already;
 * a demonstration copy whose year has ended is replaced by one for the current year.
 */
export async function settleLocalPlan(deps: ActivationDeps & { plans: PlanBook }, configured: Plan, opts: LocalPlanOptions): Promise<void> {
  const current = await deps.plans.current();
  const fresh = opts.planFileSet
    ? configured
    : current.plan.sample && isClosedYear(current.plan, opts.now)
      ? samplePlanFor(configured, fiscalYearOf(opts.now))
      : undefined;
  if (!fresh) return;
  const result = await activatePlan(deps, fresh, { by: "npm start", now: opts.now });
  if (result.outcome !== "unchanged") deps.plans.invalidate();
}
