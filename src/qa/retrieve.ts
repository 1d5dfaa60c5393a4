import type { KnowledgeIndex, SearchHit } from "../knowledge/bm25-index";
import { canonicalize, tokensOf } from "../knowledge/text-pipeline";
import type { Plan } from "../plan/schema";
import { foldThai, trigrams } from "../thai/fold";
import { CHOICE_RATIO, coverage, MIN_COVERAGE, type TopicWords, topicWords } from "./confidence";
import type { Decision, IssueFocus, ItemFocus, Routed } from "./decision";
import { THEME_KIN } from "../lexicon/themes";
import type { Query } from "./query";
import { asksBeyondDefinition } from "./definition-asked";

/**
 * Finds what a question names in its own words (thai-qa.md, "Retrieval" and "Answer or hand off"):
 * BM25 over the plan's records, ranked by how much of the question each covers, with the kind of
 * answer asked deciding between records that match equally. Below the coverage threshold the
 * question goes to staff; two close records from different issues are offered as a choice; a
 * list question whose words run through several measures gets them all (a theme).
 */
export interface RetrieveContext {
  plan: Plan;
  index: KnowledgeIndex;
}

/** The topic words of a question: its words less the units, terms and structure it names. */
export function topicWordsOf(q: Query, index: KnowledgeIndex, named: readonly string[], organization?: Plan["organization"]): TopicWords {
  const skip = new Set([...named.flatMap((n) => tokensOf(canonicalize(n))), ...organizationWords(q, organization)]);
  return topicWords(
    q.tokens.filter((t) => !skip.has(t)),
    index,
  );
}

/**
 * The words of the plan's own organisation, when the question names it ("อบต.<ชื่อ>มีกี่ประเด็น"): it says whose plan,
 * never what about, so its words are not topic words (they would find the ITA result, whose
 * record carries the name).
 */
function organizationWords(q: Query, organization: Plan["organization"] | undefined): string[] {
  if (!organization) return [];
  const glued = q.text.replace(/\s+/g, "");
  return namesOf(organization).flatMap((n) => (glued.includes(n.proper) ? n.tokens : []));
}

/** Each name's proper part (its words after the first, อบต.) and its tokens: read once per plan, not per question. */
const orgNames = new WeakMap<Plan["organization"], Array<{ proper: string; tokens: string[] }>>();

function namesOf(organization: Plan["organization"]): Array<{ proper: string; tokens: string[] }> {
  let names = orgNames.get(organization);
  if (!names) {
    names = [organization.name, organization.shortName]
      .map((n) => canonicalize(n))
      .map((canonical) => ({ proper: canonical.split(/\s+/).slice(1).join(""), tokens: tokensOf(canonical) }))
      .filter((n) => n.proper.length >= 3);
    orgNames.set(organization, names);
  }
  return names;
}

export function retrieve(q: Query, words: TopicWords, ctx: RetrieveContext, itemsOnly = false): Routed {
  const { index, plan } = ctx;
  const tokens = [...words.content, ...words.loose];
  let hits = rank(index.search(tokens, topicGrams(q.tokens, words), 30), q, words, index);
  if (itemsOnly) hits = hits.filter((h) => h.record.ref.kind === "item");
  // a glossary word inside a question that asks a score, unit, period… of something else: never its definition
  else if (asksBeyondDefinition(q, q.about.terms.length > 0)) hits = hits.filter((h) => h.record.ref.kind !== "glossary");
  const top = hits[0];
  if (!top) return handoff(0);
  const cov = words.content.length ? coverage(words, top, index) : 0;
  const looseOnly = !words.content.length;
  if (!looseOnly && cov < MIN_COVERAGE) return handoff(cov * 0.5);
  if (looseOnly && (top.score < 1 || words.loose.join("").length < 6)) return handoff(0.2);

  // "Which measures say X": the steps that say it, even when an issue's title says it best.
  const theme = top.record.ref.kind === "step" || q.asks.has("location") ? themeOf(q, hits, words, index) : undefined;
  if (theme) return { decision: theme, confidence: 0.8 };
  const decision = widenStep(fromHit(top, q), top, hits, words, index);
  const second = hits.find((h) => !sameTarget(fromHit(h, q), decision, plan));
  const sameStep = second && sameStepText(top, second, plan);
  if (sameStep) return { decision: sameStep, confidence: 0.8 };
  if (second && !namesOverStep(top, second) && isChoosable(decision) && isChoosable(fromHit(second, q)) && second.score >= top.score * CHOICE_RATIO && coverage(words, second, index) >= cov - 0.01)
    return { decision: { type: "choice", options: inPlanOrder([decision, fromHit(second, q)], plan) }, confidence: 0.5 };
  return { decision, confidence: looseOnly ? 0.6 : Math.min(0.95, 0.5 + cov / 2) };
}

