/**
 * What activating a plan would change, shown before anything is written (in chat and by
 * `npm run plan:activate`): the year it replaces, measures and activities before and after, the
 * units it names and which are new, which officers keep their units (and whose units have nothing
 * in the new plan), and that the outgoing year's reports stay as they are.
 */
import { PROGRESS_COLLECTIONS } from "../progress/progress-store";
import { activitiesFromPlan } from "../progress/activities";
import type { StaffDirectory } from "../people/staff-directory";
import { fiscalYearHasEnded } from "../thai/fiscal-year";
import { findUnit, namedUnits, unitIdFor, unitsOfMeasure, type Unit } from "../units/units";
import { planActivationTarget, type ActivationDeps, type ActivationOutcome } from "./activate-plan";
import { planYearLabel } from "./held-plan";
import { createPlanStore } from "./plan-store";
import type { Plan } from "./schema";

export interface ActivationPreview {
  outcome: ActivationOutcome;
  plan: Plan;
  previous: Plan | undefined;
  measures: number;
  activities: number;
  previousMeasures: number | undefined;
  previousActivities: number | undefined;
  /** The units the plan names, as written. */
  units: string[];
  /** Names that are not units yet: they will be added. */
  newUnits: string[];
  /** Officers per unit; `inPlan` is false when the unit has no activity in the new plan. */
  officers: Array<{ unit: string; count: number; inPlan: boolean }>;
  /** Reports of the outgoing year (or of this year, for a correction), kept untouched. */
  keptReports: number;
  /** The plan's fiscal year is already over (an old plan activated again, say). */
  yearEnded: boolean;
  organizationChanged: boolean;
}

export async function previewActivation(deps: ActivationDeps & { staff: StaffDirectory }, incoming: Plan, now: Date): Promise<ActivationPreview> {
  const store = deps.store ?? createPlanStore(deps.db);
  const [{ plan, current, outcome }, units, staff] = await Promise.all([planActivationTarget(store, incoming), deps.units.list(), deps.staff.list()]);
  const newUnits = namedUnits(plan).filter((name) => !findUnit(units, name));
  const after: Unit[] = [...units, ...newUnits.map((name) => ({ id: unitIdFor(name), name }))];
  const activities = activitiesFromPlan(plan, after);
  const inPlan = new Set(activities.map((a) => a.unitId));
  const previous = outcome === "first" ? undefined : current?.plan;
  const counted = new Map<string, number>();
  for (const m of staff) if (m.role === "officer" && m.unitId) counted.set(m.unitId, (counted.get(m.unitId) ?? 0) + 1);
  const officers = [...counted].map(([unitId, count]) => ({ unit: units.find((u) => u.id === unitId)?.name ?? unitId, count, inPlan: inPlan.has(unitId) }));
  const reportsOf = previous?.id ?? plan.id;
  const keptReports = (await deps.db.collection(PROGRESS_COLLECTIONS.reports).where("planId", "==", reportsOf).count().get()).data().count;
  return {
    outcome,
    plan,
    previous,
    measures: plan.issues.length,
    activities: activities.length,
    previousMeasures: previous?.issues.length,
    previousActivities: previous ? activitiesFromPlan(previous, current?.frozenUnits ?? units).length : undefined,
    units: [...new Set(plan.issues.flatMap((i) => unitsOfMeasure(i.measure.unit)))],
    newUnits,
    officers,
    keptReports,
    yearEnded: fiscalYearHasEnded(plan.fiscalYear, now),
    organizationChanged: previous !== undefined && !previous.sample && !plan.sample && previous.organization.name !== plan.organization.name,
  };
}

const was = (n: number | undefined) => (n === undefined ? "" : ` (เดิม ${n})`);

/** The preview as a short Thai text that fits one chat message and a terminal alike. */
export function previewText(p: ActivationPreview): string {
  const { plan, previous } = p;
  const title = `${plan.organization.shortName} ${planYearLabel(plan)}`;
  if (p.outcome === "unchanged") return `แผน ${title} ใช้งานอยู่แล้ว ไม่มีอะไรเปลี่ยนค่ะ`;
  const head =
    p.outcome === "revised"
      ? `แก้ไขแผนที่ใช้อยู่: ${title} (ข้อความเดิมเก็บไว้เป็นฉบับก่อนแก้ไข)`
      : p.outcome === "switched" && previous
        ? `เปิดใช้แผน ${title}\nแทนแผน${previous.sample ? "ตัวอย่าง" : ""} ${planYearLabel(previous)} ซึ่งจะเก็บไว้เป็นแผนปีที่ผ่านมา อ่านและส่งออกรายงานได้ตามเดิม`
        : `เปิดใช้แผน ${title}`;
  const officers = p.officers.filter((o) => o.inPlan);
  const idle = p.officers.filter((o) => !o.inPlan);
  const lines = [
    head,
    `• มาตรการ ${p.measures} มาตรการ${was(p.previousMeasures)}`,
    `• กิจกรรม ${p.activities} กิจกรรม${was(p.previousActivities)}`,
    `• หน่วยงานที่รับผิดชอบ: ${p.units.join(", ")}`,
    p.newUnits.length ? `• หน่วยงานใหม่ (จะเพิ่มให้): ${p.newUnits.join(", ")}` : "• ไม่มีหน่วยงานใหม่",
    officers.length ? `• เจ้าหน้าที่คงหน่วยงานเดิม: ${officers.map((o) => `${o.unit} ${o.count} คน`).join(", ")}` : "• ยังไม่มีเจ้าหน้าที่ผูกกับหน่วยงานที่มีกิจกรรม",
    ...(idle.length ? [`• หน่วยงานที่ไม่มีกิจกรรมในแผนนี้: ${idle.map((o) => `${o.unit} ${o.count} คน`).join(", ")}`] : []),
    previous && p.outcome === "switched"
      ? `• รายงานความคืบหน้าของ${planYearLabel(previous)} ${p.keptReports} รายการ เก็บไว้ครบ ไม่ถูกแก้ไข`
      : `• รายงานความคืบหน้าที่มีอยู่ ${p.keptReports} รายการ เก็บไว้ครบ`,
    ...(p.organizationChanged && previous ? [`⚠️ ชื่อหน่วยงานในแผนต่างจากแผนเดิม (${previous.organization.name} → ${plan.organization.name})`] : []),
    ...(p.yearEnded ? [`⚠️ ${planYearLabel(plan)} สิ้นสุดแล้ว จะแสดงเป็นปีที่ปิดแล้วพร้อมผลสุดท้าย และไม่มีการแจ้งเตือน`] : []),
    ...(plan.sample ? [`⚠️ แผนนี้เป็นตัวอย่าง (${plan.sample.note})`] : []),
  ];
  return lines.join("\n");
}
