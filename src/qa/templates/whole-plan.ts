import type { Plan, Tool } from "../../plan/schema";
import { fiscalYearDates } from "../../thai/fiscal-year";
import { unitsOfMeasure } from "../../units/units";
import { toolOfCode } from "../../thai/item-codes";
import { formatThaiDateRange } from "../../thai/thai-date";
import type { CountSubject, Decision } from "../decision";
import { COMMON_QUESTIONS, type FollowUp } from "../follow-ups";
import { fullIssues, issuesBySize, issuesOfItem, issuesWithFailed, itemsScoring, periodText, shorten, TITLE_CHARS, uniqueItems } from "../wording";
import { planText, type Reply, type TemplateContext } from "./reply";

/** Answers about the plan as a whole: the result, counts, lists across issues, years and periods. */
const common = (...i: number[]): FollowUp[] => i.map((n) => COMMON_QUESTIONS[n]).filter((f): f is FollowUp => f !== undefined);

export function issueLines(plan: Plan): string {
  return plan.issues.map((i) => `${i.number}. ${shorten(i.title, TITLE_CHARS)}`).join("\n");
}

export function overviewReply(_d: Decision, { plan }: TemplateContext): Reply {
  const below = uniqueItems(plan).filter(({ item }) => item.belowPassMark);
  const list = below.map(({ item }) => `${item.code} (${item.score})`).join(", ");
  return planText(
    `ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ พ.ศ. ${plan.assessment.year} ของ ${plan.organization.shortName} ` +
      `ในภาพรวมได้ ${plan.assessment.score} คะแนน อยู่ในระดับ “${plan.assessment.level}”` +
      (below.length ? `\nข้อที่ได้ต่ำกว่า ${plan.itemPassMark} มี ${below.length} ข้อ: ${list}` : ""),
    common(1, 2, 5),
  );
}

export function planSummaryReply(_d: Decision, { plan }: TemplateContext): Reply {
  return planText(
    `${plan.title} ของ ${plan.organization.shortName} ปีงบประมาณ พ.ศ. ${plan.fiscalYear} จัดทำจากผล ITA ปี ${plan.assessment.year} ` +
      `(${plan.assessment.score} คะแนน ระดับ “${plan.assessment.level}”) มี ${plan.issues.length} ประเด็น ประเด็นละ 1 มาตรการ:\n${issueLines(plan)}`,
    COMMON_QUESTIONS,
  );
}

export function planYearReply(d: Extract<Decision, { type: "plan-year" }>, { plan }: TemplateContext): Reply {
  // The fiscal year itself (1 ต.ค. – 30 ก.ย.), not a measure's period: measures may each run part of it.
  const { start, end } = fiscalYearDates(plan.fiscalYear);
  const period = ` (${formatThaiDateRange(start, end, "long")})`;
  return planText(
    d.which === "assessment"
      ? `ผลการประเมินที่มาตรการฯ นี้นำมาวิเคราะห์คือผล ITA ปีงบประมาณ พ.ศ. ${plan.assessment.year}: ${plan.assessment.score} คะแนน ระดับ “${plan.assessment.level}” ส่วนมาตรการเป็นของปีงบประมาณ พ.ศ. ${plan.fiscalYear}`
      : `มาตรการฯ นี้ใช้กับปีงบประมาณ พ.ศ. ${plan.fiscalYear}${period} จัดทำจากผล ITA ปี ${plan.assessment.year}`,
    common(0, 4),
  );
}

