/**
 * A demonstration copy of a plan for the local run: the shipped plan's year is over, so progress
 * could not be tried live on it. The copy moves every date to another fiscal year and says it is an
 * example wherever it appears: the organisation's names carry "(ตัวอย่าง)" (so greetings, answers'
 * cited source, the overview and the public page all say it) and `sample` tells pages to explain
 * that the organisation never published it.
 */
import { formatThaiDateRange } from "../thai/thai-date";
import { parsePlan } from "./load-plan";
import type { Plan } from "./schema";

const SAMPLE = "(ตัวอย่าง)";

/** `YYYY-MM-DD` moved by whole years; 29 February becomes the 28th in a common year. */
function shiftYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export function samplePlanFor(plan: Plan, fiscalYear: number): Plan {
  const shift = fiscalYear - plan.fiscalYear;
  const { organization } = plan;
  const sample: Plan = {
    ...plan,
    id: `${plan.id.replace(/-?\d{4}$/, "")}-${fiscalYear}-sample`,
    organization: { ...organization, name: `${organization.name} ${SAMPLE}`, shortName: `${organization.shortName} ${SAMPLE}` },
    fiscalYear,
    assessment: { ...plan.assessment, year: plan.assessment.year + shift },
    issues: plan.issues.map((issue) => {
      const start = shiftYears(issue.measure.period.start, shift);
      const end = shiftYears(issue.measure.period.end, shift);
      return { ...issue, measure: { ...issue.measure, period: { start, end, text: formatThaiDateRange(start, end, "long", { digits: "arabic" }) } } };
    }),
    reviewNotes: [`A demonstration copy of ${plan.id} with every date moved by ${shift} year(s); never published by the organisation.`],
    sample: {
      basedOn: plan.id,
      note: `สำเนาแผนของ${organization.shortName} ปีงบประมาณ พ.ศ. ${plan.fiscalYear} ที่เลื่อนวันที่เป็นปี ${fiscalYear} เพื่อทดลองรายงานความคืบหน้า`,
    },
  };
  return parsePlan(sample, `sample of ${plan.id}`);
}
