import type { Decision } from "../decision";
import type { FollowUp } from "../follow-ups";
import { handoffText } from "../handoff";
import { shorten } from "../wording";
import type { Reply, TemplateContext } from "./reply";

/** ITA terms from the glossary (the same for every plan), with this plan's own result for the levels. */
export function glossaryReply(d: Extract<Decision, { type: "glossary" }>, ctx: TemplateContext): Reply {
  const { plan } = ctx;
  const term = ctx.glossary.terms.find((t) => t.id === d.id);
  if (!term) return { kind: "handoff", text: handoffText(plan, "low-confidence"), followUps: [] };
  let text: string;
  if (d.id === "levels")
    text = `${term.thaiName}: ${term.measures}\n${plan.organization.shortName} ได้ ${plan.assessment.score} คะแนน ระดับ “${plan.assessment.level}” (ITA ปี ${plan.assessment.year})`;
  else {
    const name = term.english ? `${term.term} ย่อมาจาก ${term.english} หรือ ${term.thaiName}` : `${term.term} คือ ${term.thaiName}`;
    const who = term.respondents ? `\nผู้ตอบ: ${term.respondents}` : "";
    text = d.aspect === "respondents" && term.respondents ? `${term.term} (${term.thaiName})${who}\nวัด: ${term.measures}` : `${name}\nวัด: ${term.measures}${who}`;
  }
  const followUps: FollowUp[] = ctx.glossary.terms
    .filter((t) => t.id !== d.id)
    .slice(0, 5)
    .map((t) => ({ label: `${shorten(t.term, 12)} คืออะไร`, text: `${t.term} คืออะไร` }));
  return { kind: "glossary", text, followUps };
}