export function failedListReply(d: Extract<Decision, { type: "failed-list" }>, { plan }: TemplateContext): Reply {
  const all = uniqueItems(plan).filter(({ item }) => !d.tool || toolOfCode(item.code) === d.tool);
  const bound = d.under !== undefined && d.under < Number(plan.itemPassMark) ? d.under : undefined;
  const below = all
    .filter(({ item }) => item.belowPassMark && (bound === undefined || Number(item.score) < bound))
    .sort((a, b) => Number(a.item.score) - Number(b.item.score));
  const scope = d.tool ? `ข้อ ${d.tool}` : "ข้อ";
  if (bound !== undefined) return underReply(below, bound, d.tool ? `${scope} ` : scope, plan);
  const followUps = below.slice(0, 12).map(({ item }) => ({ label: `ทำไม ${item.code} ไม่ผ่าน`, text: `รายละเอียดข้อ ${item.code}` }));
  if (!below.length) return planText(`${scope}ทุกข้อ (${all.length} ข้อ) ได้ ${plan.itemPassMark} คะแนน ผ่านเกณฑ์ทั้งหมดค่ะ`, common(0, 2));
  const lines = below.map(({ item }) => {
    const issues = issuesOfItem(plan, item.code).map((i) => i.number).join(", ");
    return `• ${item.code} ได้ ${item.score} (ประเด็นที่ ${issues})${item.question ? ` ${shorten(item.question, 60)}` : ""}`;
  });
  return planText(
    `${scope}ที่ได้คะแนนต่ำกว่าเกณฑ์ ${plan.itemPassMark} (ไม่ผ่าน) มี ${below.length} ข้อ:\n${lines.join("\n")}\n${scope}อื่นอีก ${all.length - below.length} ข้อได้ ${plan.itemPassMark} คะแนน`,
    followUps,
  );
}

/** "ข้อที่ได้คะแนนต่ำที่สุดคือ e8 (83.00) ในประเด็นที่ 2 …": the lowest item and the issue(s) listing it. */
function lowestItemLine(plan: Plan): string {
  const low = lowestItem(plan);
  if (!low) return "";
  const issues = issuesOfItem(plan, low.item.code).map((i) => `ประเด็นที่ ${i.number} ${shorten(i.title, TITLE_CHARS)}`).join(" และ ");
  return `ข้อที่ได้คะแนนต่ำที่สุดคือ ${low.item.code} (${low.item.score} คะแนน) อยู่ใน${issues}\n\n`;
}

/** Items under a bound the citizen gave ("ต่ำกว่า 99"): those only, quoted with their scores. */
function underReply(below: ReturnType<typeof uniqueItems>, bound: number, scope: string, plan: Plan): Reply {
  if (!below.length) return planText(`ไม่มี${scope}ใดได้คะแนนต่ำกว่า ${bound} ค่ะ ข้อที่ได้น้อยที่สุดได้ ${lowestItem(plan)?.item.score ?? ""} คะแนน`, common(0, 2));
  const lines = below.map(({ item }) => `• ${item.code} ได้ ${item.score} (ประเด็นที่ ${issuesOfItem(plan, item.code).map((i) => i.number).join(", ")})`);
  return planText(`${scope}ที่ได้คะแนนต่ำกว่า ${bound} มี ${below.length} ข้อ:\n${lines.join("\n")}`, common(0, 2));
}

/** The item with the lowest score (the first in plan order when several share it). */
function lowestItem(plan: Plan): ReturnType<typeof uniqueItems>[number] | undefined {
  return [...uniqueItems(plan)].sort((a, b) => Number(a.item.score) - Number(b.item.score))[0];
}

export function fullIssuesReply(_d: Decision, { plan }: TemplateContext): Reply {
  const full = fullIssues(plan);
  return planText(
    full.length
      ? `ประเด็นที่ได้ ${plan.itemPassMark} คะแนนทุกข้อมี ${full.length} ประเด็น:\n${full.map((i) => `• ประเด็นที่ ${i.number} ${shorten(i.title, TITLE_CHARS)} (${i.items.length} ข้อ)`).join("\n")}`
      : `ไม่มีประเด็นใดได้ ${plan.itemPassMark} คะแนนทุกข้อค่ะ`,
    common(1),
  );
}

