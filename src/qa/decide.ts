import type { KnowledgeIndex } from "../knowledge/bm25-index";
import type { Glossary } from "../knowledge/glossary";
import type { Plan, Tool } from "../plan/schema";
import { ASSESSMENT_NAME_WORDS } from "../lexicon/asks";
import { MONEY_WORDS, SCORE_OR_TOPIC_WORDS } from "../lexicon/amounts";
import type { CountSubject, Decision, Routed, YearKind } from "./decision";
import type { Query } from "./query";
import { issueFocus, itemFocus, retrieve, topicWordsOf } from "./retrieve";
import { itemsAtPlace, placeAsked } from "./rank";
import { asksBeyondDefinition } from "./definition-asked";
import { heldYear, yearKindOf } from "./years";
import { itemsScoring } from "./wording";

/**
 * A typed query → what to answer (thai-qa.md: route first). In order: a year the plan does not
 * hold; what the question names directly (item codes, issue numbers, units, glossary terms — these
 * are always in scope); a topic word the plan has never seen (out of scope); questions about the
 * plan as a whole (counts, lists, the overall result); and last, retrieval of the topic in the
 * question's own words. Each step picks its template by the asks, never by the wording.
 */
export interface DecideContext {
  plan: Plan;
  glossary: Glossary;
  index: KnowledgeIndex;
}

const sure = (decision: Decision, confidence = 0.95): Routed => ({ decision, confidence });

export function decide(q: Query, year: number | undefined, ctx: DecideContext, also: ReadonlyArray<number | undefined> = []): Routed {
  const { plan } = ctx;
  const kind: YearKind = yearKindOf(q);
  if (q.asks.has("year") && (year === undefined || year === heldYear(plan, kind))) return sure({ type: "plan-year", which: kind });
  const unheld = [year, ...also].find((y) => y !== undefined && y !== heldYear(plan, kind));
  if (unheld !== undefined) return sure({ type: "handoff", reason: "unknown-year", year: unheld, yearKind: kind }, 0.2);
  if (q.isRequest) return sure({ type: "handoff", reason: "request" }, 0.1);
  if (q.asksOutside && !q.about.items.length && !q.about.issues.length && !q.about.scores.length) return sure({ type: "handoff", reason: "out-of-scope" }, 0.05);

  const direct = byName(q, ctx);
  if (direct) return direct;

  const words = topicWordsOf(q, ctx.index, namedWords(q, ctx.glossary), ctx.plan.organization);
  if (words.unknown.length) return sure({ type: "handoff", reason: "out-of-scope" }, 0.05);
  if (asksAmount(q, words.content)) return sure({ type: "handoff", reason: "out-of-scope" }, 0.05);

  if (q.quotesItem && words.content.length) {
    // most items' wording is not in the plan: one retold that no item's text matches is found by its issue
    const item = retrieve(q, words, ctx, true);
    if (item.decision.type !== "handoff") return item;
  }
  if (q.about.scores.length && !words.content.length) {
    const score = q.about.scores.find((s) => s !== "100");
    if (score && itemsScoring(plan, score).length) return sure({ type: "items-with-score", score });
  }
  if (!words.content.length && !words.loose.length) return wholePlan(q, plan);
  return retrieve(q, words, ctx);
}

/**
 * "งบประมาณของ อบต. ปีนี้เท่าไร", "what is the budget": how much money, which a plan of measures never
 * says. Only money is named, nothing says score (คะแนน, ผ่าน) or a topic (เรื่อง, ประเด็น), and no
 * measure or steps are asked for: "การใช้งบประมาณได้คะแนนเท่าไร" stays a plan question.
 */
function asksAmount(q: Query, content: readonly string[]): boolean {
  if (!content.length || !content.every((w) => MONEY_WORDS.includes(w))) return false;
  if (q.tokens.some((t) => SCORE_OR_TOPIC_WORDS.includes(t)) || q.targets.size || q.asks.has("steps") || q.asks.has("list")) return false;
  return q.asks.has("score") || q.asks.has("definition") || q.asks.has("count");
}

