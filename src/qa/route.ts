import type { KnowledgeIndex, SearchHit } from "../knowledge/bm25-index";
import type { Glossary } from "../knowledge/glossary";
import { canonicalize, tokensOf } from "../knowledge/text-pipeline";
import type { Plan } from "../plan/schema";
import { foldThai, trigrams } from "../thai/fold";
import { CHOICE_RATIO, coverage, MIN_COVERAGE, type TopicWords, topicWords } from "./confidence";
import type { CountSubject, Decision, IssueFocus, ItemFocus, Routed } from "./decision";
import type { Question } from "./question";

/**
 * Picks what to answer (thai-qa.md, "Retrieval" and "Answer or hand off"): direct look-ups first
 * (item codes, issue numbers, units, glossary terms are always in scope), then whole-plan questions
 * that name no topic (counts, lists, the overall result), then retrieval with the coverage/veto
 * confidence. Anything else goes to staff.
 */
export interface RouteContext {
  plan: Plan;
  glossary: Glossary;
  index: KnowledgeIndex;
}

const GREETING_ONLY = /^(?:สวัสดี|หวัดดี|ดี|hello|hi|hey|ฮัลโหล|ขอบคุณ|ขอบใจ|ขอบพระคุณ|thank(?:s| you)?|แต๊งกิ้ว|แตงกิ้ว|ok|โอเค|มาก|หลาย|ๆ|เน้อ|เจ้า|ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|นะ|ผม|หนู|ทุกคน|ตอนเช้า|ตอนเย็น|ยามเช้า|ปีใหม่|แอดมิน|พี่|น้อง|admin|bot|บอท|\s)+$/;

/**
 * What a plan of this kind never contains: people's names, phone numbers, addresses, opening
 * hours, today's or tomorrow's news, amounts of money. Questions asking for these are handed to
 * staff even when their other words happen to occur in the plan (วันนี้ อบต. เปิดไหม, ปลัดชื่ออะไร).
 */
const OUTSIDE_PLAN =
  /ชื่ออะไร|ชื่อ(?:จริง|เล่น)|เบอร์|โทร|ติดต่อ(?:ได้)?ที่|ที่อยู่|อยู่ที่ไหน|(?:ได้)?ที่ไหน|วันนี้|พรุ่งนี้|เมื่อวาน|มะรืน|กี่โมง|เวลาทำการ|เปิดทำการ|กี่บาท|บาท|ราคา|(?<!ได้\s?|คะแนน\s?)เท่าไร(?!.*(?:คะแนน|ข้อ|ประเด็น))/;