export function issueSizesReply(d: Extract<Decision, { type: "issue-sizes" }>, { plan }: TemplateContext): Reply {
  const { issues, size } = issuesBySize(plan, d.most);
  const head = `ประเด็นที่มีข้อคำถาม${d.most ? "มาก" : "น้อย"}ที่สุด (${size} ข้อ):`;
  const lines = issues.map((i) => `• ประเด็นที่ ${i.number} ${shorten(i.title, TITLE_CHARS)}`);
  const all = plan.issues.map((i) => `ประเด็นที่ ${i.number}: ${i.items.length} ข้อ`).join(", ");
  return planText(`${head}\n${lines.join("\n")}\n\nจำนวนข้อของแต่ละประเด็น: ${all}`, common(1));
}

export function issuesWithFailedReply(d: Extract<Decision, { type: "issues-with-failed" }>, { plan }: TemplateContext): Reply {
  const { shown, most } = issuesWithFailed(plan, d.most);
  const lowest = d.lowest ? lowestItemLine(plan) : "";
  const head = d.most ? `ประเด็นที่มีข้อไม่ผ่านมากที่สุด (${most} ข้อ):` : `${lowest}ประเด็นที่มีข้อไม่ผ่าน มี ${shown.length} ประเด็น:`;
  const lines = shown.map(({ issue, below }) => `• ประเด็นที่ ${issue.number} ${shorten(issue.title, TITLE_CHARS)}: ${below.map((it) => `${it.code} (${it.score})`).join(", ")}`);
  return planText(`${head}\n${lines.join("\n")}`, common(1));
}

export function countReply(d: Extract<Decision, { type: "count" }>, { plan }: TemplateContext): Reply {
  return planText(countText(plan, d.subject, d.tool), COMMON_QUESTIONS.slice(1, 4));
}

function countText(plan: Plan, subject: CountSubject, tool?: Tool): string {
  const items = uniqueItems(plan).filter(({ item }) => !tool || toolOfCode(item.code) === tool);
  const below = items.filter(({ item }) => item.belowPassMark);
  const byTool = (["IIT", "EIT", "OIT"] as const).map((t) => [t, items.filter(({ item }) => toolOfCode(item.code) === t).length] as const).filter(([, n]) => n > 0);
  const belowList = below.map(({ item }) => `${item.code} (${item.score})`).join(", ");
  const scope = tool ? `ข้อ ${tool} ` : "";
  switch (subject) {
    case "issues":
      return `มาตรการฯ ปีงบประมาณ พ.ศ. ${plan.fiscalYear} มี ${plan.issues.length} ประเด็น:\n${issueLines(plan)}`;
    case "measures":
      return `มี ${plan.issues.length} มาตรการ (ประเด็นละ 1 มาตรการ):\n${issueLines(plan)}`;
    case "steps":
      return `มาตรการทั้ง ${plan.issues.length} ประเด็นมีขั้นตอนรวม ${plan.issues.reduce((n, i) => n + i.measure.steps.length, 0)} ขั้นตอน:\n${plan.issues.map((i) => `ประเด็นที่ ${i.number}: ${i.measure.steps.length} ขั้นตอน`).join("\n")}`;
    case "tools":
    case "per-tool":
      return `การประเมิน ITA ใช้เครื่องมือ 3 ชุด: IIT (แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน), EIT (แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก), OIT (แบบตรวจการเปิดเผยข้อมูลสาธารณะ)\nในแผนนี้: ${byTool.map(([t, n]) => `${t} ${n} ข้อ`).join(", ")} รวม ${items.length} ข้อ`;
    case "units": {
      const units = new Map<string, number[]>();
      for (const i of plan.issues) for (const u of unitsOfMeasure(i.measure.unit)) units.set(u, [...(units.get(u) ?? []), i.number]);
      return `ผู้รับผิดชอบมาตรการมี ${units.size} หน่วย:\n${[...units.entries()].map(([u, ns]) => `• ${u}: ประเด็นที่ ${ns.join(", ")}`).join("\n")}`;
    }
    case "failed":
      return below.length ? `${scope}ที่ได้ต่ำกว่าเกณฑ์ ${plan.itemPassMark} (ไม่ผ่าน) มี ${below.length} ข้อ: ${belowList}` : `${scope}ผ่านเกณฑ์ทุกข้อ (${items.length} ข้อ)`;
    case "passed":
      return `${scope}ที่ได้ ${plan.itemPassMark} คะแนน (ผ่านเกณฑ์) มี ${items.length - below.length} ข้อ จาก ${items.length} ข้อ${below.length ? `; ไม่ผ่าน ${below.length} ข้อ: ${belowList}` : ""}`;
    case "items":
      return `${tool ? `ข้อ ${tool}` : "ข้อคำถามในผลการประเมิน"}มี ${items.length} ข้อ${tool ? "" : ` (${byTool.map(([t, n]) => `${t} ${n}`).join(", ")})`} ผ่านเกณฑ์ ${items.length - below.length} ข้อ ต่ำกว่าเกณฑ์ ${below.length} ข้อ${below.length ? `: ${belowList}` : ""}`;
  }
}

