import type { PlanIssue } from "../../plan/schema";
import { toolOfCode } from "../../thai/item-codes";
import { itemCard } from "../cards";
import type { Decision } from "../decision";
import { COMMON_QUESTIONS, type FollowUp, issueFollowUps } from "../follow-ups";
import { findItem, issuesOfItem, shorten, statusText, TITLE_CHARS } from "../wording";
import { issueReply } from "./issue";
import { planText, type Reply, type TemplateContext } from "./reply";

/** Answers about items by code: score and status, the item's wording, where it sits, comparisons. */
export function itemReply(d: Extract<Decision, { type: "item" }>, ctx: TemplateContext): Reply {
  const { plan } = ctx;
  const first = d.codes[0] as string;
  const issue = issuesOfItem(plan, first)[0] as PlanIssue;
  const followUps: FollowUp[] = [
    { label: `รายละเอียดข้อ ${first}`, text: `รายละเอียดข้อ ${first}` },
    ...issueFollowUps(issue.number, "score"),
    COMMON_QUESTIONS[1] as FollowUp,
  ];
  if (d.focus === "who" || d.focus === "when" || d.focus === "steps") {
    const lead = d.codes.map((c) => `ข้อ ${c} อยู่ในประเด็นที่ ${issuesOfItem(plan, c).map((i) => i.number).join(" และ ")}`).join(", ");
    const issues = [...new Set(d.codes.flatMap((c) => issuesOfItem(plan, c).slice(0, 1).map((i) => i.number)))];
    const parts = issues.map((n) => issueReply({ type: "issue", issue: n, focus: d.focus as "who" | "when" | "steps" }, ctx));
    const only = parts.length === 1 ? parts[0] : undefined;
    return { ...planText(`${lead}\n${parts.map((p) => p.text).join("\n")}`, only?.followUps ?? followUps), ...(only?.card && d.focus === "steps" ? { card: only.card } : {}) };
  }
  if (d.focus === "location") return planText(d.codes.map((c) => locationLine(c, ctx)).join("\n") + sameIssueNote(d.codes, ctx), followUps);
  const item = findItem(plan, first);
  const card = d.codes.length === 1 && d.focus === "detail" && item ? itemCard(plan, item) : undefined;
  const lines = d.codes.map((code) => scoreLine(code, ctx, d.codes.length === 1 || d.focus === "detail"));
  return planText(lines.join("\n\n") + (d.compare ? compareNote(d.codes, ctx) : ""), card ? followUps.slice(1) : followUps, card);
}

function scoreLine(code: string, ctx: TemplateContext, full: boolean): string {
  const { plan } = ctx;
  const item = findItem(plan, code);
  if (!item) return `ข้อ ${code}: ไม่พบในมาตรการฯ นี้`;
  const where = issuesOfItem(plan, code)
    .map((i) => `ประเด็นที่ ${i.number} ${shorten(i.title, TITLE_CHARS)}`)
    .join(" และ ");
  const about = full && item.question ? `\nคำถาม: ${shorten(item.question, 110)}` : "";
  const why = item.belowPassMark && item.remark ? `\nแนวทางแก้ไข: ${shorten(item.remark, full ? 140 : 90)}` : "";
  return `ข้อ ${code} (${toolOfCode(code)}) ได้ ${item.score} คะแนน ${statusText(item, plan)}\nอยู่ใน${where}${about}${why}`;
}

function locationLine(code: string, ctx: TemplateContext): string {
  const item = findItem(ctx.plan, code);
  if (!item) return `ข้อ ${code}: ไม่พบในมาตรการฯ นี้`;
  const where = issuesOfItem(ctx.plan, code)
    .map((i) => `ประเด็นที่ ${i.number} ${i.title}`)
    .join(" และ ");
  return `ข้อ ${code} เป็นข้อของแบบวัด ${toolOfCode(code)} อยู่ใน${where} (ได้ ${item.score} คะแนน)`;
}

function sameIssueNote(codes: readonly string[], ctx: TemplateContext): string {
  if (codes.length < 2) return "";
  const sets = codes.map((c) => new Set(issuesOfItem(ctx.plan, c).map((i) => i.number)));
  const shared = [...(sets[0] ?? [])].filter((n) => sets.every((s) => s.has(n)));
  return shared.length ? `\nทั้ง ${codes.join(" และ ")} อยู่ประเด็นเดียวกัน (ประเด็นที่ ${shared.join(", ")})` : `\n${codes.join(" และ ")} อยู่คนละประเด็นกัน`;
}

function compareNote(codes: readonly string[], ctx: TemplateContext): string {
  const scored = codes.map((c) => ({ c, s: Number(findItem(ctx.plan, c)?.score ?? Number.NaN) })).filter((x) => !Number.isNaN(x.s));
  if (scored.length < 2) return "";
  const min = Math.min(...scored.map((x) => x.s));
  const max = Math.max(...scored.map((x) => x.s));
  if (min === max) return `\n\nได้คะแนนเท่ากัน`;
  const low = scored.filter((x) => x.s === min).map((x) => x.c);
  const high = scored.filter((x) => x.s === max).map((x) => x.c);
  return `\n\nข้อที่ได้คะแนนน้อยกว่า: ${low.join(", ")} (${findItem(ctx.plan, low[0] as string)?.score}) ข้อที่ได้มากกว่า: ${high.join(", ")} (${findItem(ctx.plan, high[0] as string)?.score})`;
}