export function route(q: Question, ctx: RouteContext): Routed {
  const { plan, index } = ctx;
  const sure = (decision: Decision, confidence = 0.95): Routed => ({ decision, confidence });

  if (!/[\u0e01-\u0e2ea-z0-9]/.test(q.canonical)) return sure({ type: "handoff", reason: "empty" }, 0);
  if (GREETING_ONLY.test(q.canonical))
    return sure({ type: "smalltalk", which: q.intents.has("thanks") ? "thanks" : "greeting" });

  const asks = ["who", "when", "score", "failed", "steps", "count", "define", "list", "why", "respondents"] as const;
  if (q.intents.has("thanks") && !q.codes.length && !q.issueNumbers.length && !q.intents.has("request") && !asks.some((i) => q.intents.has(i)))
    return sure({ type: "smalltalk", which: "thanks" });

  const knownYears = new Set([plan.fiscalYear, plan.assessment.year]);
  const otherYear = q.years.find((y) => !knownYears.has(y));
  if (otherYear !== undefined && !q.years.some((y) => knownYears.has(y)))
    return sure({ type: "handoff", reason: "unknown-year", year: otherYear }, 0.2);

  const allCodes = new Set(plan.issues.flatMap((i) => i.items.map((it) => it.code)));
  if (q.codes.length) {
    const known = q.codes.filter((c) => allCodes.has(c));
    if (!known.length) return sure({ type: "unknown-item", codes: q.codes }, 0.8);
    return sure({ type: "item", codes: known, focus: itemFocus(q) });
  }

  if (q.issueNumbers.length === 1) {
    const issue = q.issueNumbers[0] as number;
    if (!plan.issues.some((i) => i.number === issue)) return sure({ type: "unknown-issue", issue }, 0.8);
    return sure({ type: "issue", issue, focus: issueFocus(q), ...(q.stepNumber ? { step: q.stepNumber } : {}) });
  }

  const unitTokens = new Set(q.units.flatMap((u) => tokensOf(canonicalize(u))));
  const words = topicWords(
    q.tokens.filter((t) => !unitTokens.has(t)),
    index,
  );
  const requestLike = q.intents.has("request");

  const planUnits = new Set(plan.issues.map((i) => i.measure.unit));
  const unit = q.units[0];
  if (unit && !requestLike && !words.unknown.length && !words.content.length && (planUnits.has(unit) || q.intents.has("who") || q.intents.has("list")))
    return sure({ type: "unit", unit });

  const glossaryHit = glossaryTerm(q, ctx);
  if (glossaryHit && !requestLike && !words.unknown.length) {
    const g = glossaryDecision(q, glossaryHit, words.content);
    if (g) return sure(g, 0.9);
  }

  if (requestLike) return sure({ type: "handoff", reason: "request" }, 0.1);
  if (OUTSIDE_PLAN.test(q.canonical) && !q.intents.has("score") && !q.intents.has("when")) return sure({ type: "handoff", reason: "out-of-scope" }, 0.05);
  if (words.unknown.length) return sure({ type: "handoff", reason: "out-of-scope" }, 0.05);

  if (q.scores.length && !words.content.length) {
    const score = q.scores.find((s) => s !== "100");
    if (score && plan.issues.some((i) => i.items.some((it) => Number(it.score) === Number(score))))
      return sure({ type: "items-with-score", score });
  }

  if (!words.content.length && !words.loose.length) return wholePlan(q);

  const topicTokens = [...words.content, ...words.loose];
  const hits = rank(index.search(topicTokens, topicGrams(q.tokens, words), 12), q, words, index);
  const top = hits[0];
  if (!top) return sure({ type: "handoff", reason: "low-confidence" }, 0);
  const cov = words.content.length ? coverage(words, top, index) : 0;
  const looseOnly = !words.content.length;
  if (!looseOnly && cov < MIN_COVERAGE) return sure({ type: "handoff", reason: "low-confidence" }, cov * 0.5);
  if (looseOnly && (top.score < 1 || words.loose.join("").length < 6)) return sure({ type: "handoff", reason: "low-confidence" }, 0.2);

  const decision = widenStep(fromHit(top, q), top, hits, words, index);
  const second = hits.find((h) => !sameTarget(fromHit(h, q), decision, plan));
  if (second && isChoosable(decision) && isChoosable(fromHit(second, q)) && second.score >= top.score * CHOICE_RATIO && coverage(words, second, index) >= cov - 0.01) {
    const other = fromHit(second, q);
    return { decision: { type: "choice", options: [decision, other] }, confidence: 0.5 };
  }
  return { decision, confidence: looseOnly ? 0.6 : Math.min(0.95, 0.5 + cov / 2) };
}

function itemFocus(q: Question): ItemFocus {
  const i = q.intents;
  if (i.has("who")) return "who";
  if (i.has("when")) return "when";
  if (i.has("steps") && !i.has("why") && !i.has("score")) return "steps";
  if (i.has("define") || i.has("why") || i.has("detail")) return "detail";
  return "score";
}

function issueFocus(q: Question): IssueFocus {
  const i = q.intents;
  if (i.has("who")) return "who";
  if (i.has("when")) return "when";
  if (i.has("failed") || (i.has("why") && i.has("passed"))) return "failed";
  if (i.has("score") || i.has("passed")) return "score";
  if (q.stepNumber !== undefined || i.has("steps")) return "steps";
  return "overview";
}

/** Questions about the plan as a whole: the words say only what kind of answer is wanted. */
function wholePlan(q: Question): Routed {
  const i = q.intents;
  const sure = (decision: Decision): Routed => ({ decision, confidence: 0.9 });
  const t = q.canonical;
  if (i.has("count")) {
    let subject: CountSubject = "items";
    if (/ประเด็น|หัวข้อ|ด้าน/.test(t)) subject = "issues";
    else if (/มาตรการ|โครงการ|กิจกรรม/.test(t)) subject = "measures";
    else if (/ขั้นตอน/.test(t)) subject = "steps";
    else if (/เครื่องมือ|แบบวัด|ชุด/.test(t)) subject = "tools";
    else if (/หน่วยงาน|กอง|ส่วนราชการ|ฝ่าย/.test(t) && i.has("who")) subject = "units";
    if (subject === "items" && i.has("score") && !/ข้อ/.test(t)) return sure({ type: "overview" });
    if (subject === "items" && i.has("failed")) subject = "failed";
    else if (subject === "items" && i.has("passed")) subject = "passed";
    return sure({ type: "count", subject });
  }
  if (i.has("failed")) return sure({ type: "failed-list" });
  if (i.has("who")) return sure({ type: "units-all" });
  if (i.has("when")) return sure({ type: "period" });
  if (i.has("score") || i.has("level") || i.has("passed")) return sure({ type: "overview" });
  if (/มาตรการ|ประเด็น/.test(t) && (i.has("list") || i.has("steps") || i.has("define"))) return sure({ type: "measures-list" });
  if (/ita|แผน|มาตรการ|ประเมิน|ประเด็น/.test(t)) return sure({ type: "plan-summary" });
  return { decision: { type: "handoff", reason: "low-confidence" }, confidence: 0.1 };
}

