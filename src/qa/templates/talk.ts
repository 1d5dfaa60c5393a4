import type { Decision } from "../decision";
import { COMMON_QUESTIONS, type FollowUp } from "../follow-ups";
import { handoffText } from "../handoff";
import { ackText, greetingText, thanksText } from "../smalltalk";
import { findIssue, shorten } from "../wording";
import type { Reply, TemplateContext } from "./reply";

/** Small talk, hand-offs, staff FAQ answers and the choice between two close topics. */
export function smalltalkReply(d: Extract<Decision, { type: "smalltalk" }>, { plan }: TemplateContext): Reply {
  const text = d.which === "greeting" ? greetingText(plan) : d.which === "thanks" ? thanksText() : ackText();
  return { kind: "smalltalk", text, followUps: COMMON_QUESTIONS };
}

export function handoffReply(d: Extract<Decision, { type: "handoff" }>, { plan, held }: TemplateContext): Reply {
  const followUps = d.reason === "empty" || d.reason === "needs-context" ? COMMON_QUESTIONS : [];
  return { kind: "handoff", text: handoffText(plan, d.reason, d.year, d.yearKind, held), followUps };
}

export function faqReply(d: Extract<Decision, { type: "faq" }>, ctx: TemplateContext): Reply {
  const faq = ctx.faqs.get(d.id);
  return faq ? { kind: "faq", text: faq.answer, followUps: [] } : { kind: "handoff", text: handoffText(ctx.plan, "low-confidence"), followUps: [] };
}

function describe(option: Decision, ctx: TemplateContext): FollowUp {
  switch (option.type) {
    case "issue": {
      const issue = findIssue(ctx.plan, option.issue);
      // The label is cut to LINE's 20 grapheme clusters, between words, where quick replies are made.
      return { label: `ประเด็น ${issue.number} ${issue.title}`, text: `มาตรการประเด็นที่ ${issue.number}` };
    }
    case "item":
      return { label: `ข้อ ${option.codes[0]}`, text: `รายละเอียดข้อ ${option.codes[0]}` };
    case "faq": {
      const q = ctx.faqs.get(option.id)?.questions[0] ?? "";
      return { label: q, text: q };
    }
    default:
      return { label: "ผลคะแนน ITA", text: "ผลคะแนน ITA ได้เท่าไร" };
  }
}

export function choiceReply(d: Extract<Decision, { type: "choice" }>, ctx: TemplateContext): Reply {
  const described = d.options.map((o) => describe(o, ctx));
  const lines = d.options.map((o, i) => {
    if (o.type !== "issue") return `${i + 1}) ${described[i]?.text ?? ""}`;
    const issue = findIssue(ctx.plan, o.issue);
    const step = o.step !== undefined ? issue.measure.steps[o.step - 1] : undefined;
    return `${i + 1}) ประเด็นที่ ${o.issue} ${shorten(issue.title, 70)}${step ? `\n   ขั้นตอน: ${shorten(step, 110)}` : ""}`;
  });
  return { kind: "choice", text: `คำถามนี้ตรงกับหลายเรื่องค่ะ หมายถึงเรื่องใด:\n${lines.join("\n")}\nเลือกจากปุ่มด้านล่างได้เลยค่ะ`, followUps: described };
}