function handoff(confidence: number): Routed {
  return { decision: { type: "handoff", reason: "low-confidence" }, confidence };
}

/**
 * "Which measures deal with X": when the question asks for a list and the steps that cover it
 * best belong to several measures, every such measure with its matching steps.
 */
function themeOf(q: Query, hits: readonly SearchHit[], words: TopicWords, index: KnowledgeIndex): Decision | undefined {
  if (!q.asks.has("list") && !q.asks.has("location")) return undefined;
  // the rarest word that some step says: a rarer one only the survey items say ("สั่ง") picks no measure
  const main = [...words.content].sort((a, b) => index.idf(b) - index.idf(a)).find((w) => hits.some((h) => h.record.ref.kind === "step" && h.matched.has(w)));
  const steps = hits.filter((h) => h.record.ref.kind === "step" && main !== undefined && h.matched.has(main) && coverage(words, h, index) >= MIN_COVERAGE);
  // the theme's instances (ออนไลน์: the website, the chatbot…) name it in other measures' steps
  // only when the question is the theme alone ("ช่องทางออนไลน์"), not one instance of it ("บริการออนไลน์")
  const kin = main !== undefined && words.content.every((w) => w in THEME_KIN) ? THEME_KIN[main] : undefined;
  if (kin) for (const h of index.search(kin, [], 30)) if (h.record.ref.kind === "step" && !steps.includes(h)) steps.push(h);
  const byIssue = new Map<number, number[]>();
  for (const h of steps) if (h.record.ref.kind === "step") byIssue.set(h.record.ref.issue, [...(byIssue.get(h.record.ref.issue) ?? []), h.record.ref.step]);
  if (byIssue.size < 2) return undefined;
  return {
    type: "theme",
    issues: [...byIssue.entries()].sort(([a], [b]) => a - b).map(([issue, s]) => ({ issue, steps: [...new Set(s)].sort((a, b) => a - b) })),
  };
}

/** Two measures with the very same step (issues 5 and 6 share theirs): the step, naming both. */
function sameStepText(a: SearchHit, b: SearchHit, plan: Plan): Decision | undefined {
  const ra = a.record.ref;
  const rb = b.record.ref;
  if (ra.kind !== "step" || rb.kind !== "step" || ra.issue === rb.issue) return undefined;
  const text = (issue: number, step: number): string => (plan.issues.find((i) => i.number === issue)?.measure.steps[step - 1] ?? "").replace(/\s+/g, "");
  if (text(ra.issue, ra.step) !== text(rb.issue, rb.step)) return undefined;
  return { type: "theme", issues: [ra, rb].sort((x, y) => x.issue - y.issue).map((r) => ({ issue: r.issue, steps: [r.step] })) };
}

export function itemFocus(q: Query): ItemFocus {
  const a = q.asks;
  if (a.has("owner")) return "who";
  if (a.has("period")) return "when";
  if (a.has("location") || a.has("tool")) return "location";
  // "ต่างกันอย่างไร": how items differ is what they ask and how they scored, not a measure's steps
  if (a.has("definition") || a.has("analysis") || (a.has("comparison") && !a.has("score") && !a.has("pass"))) return "detail";
  if (a.has("steps") && !a.has("score") && !a.has("pass")) return "steps";
  return "score";
}

export function issueFocus(q: Query): IssueFocus {
  const a = q.asks;
  if (a.has("owner")) return "who";
  if (a.has("period")) return "when";
  if (a.has("tool")) return "tools";
  if (q.filters.has("below") || a.has("analysis")) return "failed";
  if (a.has("score") || a.has("pass") || (q.targets.has("item") && (a.has("list") || a.has("count")))) return "score";
  if (q.about.step !== undefined || a.has("steps") || q.targets.has("step")) return "steps";
  return "overview";
}

function fromHit(hit: SearchHit, q: Query): Decision {
  const ref = hit.record.ref;
  switch (ref.kind) {
    case "overview":
      return q.filters.has("below") ? { type: "failed-list" } : { type: "overview" };
    case "item":
      return { type: "item", codes: [ref.code], focus: itemFocus(q) };
    case "issue":
      return { type: "issue", issue: ref.issue, focus: issueFocus(q) };
    case "measure": {
      const focus = issueFocus(q);
      return { type: "issue", issue: ref.issue, focus: focus === "overview" ? "steps" : focus };
    }
    case "step": {
      const focus = issueFocus(q);
      return { type: "issue", issue: ref.issue, focus: focus === "overview" ? "steps" : focus, step: ref.step };
    }
    case "glossary":
      return { type: "glossary", id: ref.id, aspect: q.asks.has("respondents") ? "respondents" : "define" };
    case "faq":
      return { type: "faq", id: ref.id };
  }
}

