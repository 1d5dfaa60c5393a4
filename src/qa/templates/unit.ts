import { activitiesFromPlan } from "../../progress/activities";
import { ALL_UNITS, namesEveryUnit, seedUnits, unitsOfMeasure } from "../../units/units";
import type { Decision } from "../decision";
import { COMMON_QUESTIONS, type FollowUp } from "../follow-ups";
import { findIssue, periodText, shorten, TITLE_CHARS } from "../wording";
import { planText, type Reply, type TemplateContext } from "./reply";

/**
 * What a unit is responsible for, derived exactly as progress tracking derives officers'
 * activities (`activitiesFromPlan`): a measure owned by ทุกส่วนราชการ gives every unit an activity
 * per step, so the answer and the officers' activity list always agree.
 */
export function unitReply(d: Extract<Decision, { type: "unit" }>, { plan }: TemplateContext): Reply {
  const followUps = [COMMON_QUESTIONS[3]].filter((f): f is FollowUp => f !== undefined);
  if (d.unit === ALL_UNITS) {
    const shared = plan.issues.filter((i) => namesEveryUnit(i.measure.unit));
    return planText(
      `มาตรการที่ระบุผู้รับผิดชอบเป็น “${ALL_UNITS}” (ทุกกองต้องดำเนินการ) มี ${shared.length} มาตรการ:\n${shared.map((i) => `• ประเด็นที่ ${i.number} ${shorten(i.title, TITLE_CHARS)}: ${i.measure.steps.length} ขั้นตอน`).join("\n")}`,
      followUps,
    );
  }
  const activities = activitiesFromPlan(plan, seedUnits(plan)).filter((a) => a.unitName === d.unit);
  const byIssue = new Map<number, number>();
  for (const a of activities) byIssue.set(a.issueNumber, (byIssue.get(a.issueNumber) ?? 0) + 1);
  if (!byIssue.size) return planText(`มาตรการฯ นี้ไม่ได้ระบุ ${d.unit} เป็นผู้รับผิดชอบค่ะ`, followUps);
  // Measures may each have their own period: one shared period is said once, else each with its measure.
  const periods = new Set([...byIssue.keys()].map((n) => periodText(findIssue(plan, n))));
  const lines = [...byIssue.entries()].map(([n, steps]) => {
    const issue = findIssue(plan, n);
    const partners = unitsOfMeasure(issue.measure.unit).filter((u) => u !== d.unit);
    const own = namesEveryUnit(issue.measure.unit) ? issue.measure.unit : partners.length ? `ร่วมกับ ${partners.join(", ")}` : "รับผิดชอบโดยตรง";
    return `• ประเด็นที่ ${n} ${shorten(issue.title, 90)} (${own}): ${steps} กิจกรรม` + (periods.size > 1 ? ` ระยะเวลา ${periodText(issue)}` : "");
  });
  return planText(
    `${d.unit} มีกิจกรรมตามมาตรการ ${activities.length} กิจกรรม ใน ${byIssue.size} มาตรการ:\n${lines.join("\n")}` + (periods.size === 1 ? `\nระยะเวลา: ${[...periods][0]}` : ""),
    followUps,
  );
}

export function measuresNotOfReply(d: Extract<Decision, { type: "measures-not-of" }>, { plan }: TemplateContext): Reply {
  const others = plan.issues.filter((i) => !unitsOfMeasure(i.measure.unit).includes(d.unit));
  return planText(
    others.length
      ? `มาตรการที่ไม่ได้ระบุ “${d.unit}” เป็นผู้รับผิดชอบ มี ${others.length} มาตรการ:\n${others.map((i) => `• ประเด็นที่ ${i.number} ${shorten(i.title, TITLE_CHARS)}: ${i.measure.unit}`).join("\n")}`
      : `ทุกมาตรการระบุ “${d.unit}” เป็นผู้รับผิดชอบค่ะ`,
    [COMMON_QUESTIONS[3]].filter((f): f is FollowUp => f !== undefined),
  );
}
