/**
 * A plan as the bot holds it: the reviewed plan, whether it is the one the bot follows now, and
 * (once a newer plan replaced it) the units its activities were spread over. Exactly one held plan
 * is current; the others are the archive of past years, readable and never written to.
 */
import { fiscalYearDates } from "../thai/fiscal-year";
import { toBangkokCalendarDate } from "../thai/thai-date";
import type { Unit } from "../units/units";
import type { Plan } from "./schema";

/** current: the plan the bot follows; archived: was current before; imported: held, never activated. */
export type PlanStatus = "current" | "archived" | "imported";

export interface HeldPlan {
  plan: Plan;
  hash: string;
  status: PlanStatus;
  /** The units the plan's activities are spread over once it is no longer current. */
  frozenUnits?: Unit[];
  activatedAt?: Date;
  closedAt?: Date;
}

/** The last calendar day (`YYYY-MM-DD`) a plan covers: 30 September of its year, or a later period end. */
export function planLastDay(plan: Plan): string {
  return plan.issues.map((i) => i.measure.period.end).reduce((a, b) => (b > a ? b : a), fiscalYearDates(plan.fiscalYear).end);
}

function bangkokDay(now: Date): string {
  const { year, month, day } = toBangkokCalendarDate(now);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A closed year: its last day is over, or a newer plan replaced it. Its figures are final: nothing
 * is late any more, nobody is reminded, pages say the year has ended.
 */
export function isClosedYear(plan: Plan, now: Date, status: PlanStatus = "current"): boolean {
  return status !== "current" || bangkokDay(now) > planLastDay(plan);
}

/** `ปีงบประมาณ พ.ศ. 2570`, with `(ตัวอย่าง)` for a demonstration copy. */
export function planYearLabel(plan: Plan): string {
  return `ปีงบประมาณ พ.ศ. ${plan.fiscalYear}${plan.sample && !plan.organization.shortName.includes("ตัวอย่าง") ? " (ตัวอย่าง)" : ""}`;
}

/** The honest answer for a year the bot holds no plan of, naming the years it does hold. */
export function yearNotHeldText(fiscalYear: number, held: readonly HeldPlan[]): string {
  const years = [...new Set(held.filter((h) => h.status !== "imported").map((h) => h.plan.fiscalYear))].sort();
  return `ไม่มีแผนของปีงบประมาณ พ.ศ. ${fiscalYear} ในระบบค่ะ${years.length ? ` (มีแผนปี ${years.join(", ")})` : ""}`;
}