/** What the question names directly, answered by asks. */
function byName(q: Query, ctx: DecideContext): Routed | undefined {
  const { plan } = ctx;
  const { items, issues, units, terms } = q.about;
  if (items.length) {
    const all = new Set(plan.issues.flatMap((i) => i.items.map((it) => it.code)));
    const known = items.filter((c) => all.has(c));
    if (!known.length) return sure({ type: "unknown-item", codes: items }, 0.8);
    return sure({ type: "item", codes: known, focus: itemFocus(q), ...(known.length > 1 && q.asks.has("comparison") ? { compare: true } : {}) });
  }
  if (issues.length) {
    const missing = issues.find((n) => !plan.issues.some((i) => i.number === n));
    if (missing !== undefined) return sure({ type: "unknown-issue", issue: missing }, 0.8);
    if (issues.length > 1) return sure({ type: "issues", issues, focus: issueFocus(q), ...(q.asks.has("comparison") ? { compare: true } : {}) });
    return sure({ type: "issue", issue: issues[0] as number, focus: issueFocus(q), ...(q.about.step ? { step: q.about.step } : {}) });
  }
  const unit = units[0];
  // every measure runs the whole fiscal year: when a unit's work ends is the plan's period
  if (unit && !q.negatesUnit && q.asks.has("period") && !q.asks.has("steps") && !q.asks.has("list")) return sure({ type: "period" });
  const owned = unit && !q.negatesUnit && asksResults(q) ? plan.issues.filter((i) => i.measure.unit === unit).map((i) => i.number) : [];
  // "เรื่องที่กองคลังรับผิดชอบได้คะแนนเท่าไร", "สำนักปลัดดูแลข้อไหนบ้าง": the results of the issues it owns
  if (owned.length) return sure({ type: "issues", issues: owned, focus: issueFocus(q) === "failed" ? "failed" : "score" });
  if (unit) return sure(q.negatesUnit ? { type: "measures-not-of", unit } : { type: "unit", unit });
  const term = terms[0];
  if (term) return glossaryDecision(q, term, ctx);
  return undefined;
}

/** Asks about scores or survey items rather than duties: a unit's are those of the issues it owns. */
function asksResults(q: Query): boolean {
  const a = q.asks;
  return a.has("score") || a.has("pass") || q.filters.has("below") || (q.targets.has("item") && !a.has("steps"));
}

/** Words that name what the question names already (its units, terms, the assessment): not topics. */
export function namedWords(q: Query, glossary: Glossary): string[] {
  return [...q.about.units, ...q.about.terms.flatMap((id) => termWords(glossary, id)), ...(q.targets.has("assessment") ? ASSESSMENT_NAME_WORDS : [])];
}

function termWords(glossary: Glossary, id: string): string[] {
  const t = glossary.terms.find((g) => g.id === id);
  return t ? [t.term, ...t.aliases] : [];
}

const TOOL_OF: Readonly<Record<string, Tool>> = { iit: "IIT", eit: "EIT", oit: "OIT" };

function glossaryDecision(q: Query, id: string, ctx: DecideContext): Routed | undefined {
  const a = q.asks;
  const tool = TOOL_OF[id];
  if (id === "levels") {
    if (a.has("definition") || a.has("list") || (a.has("level") && !a.has("score") && !a.has("pass"))) return sure({ type: "glossary", id, aspect: "define" }, 0.9);
    return sure({ type: "overview" }, 0.9);
  }
  if (a.has("respondents")) return sure({ type: "glossary", id, aspect: "respondents" }, 0.9);
  if (a.has("definition") && !a.has("score") && !q.filters.has("below")) return sure({ type: "glossary", id, aspect: "define" }, 0.9);
  if (tool) {
    if (a.has("count")) return sure({ type: "count", subject: q.filters.has("below") ? "failed" : q.filters.has("full") ? "passed" : "items", tool }, 0.9);
    if (a.has("score") || a.has("pass") || a.has("list") || q.filters.has("below")) return sure({ type: "failed-list", tool, ...underOf(q) }, 0.9);
    if (a.has("owner")) return sure({ type: "glossary", id, aspect: "respondents" }, 0.9);
  }
  const words = topicWordsOf(q, ctx.index, namedWords(q, ctx.glossary), ctx.plan.organization);
  if (words.content.length || words.unknown.length) return undefined;
  if (id === "ita") {
    if (q.filters.has("below")) return sure({ type: "failed-list", ...underOf(q) }, 0.9);
    if (a.has("count")) return sure({ type: "count", subject: q.targets.has("tool") ? "tools" : "items" }, 0.9);
    if (q.targets.has("tool") && !a.has("score")) return sure({ type: "glossary", id, aspect: "define" }, 0.9);
    if (a.has("owner") || a.has("period") || a.has("steps")) return undefined;
    return sure({ type: "overview" }, 0.9);
  }
  // "ปปช ประเมินได้กี่คะแนน": the term is named, but a score (unit, period…) is asked, which its definition does not give
  if (asksBeyondDefinition(q, true)) return undefined;
  return sure({ type: "glossary", id, aspect: "define" }, 0.9);
}

