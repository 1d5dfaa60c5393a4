/**
 * Activities are derived from the plan, never entered: every step of every measure, once per
 * responsible unit ("ทุกส่วนราชการ" expands to every unit). An activity's ID is built from the plan,
 * issue, step and unit IDs, so it is the same on every run and reports keep pointing at it when a
 * unit is renamed or the plan file is re-imported with the same structure; and since every fiscal
 * year's plan has an ID of its own, two years' activities (and reports) never share an ID.
 */
import type { Plan } from "../plan/schema";
import { toBangkokCalendarDate } from "../thai/thai-date";
import { findUnit, namesEveryUnit, unitIdFor, unitsOfMeasure, type Unit } from "../units/units";

export type ProgressStatus = "not_started" | "in_progress" | "done" | "blocked";

export const PROGRESS_STATUSES: readonly ProgressStatus[] = ["not_started", "in_progress", "done", "blocked"];

export const STATUS_LABEL: Record<ProgressStatus, string> = {
  not_started: "ยังไม่เริ่ม",
  in_progress: "กำลังดำเนินการ",
  done: "เสร็จแล้ว",
  blocked: "มีปัญหา",
};

export function isProgressStatus(s: unknown): s is ProgressStatus {
  return typeof s === "string" && (PROGRESS_STATUSES as readonly string[]).includes(s);
}

export interface Activity {
  id: string;
  planId: string;
  issueNumber: number;
  issueTitle: string;
  measureTitle: string;
  stepNumber: number;
  stepText: string;
  unitId: string;
  unitName: string;
  /** Plan period, calendar dates `YYYY-MM-DD` (CE). */
  start: string;
  end: string;
}

export function activityId(planId: string, issueNumber: number, stepNumber: number, unitId: string): string {
  return `${planId}.${issueNumber}.${stepNumber}.${unitId}`;
}

/** The plan an activity ID belongs to (plan IDs have no dots, see the plan schema). */
export function planIdOfActivity(id: string): string {
  return id.split(".", 1)[0] ?? "";
}

export function activitiesFromPlan(plan: Plan, units: readonly Unit[]): Activity[] {
  const out: Activity[] = [];
  for (const issue of plan.issues) {
    const { measure } = issue;
    const responsible: Unit[] =
      namesEveryUnit(measure.unit) ? [...units] : unitsOfMeasure(measure.unit).map((name) => findUnit(units, name) ?? { id: unitIdFor(name), name });
    measure.steps.forEach((stepText, i) => {
      for (const unit of responsible) {
        out.push({
          id: activityId(plan.id, issue.number, i + 1, unit.id),
          planId: plan.id,
          issueNumber: issue.number,
          issueTitle: issue.title,
          measureTitle: measure.title,
          stepNumber: i + 1,
          stepText,
          unitId: unit.id,
          unitName: unit.name,
          start: measure.period.start,
          end: measure.period.end,
        });
      }
    });
  }
  return out;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const dayNumber = (d: { year: number; month: number; day: number }) => Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;

/**
 * How far along the period is, in percent, counting Bangkok calendar days (the first day counts as
 * begun, the last day as complete only after it): what a steady activity's percent would be today.
 */
export function elapsedPercent(activity: Pick<Activity, "start" | "end">, now: Date): number {
  const start = dayNumber(toBangkokCalendarDate(activity.start));
  const end = dayNumber(toBangkokCalendarDate(activity.end)) + 1;
  const today = dayNumber(toBangkokCalendarDate(now));
  if (today < start) return 0;
  if (today >= end) return 100;
  return Math.round(((today - start) / (end - start)) * 100);
}

/** Whole days from the Bangkok date of `from` to that of `to`. */
export function daysBetween(from: Date | string, to: Date): number {
  return dayNumber(toBangkokCalendarDate(to)) - dayNumber(toBangkokCalendarDate(from));
}
