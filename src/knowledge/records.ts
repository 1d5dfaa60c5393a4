import type { Plan } from "../plan/schema";
import type { Glossary } from "./glossary";

/**
 * What the engine can answer from, one record per answerable thing (thai-qa.md: index the plan as
 * structured records and answer with the record, not with text windows). A record points back to
 * the plan, glossary or FAQ entry it came from; `fields` is only what the index reads.
 */
export type RecordRef =
  | { kind: "overview" }
  | { kind: "issue"; issue: number }
  | { kind: "measure"; issue: number }
  | { kind: "step"; issue: number; step: number }
  | { kind: "item"; issue: number; code: string }
  | { kind: "glossary"; id: string }
  | { kind: "faq"; id: string };

export interface KnowledgeRecord {
  id: string;
  ref: RecordRef;
  /** Texts with their weight in the index: what names the record weighs more than its body. */
  fields: ReadonlyArray<readonly [text: string, weight: number]>;
}

export interface FaqEntry {
  id: string;
  questions: string[];
  answer: string;
}

/** Records of a plan and the glossary. */
export function buildPlanRecords(plan: Plan, glossary: Glossary): KnowledgeRecord[] {
  const records: KnowledgeRecord[] = [
    {
      id: "overview",
      ref: { kind: "overview" },
      fields: [
        [`ผลการประเมินคุณธรรมและความโปร่งใส ita ภาพรวม คะแนน ระดับ ${plan.assessment.level} ${plan.assessment.score}`, 2],
        [`${plan.organization.name} ปีงบประมาณ ${plan.assessment.year}`, 0.5],
      ],
    },
  ];
  for (const issue of plan.issues) {
    const m = issue.measure;
    records.push({
      id: `issue-${issue.number}`,
      ref: { kind: "issue", issue: issue.number },
      fields: [
        [issue.title, 3],
        [`ประเด็น ${issue.tools.join(" ")}`, 0.5],
        [issue.analysis, 0.4],
      ],
    });
    records.push({
      id: `measure-${issue.number}`,
      ref: { kind: "measure", issue: issue.number },
      fields: [
        [`${m.title} มาตรการ`, 2.5],
        [issue.title, 2],
        [m.steps.join(" "), 0.6],
        [`${m.unit} ผู้รับผิดชอบ`, 0.6],
      ],
    });
    m.steps.forEach((step, i) =>
      records.push({
        id: `step-${issue.number}-${i + 1}`,
        ref: { kind: "step", issue: issue.number, step: i + 1 },
        fields: [
          [step, 1.6],
          [`${m.title} ${issue.title}`, 0.4],
        ],
      }),
    );
    for (const item of issue.items)
      records.push({
        id: `item-${item.code}-${issue.number}`,
        ref: { kind: "item", issue: issue.number, code: item.code },
        fields: [
          [`${item.code} ${item.question ?? ""}`, item.question ? 1.6 : 0.8],
          [item.remark ?? "", 0.8],
          [issue.title, 0.2],
        ],
      });
  }
  for (const term of glossary.terms)
    records.push({
      id: `glossary-${term.id}`,
      ref: { kind: "glossary", id: term.id },
      fields: [
        [`${term.term} ${term.aliases.join(" ")}`, 2],
        [`${term.english ?? ""} ${term.thaiName}`, 0.8],
        [`${term.measures} ${term.respondents ?? ""}`, 0.3],
      ],
    });
  return records;
}

/**
 * Records of FAQ entries staff have written: one per entry, each wording of its question a field.
 * The answer is not indexed: a citizen's question is matched against questions staff accepted as
 * meaning the same, and an answer's words (a unit, a phone line, a weekday) would let a question
 * that merely mentions them find the entry.
 */
export function buildFaqRecords(faqs: readonly FaqEntry[]): KnowledgeRecord[] {
  return faqs.map((faq) => ({
    id: `faq-${faq.id}`,
    ref: { kind: "faq", id: faq.id },
    fields: faq.questions.map((q) => [q, 1] as const),
  }));
}