/**
 * Trigrams of the topic words only, keeping words that were adjacent together (a misspelt word is
 * often cut in two: ทรัพ|สิน), so structural words (ผู้รับผิดชอบ, มาตรการ) do not pull every measure.
 */
function topicGrams(tokens: readonly string[], words: TopicWords): string[] {
  const topic = new Set([...words.content, ...words.loose, ...words.unknown]);
  return trigrams(foldThai(tokens.map((t) => (topic.has(t) ? t : " ")).join("")));
}

/**
 * Orders hits by how much of the question they cover (rarer words weigh more), then by BM25, after
 * the ask weighting: for short questions coverage says more than term frequency.
 */
function rank(hits: SearchHit[], q: Query, words: TopicWords, index: KnowledgeIndex): SearchHit[] {
  const weighted = preferByAsk(hits, q);
  if (!words.content.length) return weighted;
  const cov = new Map(weighted.map((h) => [h, Math.round(coverage(words, h, index) * 20) / 20]));
  return weighted.sort((a, b) => (cov.get(b) ?? 0) - (cov.get(a) ?? 0) || b.score - a.score);
}

/**
 * The kind of answer asked decides between records that match equally well: "how / who / when"
 * is about a measure, "what score" about an item, "ข้อ…" about an item.
 */
function preferByAsk(hits: SearchHit[], q: Query): SearchHit[] {
  const a = q.asks;
  const aboutMeasure = a.has("steps") || a.has("owner") || a.has("period") || q.targets.has("measure");
  const aboutScore = a.has("score") || a.has("pass") || a.has("analysis") || q.filters.has("below") || q.targets.has("item");
  const weight = (hit: SearchHit): number => {
    const kind = hit.record.ref.kind;
    if (!aboutScore && kind === "item") return 0.6;
    if (aboutScore && !aboutMeasure && (kind === "measure" || kind === "step")) return 0.8;
    if ((aboutScore || a.has("level")) && !a.has("definition") && kind === "glossary") return 0.5;
    return 1;
  };
  return hits.map((h) => ({ ...h, score: h.score * weight(h) })).sort((x, y) => y.score - x.score);
}

/**
 * A step answers the question only when its words are specific to it; when another step of the
 * same measure covers the question as well, the whole measure is shown (the step in bold).
 */
function widenStep(decision: Decision, top: SearchHit, hits: readonly SearchHit[], words: TopicWords, index: KnowledgeIndex): Decision {
  const ref = top.record.ref;
  if (decision.type !== "issue" || ref.kind !== "step" || decision.focus !== "steps") return decision;
  const own = coverage(words, top, index);
  const rival = hits.some((h) => h !== top && h.record.ref.kind === "step" && h.record.ref.issue === ref.issue && coverage(words, h, index) >= own - 0.01);
  return rival ? { type: "issue", issue: ref.issue, focus: "steps", step: ref.step, wide: true } : decision;
}

/** Options in the order the plan lists them, so the same choice always reads the same way. */
function inPlanOrder(options: Decision[], plan: Plan): Decision[] {
  const at = (d: Decision): number => {
    if (d.type === "issue") return d.issue;
    if (d.type === "item") return plan.issues.find((i) => i.items.some((it) => it.code === d.codes[0]))?.number ?? 0;
    return Number.MAX_SAFE_INTEGER;
  };
  return [...options].sort((a, b) => at(a) - at(b));
}

/**
 * An issue or measure whose own name says the topic is what the question is about; another
 * measure that only mentions it in one step is no rival ("who handles public relations" is
 * issue 3, not issue 5's step that tells staff of new rules).
 */
function namesOverStep(top: SearchHit, second: SearchHit): boolean {
  const k = top.record.ref.kind;
  return (k === "issue" || k === "measure") && second.record.ref.kind === "step";
}

/** Only distinct plan topics or FAQ entries are worth asking the citizen to choose between. */
function isChoosable(d: Decision): boolean {
  return d.type === "issue" || d.type === "item" || d.type === "faq";
}

/** Whether two decisions would give the same answer or the same issue (so they are not a real choice). */
function sameTarget(a: Decision, b: Decision, plan: Plan): boolean {
  const issueOf = (d: Decision): number | undefined =>
    d.type === "issue" ? d.issue : d.type === "item" ? plan.issues.find((i) => i.items.some((it) => it.code === d.codes[0]))?.number : undefined;
  const ia = issueOf(a);
  if (ia !== undefined) return ia === issueOf(b);
  return JSON.stringify(a) === JSON.stringify(b);
}