/** A score bound under the pass mark narrows the list of failed items ("ข้อไหนต่ำกว่า 99"). */
function underOf(q: Query): { under?: number } {
  return q.under !== undefined && q.filters.has("below") ? { under: q.under } : {};
}

/** Questions about the plan as a whole: the asks, targets and filters say which answer. */
function wholePlan(q: Query, plan: Plan): Routed {
  const a = q.asks;
  const t = new Set(q.targets);
  const f = q.filters;
  if (a.has("location")) t.add("issue");
  if (a.has("count")) {
    let subject: CountSubject = "items";
    // "มาตรการรับผิดชอบกี่กอง": the word after กี่ says what is counted, whatever else is named
    if (q.counted === "unit") subject = "units";
    else if (t.has("issue")) subject = "issues";
    else if (t.has("step")) subject = "steps";
    else if (t.has("measure")) subject = "measures";
    else if (t.has("tool")) subject = /แต่ละ/.test(q.text) ? "per-tool" : "tools";
    else if (t.has("unit")) subject = "units";
    if (subject === "items" && a.has("score") && !t.has("item")) return sure({ type: "overview" });
    // "มีกี่ประเด็นที่ผ่านทุกข้อ": the issues that meet the condition, counted and named
    if (subject === "issues" && f.has("full") && !f.has("below")) return sure({ type: "full-issues" });
    if (subject === "issues" && f.has("below")) return sure({ type: "issues-with-failed" });
    if (subject === "items" && f.has("below")) subject = "failed";
    else if (subject === "items" && f.has("full")) subject = "passed";
    return sure({ type: "count", subject });
  }
  if (f.has("size") && (t.has("issue") || a.has("location"))) return sure({ type: "issue-sizes", most: f.has("most") });
  if ((t.has("issue") && f.has("full")) || (q.whichIssue && f.has("full") && !f.has("below"))) return sure({ type: "full-issues" });
  if (q.whichIssue && f.has("below")) return sure({ type: "issues-with-failed", ...(f.has("most") ? { most: true } : {}) });
  if ((t.has("issue") || a.has("location")) && f.has("below") && !t.has("item")) return sure({ type: "issues-with-failed", ...(f.has("most") ? { most: true } : {}) });
  if (t.has("issue") && f.has("most")) return sure({ type: "issues-with-failed", most: true });
  // "ประเด็นไหนได้คะแนนต่ำสุด", "which issue has the lowest item": the issue of the lowest item
  if ((t.has("issue") || q.whichIssue) && f.has("lowest") && !f.has("size")) return sure({ type: "issues-with-failed", lowest: true });
  // "the lowest item": that item (a follow-up "and why" is then about it alone), not every failed one
  // "the second lowest" (อันดับ 2): the items at that place, however many share it ("…ข้อไหนบ้าง")
  const place = placeAsked(q.text);
  if (f.has("lowest") && !f.has("below") && !t.has("tool") && !a.has("count") && (place > 1 || !a.has("list"))) {
    const codes = itemsAtPlace(plan, place);
    if (codes.length) return sure({ type: "item", codes, focus: "score" });
  }
  if (f.has("below") || f.has("lowest")) return sure({ type: "failed-list", ...underOf(q) });
  if (a.has("owner")) return sure({ type: "units-all" });
  if (a.has("period")) return sure({ type: "period" });
  if (a.has("score") || a.has("level") || a.has("pass") || t.has("assessment")) return sure({ type: "overview" });
  if ((t.has("measure") || t.has("issue")) && (a.has("list") || a.has("steps") || a.has("definition"))) return sure({ type: "measures-list" });
  if (t.has("plan") || t.has("measure") || t.has("issue") || /ita|แผน|มาตรการ|ประเมิน|ประเด็น/.test(q.text)) return sure({ type: "plan-summary" });
  return { decision: { type: "handoff", reason: "low-confidence" }, confidence: 0.1 };
}
