import { fitUtf16 } from "../line/fit-label";
import type { Plan, PlanIssue, PlanItem } from "../plan/schema";
import { formatThaiDateRange } from "../thai/thai-date";

/**
 * Small pieces of wording shared by every answer, so that the fiscal year, dates, scores and
 * statuses are said the same way everywhere. Digits are Arabic throughout (one style, readable on
 * a phone); dates are Buddhist Era as the plan writes them.
 */
export function sourceLine(plan: Plan): string {
  return `(ที่มา: มาตรการฯ ${plan.organization.shortName} ปีงบประมาณ พ.ศ. ${plan.fiscalYear})`;
}

/**
 * A measure's period as the plan words it, with the dates it means when the wording is not
 * already those dates: "ไตรมาส 2 (1 มกราคม 2570 - 31 มีนาคม 2570)".
 */
export function periodText(issue: PlanIssue): string {
  const { start, end, text } = issue.measure.period;
  const dates = formatThaiDateRange(start, end, "long");
  const same = (a: string) => a.replace(/[\s\-–—]+/g, "");
  return text && same(text) !== same(dates) ? `${text} (${dates})` : dates;
}

export function statusText(item: PlanItem, plan: Plan): string {
  return item.belowPassMark ? `ต่ำกว่าเกณฑ์ ${plan.itemPassMark} (ไม่ผ่านเกณฑ์)` : "ผ่านเกณฑ์";
}

/**
 * An issue's title is its name, and people look for its words (จัดซื้อจัดจ้าง at the very end of
 * ประเด็นที่ 5): it is quoted whole in an answer's text, unless a plan writes a paragraph for one.
 */
export const TITLE_CHARS = 120;

/** Shortens for a label or a list line, between words (fit-label.ts: Thai words too, never inside a cluster). */
export function shorten(text: string, max: number): string {
  return fitUtf16(text, max);
}

/** The issues with the fewest (or most) items, and that number. */
export function issuesBySize(plan: Plan, most: boolean): { issues: PlanIssue[]; size: number } {
  const sizes = plan.issues.map((i) => i.items.length);
  const size = most ? Math.max(0, ...sizes) : Math.min(...sizes);
  return { issues: plan.issues.filter((i) => i.items.length === size), size };
}

/** The issues whose every item is at the pass mark. */
export function fullIssues(plan: Plan): PlanIssue[] {
  return plan.issues.filter((i) => i.items.every((it) => !it.belowPassMark));
}

/**
 * The issues with an item below the pass mark, each with those items (only the issues with the most
 * of them when `most`), and that most.
 */
export function issuesWithFailed(plan: Plan, most = false): { shown: Array<{ issue: PlanIssue; below: PlanItem[] }>; most: number } {
  const withBelow = plan.issues.map((issue) => ({ issue, below: issue.items.filter((it) => it.belowPassMark) })).filter((x) => x.below.length);
  const top = Math.max(0, ...withBelow.map((x) => x.below.length));
  return { shown: most ? withBelow.filter((x) => x.below.length === top) : withBelow, most: top };
}

/** The items (each once, with its first issue) that scored `score`, however it is written (96.97, 96.970). */
export function itemsScoring(plan: Plan, score: string): Array<{ item: PlanItem; issue: PlanIssue }> {
  return uniqueItems(plan).filter(({ item }) => Number(item.score) === Number(score));
}

/** Issues that list an item (o15 is under two). */
export function issuesOfItem(plan: Plan, code: string): PlanIssue[] {
  return plan.issues.filter((i) => i.items.some((it) => it.code === code));
}

export function findItem(plan: Plan, code: string): PlanItem | undefined {
  for (const issue of plan.issues) for (const item of issue.items) if (item.code === code) return item;
  return undefined;
}

/** Each item once (o15 appears twice in the document), in plan order. */
export function uniqueItems(plan: Plan): Array<{ item: PlanItem; issue: PlanIssue }> {
  const seen = new Set<string>();
  const out: Array<{ item: PlanItem; issue: PlanIssue }> = [];
  for (const issue of plan.issues)
    for (const item of issue.items)
      if (!seen.has(item.code)) {
        seen.add(item.code);
        out.push({ item, issue });
      }
  return out;
}

export function findIssue(plan: Plan, number: number): PlanIssue {
  const issue = plan.issues.find((i) => i.number === number);
  if (!issue) throw new RangeError(`no issue ${number}`);
  return issue;
}
