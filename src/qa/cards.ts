import { renderTemplate } from "../flex/render-template";
import { loadTemplate } from "../flex/templates";
import type { FlexBubble, FlexMessage } from "../line/message-types";
import type { Plan, PlanIssue, PlanItem } from "../plan/schema";
import { toolOfCode } from "../thai/item-codes";
import { issuesOfItem, periodText, shorten, sourceLine, statusText } from "./wording";

/**
 * Flex cards for an item, an issue and a measure, filled from `flex-templates/`. The altText is a
 * one-line summary (what a notification or an old client shows), not a copy of the card: both
 * count as visible text and a phone screen is small.
 */
const PASS_COLOR = "#2E7D32";
/** A card shows at most this many steps, each at most {@link MAX_TEXT} characters: a bubble is 30 KB. */
export const MAX_STEPS = 12;
const MAX_TEXT = 330;
const BELOW_COLOR = "#C62828";

export function itemCard(plan: Plan, item: PlanItem): FlexMessage {
  const issues = issuesOfItem(plan, item.code);
  const first = issues[0] as PlanIssue;
  const contents = renderTemplate<FlexBubble>(loadTemplate("item"), {
    code: item.code,
    tool: toolOfCode(item.code),
    issueNumber: issues.map((i) => i.number).join(" และ "),
    issueTitle: issues.length > 1 ? "" : shorten(first.title, 160),
    score: item.score,
    passMark: plan.itemPassMark,
    status: statusText(item, plan),
    statusColor: item.belowPassMark ? BELOW_COLOR : PASS_COLOR,
    question: item.question && shorten(item.question, MAX_TEXT),
    remark: item.remark && shorten(item.remark, MAX_TEXT),
    note: item.note && shorten(item.note, MAX_TEXT),
    source: sourceLine(plan),
  });
  return {
    type: "flex",
    altText: `ข้อ ${item.code} ได้ ${item.score} คะแนน ${item.belowPassMark ? "ไม่ผ่านเกณฑ์" : "ผ่านเกณฑ์"}`,
    contents,
  };
}

export function itemsSummary(plan: Plan, issue: PlanIssue): string {
  const below = issue.items.filter((i) => i.belowPassMark);
  const head = `${issue.items.length} ข้อ ผ่านเกณฑ์ ${issue.items.length - below.length} ข้อ`;
  return below.length
    ? `${head} ไม่ผ่าน ${below.length} ข้อ: ${below.map((i) => `${i.code} (${i.score})`).join(", ")}`
    : `${head} (ได้ ${plan.itemPassMark} ทุกข้อ)`;
}

export function issueCard(plan: Plan, issue: PlanIssue): FlexMessage {
  const contents = renderTemplate<FlexBubble>(loadTemplate("issue"), {
    issueNumber: issue.number,
    tools: issue.tools.join(", "),
    issueTitle: shorten(issue.title, 160),
    itemsSummary: itemsSummary(plan, issue),
    analysis: shorten(issue.analysis, 320),
    measureTitle: shorten(issue.measure.title, 160),
    unit: shorten(issue.measure.unit, 160),
    period: periodText(issue),
    source: sourceLine(plan),
  });
  return { type: "flex", altText: `ประเด็นที่ ${issue.number}: ${shorten(issue.title, 80)}`, contents };
}

export function measureCard(plan: Plan, issue: PlanIssue, highlight?: number): FlexMessage {
  const contents = renderTemplate<FlexBubble>(loadTemplate("measure"), {
    issueNumber: issue.number,
    issueTitle: shorten(issue.title, 90),
    measureTitle: shorten(issue.measure.title, 160),
    steps: issue.measure.steps.slice(0, MAX_STEPS).map((text, i) => ({
      number: i + 1,
      text: shorten(text, MAX_TEXT),
      weight: highlight === i + 1 ? "bold" : "regular",
    })),
    unit: shorten(issue.measure.unit, 160),
    period: periodText(issue),
    source: sourceLine(plan),
  });
  return {
    type: "flex",
    altText: `มาตรการประเด็นที่ ${issue.number}: ${issue.measure.steps.length} ขั้นตอน ผู้รับผิดชอบ ${shorten(issue.measure.unit, 160)}`,
    contents,
  };
}
