import type { PlanIssue } from "../../plan/schema";
import { issueCard, itemsSummary, measureCard } from "../cards";
import type { Decision, IssueFocus } from "../decision";
import { COMMON_QUESTIONS, type FollowUp, issueFollowUps } from "../follow-ups";
import { findIssue, periodText, shorten, TITLE_CHARS } from "../wording";
import { planText, type Reply, type TemplateContext } from "./reply";

/** Answers about one issue, several issues side by side, and a theme that runs through several. */
export function issueReply(d: Extract<Decision, { type: "issue" }>, ctx: TemplateContext): Reply {
  const { plan } = ctx;
  const issue = findIssue(plan, d.issue);
  const n = issue.number;
  const head = `มาตรการประเด็นที่ ${n} (${shorten(issue.title, TITLE_CHARS)})`;
  switch (d.focus) {
    case "steps": {
      const step = d.step !== undefined ? issue.measure.steps[d.step - 1] : undefined;
      if (step && !d.wide)
        return planText(`${head}\nขั้นตอนที่ ${d.step}: ${step}\nผู้รับผิดชอบ: ${issue.measure.unit}\nระยะเวลา: ${periodText(issue)}`, [
          { label: "ขั้นตอนทั้งหมด", text: `ขั้นตอนมาตรการประเด็นที่ ${n}` },
          ...issueFollowUps(n, "steps"),
        ]);
      return planText(stepsText(issue), issueFollowUps(n, "steps"), measureCard(plan, issue, d.step));
    }
    case "overview":
    case "title":
      return planText(
        `ประเด็นที่ ${n}: ${issue.title} (${issue.tools.join(", ")})\n${itemsSummary(plan, issue)}\nมาตรการ: ${shorten(issue.measure.title, 160)}\nผู้รับผิดชอบ: ${issue.measure.unit}`,
        issueFollowUps(n),
        issueCard(plan, issue),
      );
    default:
      return planText(`ประเด็นที่ ${n} ${shorten(issue.title, TITLE_CHARS)}\n${aspectText(issue, d.focus, ctx)}`, issueFollowUps(n, d.focus === "who" ? "who" : d.focus === "when" ? "when" : "score"));
  }
}

function stepsText(issue: PlanIssue): string {
  return `มาตรการประเด็นที่ ${issue.number}: ${issue.measure.title}\n${issue.measure.steps.map((s, i) => `${i + 1}. ${s}`).join("\n")}\nผู้รับผิดชอบ: ${issue.measure.unit}\nระยะเวลา: ${periodText(issue)}`;
}

/** One aspect of an issue as a line or two, the same for one issue or several side by side. */
function aspectText(issue: PlanIssue, focus: IssueFocus, ctx: TemplateContext, stepChars = 150): string {
  const { plan } = ctx;
  switch (focus) {
    case "who":
      return `ผู้รับผิดชอบ: ${issue.measure.unit}`;
    case "when":
      return `ระยะเวลาดำเนินการ: ${periodText(issue)}`;
    case "tools":
      return `เครื่องมือการประเมิน: ${issue.tools.join(", ")} (ข้อ ${issue.items.map((i) => i.code).join(", ")})`;
    case "score":
      return `${itemsSummary(plan, issue)}\n${issue.items.map((i) => `${i.code} ${i.score}${i.belowPassMark ? " (ไม่ผ่าน)" : ""}`).join(", ")}`;
    case "failed":
    case "why": {
      const below = issue.items.filter((i) => i.belowPassMark);
      return below.length
        ? below.map((i) => `• ${i.code} ได้ ${i.score}${i.remark ? ` แนวทางแก้ไข: ${shorten(i.remark, 120)}` : ""}`).join("\n")
        : `ผ่านเกณฑ์ทุกข้อ (${issue.items.length} ข้อ ได้ ${plan.itemPassMark} ทุกข้อ)`;
    }
    case "steps":
      return `ขั้นตอน:\n${issue.measure.steps.map((s, i) => `${i + 1}. ${shorten(s, stepChars)}`).join("\n")}`;
    default:
      return `${shorten(issue.measure.title, 120)} (${issue.measure.unit})`;
  }
}

export function issuesReply(d: Extract<Decision, { type: "issues" }>, ctx: TemplateContext): Reply {
  const issues = d.issues.map((n) => findIssue(ctx.plan, n));
  const focus = d.focus === "overview" ? "title" : d.focus;
  const aspects = [focus, ...(d.also ?? [])];
  // one or two measures' steps fit a phone whole (the channels of issue 3 come late in its step 2)
  const stepChars = issues.length <= 2 ? 320 : 150;
  const body = issues.map((i) => `ประเด็นที่ ${i.number} ${shorten(i.title, TITLE_CHARS)}\n${aspects.map((f) => aspectText(i, f, ctx, stepChars)).join("\n")}`).join("\n\n");
  return planText(body + (d.compare ? `\n\n${sameOrNot(issues, focus)}` : ""), issues.map((i) => ({ label: `ประเด็นที่ ${i.number}`, text: `มาตรการประเด็นที่ ${i.number}` })));
}

function sameOrNot(issues: readonly PlanIssue[], focus: IssueFocus): string {
  const key = (i: PlanIssue): string =>
    focus === "who" ? i.measure.unit : focus === "when" ? periodText(i) : i.measure.steps.map((s) => s.replace(/\s+/g, "")).join("|");
  const what = focus === "who" ? "ผู้รับผิดชอบ" : focus === "when" ? "ระยะเวลา" : "ขั้นตอน";
  const names = issues.map((i) => i.number).join(" และ ");
  return new Set(issues.map(key)).size === 1 ? `${what}ของประเด็นที่ ${names} เหมือนกัน` : `${what}ของประเด็นที่ ${names} ไม่เหมือนกัน`;
}

export function unknownIssueReply(d: Extract<Decision, { type: "unknown-issue" }>, ctx: TemplateContext): Reply {
  const { plan } = ctx;
  const lines = plan.issues.map((i) => `${i.number}. ${shorten(i.title, TITLE_CHARS)}`).join("\n");
  return planText(`มาตรการฯ นี้มี ${plan.issues.length} ประเด็น (ประเด็นที่ 1–${plan.issues.length}) ไม่มีประเด็นที่ ${d.issue} ค่ะ\n${lines}`, [COMMON_QUESTIONS[2] as FollowUp]);
}

export function themeReply(d: Extract<Decision, { type: "theme" }>, ctx: TemplateContext): Reply {
  const lines = d.issues.map(({ issue: n, steps }) => {
    const issue = findIssue(ctx.plan, n);
    const quoted = steps.map((s) => `  ขั้นตอนที่ ${s}: ${shorten(issue.measure.steps[s - 1] ?? "", 160)}`).join("\n");
    return `• ประเด็นที่ ${n} ${shorten(issue.title, TITLE_CHARS)} (${issue.measure.unit})\n${quoted}`;
  });
  return planText(`เรื่องนี้อยู่ใน ${d.issues.length} มาตรการ:\n${lines.join("\n")}`, d.issues.map(({ issue }) => ({ label: `ประเด็นที่ ${issue}`, text: `ขั้นตอนมาตรการประเด็นที่ ${issue}` })));
}
