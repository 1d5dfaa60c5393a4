import type { Decision, IssueFocus, Routed } from "./decision";

/**
 * Several parts of one message often land on the same thing ("i15 ได้เท่าไร ผ่านไหม", "ขั้นตอน
 * อะไรบ้าง และเสร็จเมื่อไร"): identical decisions are said once, and an item's or an issue's answers
 * fold into the one template that covers them all (the item's card covers its score; the measure's
 * card, its steps, unit and period). Parts the plan cannot answer beside parts it can are dropped
 * and counted, so the reply can say so; when none is answered, the most telling reason is kept.
 */
const ITEM_RANK = ["score", "location", "detail"];
const MEASURE = ["steps", "who", "when"];

export function combine(routed: readonly Routed[]): { kept: Routed[]; unanswered: number } {
  const kept: Routed[] = [];
  const handoffs = routed.filter((r) => r.decision.type === "handoff");
  const answered = routed.filter((r) => r.decision.type !== "handoff");
  for (const r of answered) {
    const d = r.decision;
    const same = kept.findIndex((k) => foldable(k.decision, d));
    if (same < 0) kept.push(r);
    else kept[same] = { decision: fold(kept[same]?.decision as Decision, d), confidence: Math.max(r.confidence, kept[same]?.confidence ?? 0) };
  }
  if (!kept.length) return { kept: [...handoffs].sort((a, b) => priority(a.decision) - priority(b.decision)).slice(0, 1), unanswered: 0 };
  // a year the plan does not hold, asked beside one it does ("ปีกายกับปีนี้"), is said plainly, not lumped with the rest
  const years = handoffs.filter((r) => r.decision.type === "handoff" && r.decision.reason === "unknown-year").slice(0, 1);
  return { kept: [...kept, ...years], unanswered: handoffs.length - years.length };
}

/** An issue's aspect that lines up beside others (not one step, not the whole card). */
function aspectOf(d: Decision): { issues: number[]; aspects: IssueFocus[] } | undefined {
  if (d.type === "issues" && d.also?.length && !d.compare) return { issues: d.issues, aspects: [d.focus, ...d.also] };
  if (d.type === "issue" && d.step === undefined && !d.wide && d.focus !== "overview" && d.focus !== "title") return { issues: [d.issue], aspects: [d.focus] };
  return undefined;
}

function foldable(a: Decision, b: Decision): boolean {
  if (JSON.stringify(a) === JSON.stringify(b)) return true;
  // "ประเด็นที่ 5 ใครรับผิดชอบ ได้กี่คะแนน / ต้องทำอะไร": the aspects of one issue asked across parts, said together
  const x = aspectOf(a);
  const y = aspectOf(b);
  if (x && y && (a.type === "issues" || b.type === "issues") && x.issues.join() === y.issues.join()) return true;
  if (a.type === "item" && b.type === "item") return a.codes.join() === b.codes.join() && ITEM_RANK.includes(a.focus) && ITEM_RANK.includes(b.focus);
  if (a.type === "issue" && b.type === "issue") return a.issue === b.issue && MEASURE.includes(a.focus) && MEASURE.includes(b.focus);
  return false;
}

function fold(a: Decision, b: Decision): Decision {
  const x = aspectOf(a);
  const y = aspectOf(b);
  if (x && y && (a.type === "issues" || b.type === "issues")) {
    const [focus, ...also] = [...new Set([...x.aspects, ...y.aspects])] as [IssueFocus, ...IssueFocus[]];
    return { type: "issues", issues: x.issues, focus, also };
  }
  if (a.type === "item" && b.type === "item") return ITEM_RANK.indexOf(b.focus) > ITEM_RANK.indexOf(a.focus) ? b : a;
  if (a.type === "issue" && b.type === "issue" && a.focus !== b.focus) return { type: "issue", issue: a.issue, focus: "steps", wide: true };
  return a;
}

/** When nothing is answered, the most telling reason is given: a request, then a year, then the rest. */
const REASONS = ["request", "unknown-year", "needs-context", "out-of-scope", "low-confidence", "empty"];
function priority(d: Decision): number {
  return d.type === "handoff" ? REASONS.indexOf(d.reason) : REASONS.length;
}
