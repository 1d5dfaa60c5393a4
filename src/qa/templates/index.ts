import { fitUtf16 } from "../../line/fit-label";
import type { Message } from "../../line/message-types";
import type { Decision } from "../decision";
import { quickReply } from "../follow-ups";
import { sourceLine } from "../wording";
import { glossaryReply } from "./glossary";
import { issueReply, issuesReply, themeReply, unknownIssueReply } from "./issue";
import { itemReply } from "./item";
import type { Reply, TemplateContext } from "./reply";
import { choiceReply, faqReply, handoffReply, smalltalkReply } from "./talk";
import { measuresNotOfReply, unitReply } from "./unit";
import {
  countReply,
  failedListReply,
  fullIssuesReply,
  issueSizesReply,
  issuesWithFailedReply,
  itemsWithScoreReply,
  measuresListReply,
  overviewReply,
  periodReply,
  planSummaryReply,
  planYearReply,
  unitsAllReply,
  unknownItemReply,
} from "./whole-plan";

export type { Reply, TemplateContext } from "./reply";

/**
 * One template per kind of decision (thai-qa.md: counting and listing need templates, not
 * ranking). Every number, name and date in a reply is read from the plan; a plan answer always ends
 * with the fiscal year it quotes. To add a kind of answer: a Decision variant, a template, a line here.
 */
type Templates = { [K in Decision["type"]]: (d: Extract<Decision, { type: K }>, ctx: TemplateContext) => Reply };

const TEMPLATES: Templates = {
  smalltalk: smalltalkReply,
  handoff: handoffReply,
  overview: overviewReply,
  "plan-summary": planSummaryReply,
  "plan-year": planYearReply,
  item: itemReply,
  "unknown-item": unknownItemReply,
  "items-with-score": itemsWithScoreReply,
  issue: issueReply,
  issues: issuesReply,
  "unknown-issue": unknownIssueReply,
  "failed-list": failedListReply,
  "full-issues": fullIssuesReply,
  "issues-with-failed": issuesWithFailedReply,
  "issue-sizes": issueSizesReply,
  count: countReply,
  unit: unitReply,
  "measures-not-of": measuresNotOfReply,
  period: periodReply,
  "units-all": unitsAllReply,
  "measures-list": measuresListReply,
  theme: themeReply,
  glossary: glossaryReply,
  faq: faqReply,
  choice: choiceReply,
};

export function render(d: Decision, ctx: TemplateContext): Reply {
  return (TEMPLATES[d.type] as (d: Decision, ctx: TemplateContext) => Reply)(d, ctx);
}

/** LINE's limit on a text message, less room for the source line. */
const MAX_TEXT = 4800;

/**
 * The messages for one or several answers (issue 13, item 6: every part of a message answered).
 * One answer may use its card; several share one text message, each part in turn, with the plan's
 * fiscal year said once at the end and the last part's follow-ups as quick replies.
 */
export function compose(replies: readonly Reply[], ctx: TemplateContext): Message[] {
  const last = replies[replies.length - 1];
  if (!last) return [];
  const qr = quickReply(last.followUps);
  const withQr = <M extends Message>(m: M): M => (qr ? { ...m, quickReply: qr } : m);
  const fromPlan = replies.some((r) => r.kind === "plan");
  if (replies.length === 1 && last.card) return [withQr(last.card)];
  let body = replies.map((r) => r.text).join("\n\n");
  body = fitUtf16(body, MAX_TEXT);
  return [withQr({ type: "text", text: fromPlan ? `${body}\n\n${sourceLine(ctx.plan)}` : body })];
}