export function unitsAllReply(_d: Decision, { plan }: TemplateContext): Reply {
  return planText(countText(plan, "units"), common(4));
}

export function periodReply(_d: Decision, { plan }: TemplateContext): Reply {
  const periods = new Map<string, number[]>();
  for (const i of plan.issues) periods.set(periodText(i), [...(periods.get(periodText(i)) ?? []), i.number]);
  const text =
    periods.size === 1
      ? `ทุกมาตรการดำเนินการระหว่าง ${[...periods.keys()][0]} (ตลอดปีงบประมาณ พ.ศ. ${plan.fiscalYear})`
      : `ระยะเวลาดำเนินการ:\n${[...periods.entries()].map(([p, ns]) => `• ประเด็นที่ ${ns.join(", ")}: ${p}`).join("\n")}`;
  return planText(text, common(2));
}

export function measuresListReply(_d: Decision, { plan }: TemplateContext): Reply {
  return planText(
    `มาตรการฯ ปีงบประมาณ พ.ศ. ${plan.fiscalYear} มี ${plan.issues.length} มาตรการ:\n${plan.issues.map((i) => `${i.number}. ${shorten(i.measure.title, 75)} (${i.measure.unit})`).join("\n")}`,
    plan.issues.slice(0, 7).map((i) => ({ label: `ประเด็นที่ ${i.number}`, text: `ขั้นตอนมาตรการประเด็นที่ ${i.number}` })),
  );
}

export function itemsWithScoreReply(d: Extract<Decision, { type: "items-with-score" }>, { plan }: TemplateContext): Reply {
  const items = itemsScoring(plan, d.score);
  // where each sits: "which item got 96.97, in which issue" is one question
  const lines = items.map(({ item, issue }) => `• ${item.code} (ประเด็นที่ ${issue.number} ${shorten(issue.title, 60)})${item.question ? ` ${shorten(item.question, 70)}` : ""}`);
  return planText(`ข้อที่ได้ ${items[0]?.item.score ?? d.score} คะแนน มี ${items.length} ข้อ:\n${lines.join("\n")}`, common(1));
}

export function unknownItemReply(d: Extract<Decision, { type: "unknown-item" }>, { plan }: TemplateContext): Reply {
  const byTool = new Map<Tool, number[]>();
  for (const { item } of uniqueItems(plan)) {
    const t = toolOfCode(item.code);
    byTool.set(t, [...(byTool.get(t) ?? []), Number(item.code.slice(1))]);
  }
  const ranges = [...byTool.entries()].map(([tool, nums]) => `${tool[0]?.toLowerCase()}${Math.min(...nums)}–${tool[0]?.toLowerCase()}${Math.max(...nums)}`).join(", ");
  return planText(`ไม่พบข้อ ${d.codes.join(", ")} ในผลการประเมินที่มาตรการฯ นี้อ้างถึงค่ะ (มีข้อ ${ranges})`, common(1));
}