interface GlossaryMatch {
  id: string;
}

function glossaryTerm(q: Question, ctx: RouteContext): GlossaryMatch | undefined {
  for (const term of ctx.glossary.terms) {
    for (const alias of [term.term, ...term.aliases]) {
      const a = canonicalize(alias);
      if (a.length >= 3 && new RegExp(`(?<![a-z])${escape(a)}(?![a-z])`).test(q.canonical)) return { id: term.id };
    }
  }
  return undefined;
}

function glossaryDecision(q: Question, match: GlossaryMatch, content: readonly string[]): Decision | undefined {
  const i = q.intents;
  const tool = ({ iit: "IIT", eit: "EIT", oit: "OIT" } as const)[match.id as "iit" | "eit" | "oit"];
  if (match.id === "levels") {
    if (i.has("define") || i.has("level") || i.has("list")) return { type: "glossary", id: "levels", aspect: "define" };
    return { type: "overview" };
  }
  if (i.has("respondents") || (i.has("who") && !i.has("score"))) return { type: "glossary", id: match.id, aspect: "respondents" };
  if (i.has("define")) return { type: "glossary", id: match.id, aspect: "define" };
  if (tool) {
    if (i.has("count")) return { type: "count", subject: i.has("failed") ? "failed" : "items", tool };
    if (i.has("failed") || i.has("score") || i.has("passed")) return { type: "failed-list", tool };
  }
  const otherTopics = content.filter((w) => !["ita", "iit", "eit", "oit", "ปปช"].includes(w));
  if (otherTopics.length) return undefined;
  if (match.id === "ita") {
    if (i.has("failed")) return { type: "failed-list" };
    if (i.has("count") && /ข้อ/.test(q.canonical)) return { type: "count", subject: "items" };
    if (/เครื่องมือ|แบบวัด|ชุด/.test(q.canonical)) return { type: "glossary", id: "ita", aspect: "define" };
    return { type: "overview" };
  }
  return { type: "glossary", id: match.id, aspect: "define" };
}

function fromHit(hit: SearchHit, q: Question): Decision {
  const ref = hit.record.ref;
  switch (ref.kind) {
    case "overview":
      return q.intents.has("failed") ? { type: "failed-list" } : { type: "overview" };
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
      return { type: "glossary", id: ref.id, aspect: q.intents.has("respondents") ? "respondents" : "define" };
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
 * the intent weighting: for short questions coverage says more than term frequency.
 */
function rank(hits: SearchHit[], q: Question, words: TopicWords, index: KnowledgeIndex): SearchHit[] {
  const weighted = preferByIntent(hits, q);
  if (!words.content.length) return weighted;
  const cov = new Map(weighted.map((h) => [h, Math.round(coverage(words, h, index) * 20) / 20]));
  return weighted.sort((a, b) => (cov.get(b) ?? 0) - (cov.get(a) ?? 0) || b.score - a.score);
}

/**
 * The kind of answer asked for decides between records that match equally well: "how / who /
 * when" is about a measure, "what score" about an item. Re-weights and re-sorts the hits.
 */
function preferByIntent(hits: SearchHit[], q: Question): SearchHit[] {
  const i = q.intents;
  const aboutMeasure = i.has("steps") || i.has("who") || i.has("when");
  const aboutScore = i.has("score") || i.has("failed") || i.has("passed") || i.has("why");
  const weight = (hit: SearchHit): number => {
    const kind = hit.record.ref.kind;
    if (aboutMeasure && !aboutScore && kind === "item") return 0.6;
    if (aboutScore && !aboutMeasure && (kind === "measure" || kind === "step")) return 0.8;
    if ((aboutScore || i.has("level")) && !i.has("define") && kind === "glossary") return 0.5;
    return 1;
  };
  return hits.map((h) => ({ ...h, score: h.score * weight(h) })).sort((a, b) => b.score - a.score);
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
