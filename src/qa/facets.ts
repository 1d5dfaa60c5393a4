import type { Plan } from "../plan/schema";
import type { Decision, IssueFocus, ItemFocus, Routed } from "./decision";
import { scanCues } from "./cues";
import { isEmptyAbout, type Query } from "./query";
import { fullIssues, issuesOfItem, issuesWithFailed } from "./wording";

/**
 * One part of a message often asks several things of the same subject ("ประเด็นที่ 5 ใครรับผิดชอบ
 * ได้กี่คะแนน ต้องทำอะไร", "e8 ได้จั๊กคะแนน ใผดูแล"): the score, the unit, the period, the steps, why it
 * failed. A decision has one focus, so the others would be lost. Here the asks of the part are read
 * once more, and every aspect asked is answered: the item's own line (score, where it sits, its
 * wording) first, then the measure's aspects side by side for each issue concerned.
 */

/** Glossary terms that name an assessment tool: a template answers about one tool at a time. */
const TOOL_TERMS: ReadonlySet<string> = new Set(["iit", "eit", "oit"]);

/**
 * One query per subject a decision takes only one of: "กองคลังกับสำนักปลัดรับผิดชอบอะไร" asks of two
 * units, "EIT กับ IIT ได้เต็มกี่ข้อ" of two tools. Each is answered in turn; the rest of the query is
 * shared. Items and issues are not split: their templates take several side by side.
 */
export function perSubject(q: Query): Query[] {
  const { units, terms } = q.about;
  if (units.length > 1 && !q.negatesUnit && !q.about.items.length && !q.about.issues.length) return units.map((u) => ({ ...q, about: { ...q.about, units: [u] } }));
  const tools = terms.filter((t) => TOOL_TERMS.has(t));
  if (tools.length > 1 && !q.about.items.length && !q.about.issues.length) return tools.map((t) => ({ ...q, about: { ...q.about, terms: [t] } }));
  return [q];
}

/**
 * "เรื่องทรัพย์สินกับเรื่องจัดซื้อจัดจ้าง ใครดูแล": two topics in the plan's own words, joined by กับ/และ
 * and asked the same thing. Retrieval finds one record per question, so each topic is asked on its
 * own: the texts "<first topic> <ask>" and "<second topic> <ask>". Undefined when the part names
 * things directly (their templates take several already) or has no such shape.
 */
export function topicHalves(q: Query): [string, string] | undefined {
  if (!isEmptyAbout(q.about) || q.quotesItem) return undefined;
  const joins = [...q.text.matchAll(/\s?(?:กับ|และ)\s?/g)];
  const join = joins[0];
  if (joins.length !== 1 || !join) return undefined;
  const askAt = scanCues(q.text).find((c) => c.start > join.index && c.value.some((t) => "ask" in t))?.start;
  if (askAt === undefined) return undefined;
  const first = q.text.slice(0, join.index).trim();
  const second = q.text.slice(join.index + join[0].length, askAt).trim();
  const ask = q.text.slice(askAt).trim();
  if (first.length < 3 || second.length < 3) return undefined;
  return [`${first} ${ask}`, `${second} ${ask}`];
}

/** The measure's aspects a part asks for, in the order a reply gives them. */
function issueAspects(q: Query): IssueFocus[] {
  const a = q.asks;
  const below = q.filters.has("below");
  const out: IssueFocus[] = [];
  if (a.has("score") || (a.has("count") && q.targets.has("item")) || (!below && a.has("pass"))) out.push("score");
  if (a.has("analysis") || below) out.push("failed");
  if (a.has("tool")) out.push("tools");
  if (a.has("owner")) out.push("who");
  if (a.has("period")) out.push("when");
  // "แก้อย่างไร" asks how the item is to be fixed (its analysis), not the measure's steps
  if (a.has("steps") && !a.has("analysis")) out.push("steps");
  return out;
}

/** What the item's own line answers: its score, where it sits, or its wording and analysis. */
function itemOwn(q: Query): ItemFocus | undefined {
  const a = q.asks;
  if (a.has("definition") || a.has("analysis")) return "detail";
  if (a.has("location") || a.has("tool")) return "location";
  if (a.has("score") || a.has("pass")) return "score";
  return undefined;
}

/**
 * The issues a list answer names: those with every item at full marks, those with a failed item (or
 * the ones with the most, or the one holding the lowest item). None for other decisions.
 */
export function listedIssues(d: Decision, plan: Plan): number[] | undefined {
  if (d.type === "full-issues") return fullIssues(plan).map((i) => i.number);
  if (d.type !== "issues-with-failed") return undefined;
  const { shown } = issuesWithFailed(plan, d.most && !d.lowest);
  if (d.lowest) {
    const low = Math.min(...shown.flatMap((x) => x.below.map((it) => Number(it.score))));
    return shown.filter((x) => x.below.some((it) => Number(it.score) === low)).map((x) => x.issue.number);
  }
  return shown.map((x) => x.issue.number);
}

/** At most this many items get every aspect asked ("e8 กับ i8 ได้กี่คะแนน ใครดูแล"). */
const MAX_ITEMS = 3;

const MEASURE_ASPECTS: ReadonlySet<IssueFocus> = new Set<IssueFocus>(["who", "when", "steps"]);

/**
 * The decisions that answer every aspect the part asks of what `routed` is about; just `routed`
 * when the part asks one thing, or the decision is not about items or issues.
 */
export function withFacets(routed: Routed, q: Query, plan: Plan): Routed[] {
  const d = routed.decision;
  const more = (decisions: Decision[]): Routed[] => decisions.map((decision) => ({ decision, confidence: routed.confidence }));
  if (d.type === "issue" || d.type === "issues") {
    if (d.type === "issue" && (d.step !== undefined || d.focus === "overview" || d.focus === "title")) return [routed];
    const aspects = issueAspects(q);
    if (aspects.length < 2) return [routed];
    const issues = d.type === "issue" ? [d.issue] : d.issues;
    const [focus, ...also] = aspects as [IssueFocus, ...IssueFocus[]];
    return more([{ type: "issues", issues, focus, also }]);
  }
  if (d.type === "item") {
    const measure = issueAspects(q).filter((f) => MEASURE_ASPECTS.has(f));
    // a whole list of items (every failed one) keeps to the one aspect asked: the reply would not fit a phone
    if (d.codes.length > MAX_ITEMS || !measure.length || (!itemOwn(q) && measure.length < 2)) return [routed];
    // the item's line says where it sits, so the measure's aspects that follow are read as its own
    const own = itemOwn(q) ?? "location";
    const issues = [...new Set(d.codes.flatMap((c) => issuesOfItem(plan, c).slice(0, 1).map((i) => i.number)))];
    const [focus, ...also] = measure as [IssueFocus, ...IssueFocus[]];
    return more([{ type: "item", codes: d.codes, focus: own, ...(d.compare ? { compare: true } : {}) }, { type: "issues", issues, focus, also }]);
  }
  // "ประเด็นที่ได้เต็มทุกข้อ ใครรับผิดชอบ": the list, then who, when or what for each issue on it
  const listed = listedIssues(d, plan);
  const measure = issueAspects(q).filter((f) => MEASURE_ASPECTS.has(f));
  if (listed?.length && measure.length) {
    const [focus, ...also] = measure as [IssueFocus, ...IssueFocus[]];
    return more([d, { type: "issues", issues: listed, focus, also }]);
  }
  return [routed];
}
