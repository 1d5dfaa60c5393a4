import { type Glossary, loadGlossaryFile } from "../knowledge/glossary";
import { createKnowledgeBase, type KnowledgeBase } from "../knowledge/knowledge-base";
import type { FaqEntry } from "../knowledge/records";
import { processText } from "../knowledge/text-pipeline";
import type { Message } from "../line/message-types";
import { loadPlanFile } from "../plan/load-plan";
import { projectFile } from "../plan/project-files";
import type { Plan } from "../plan/schema";
import { combine } from "./combine";
import { perSubject, topicHalves, withFacets } from "./facets";
import { decide, namedWords, type DecideContext } from "./decide";
import type { Decision, Routed } from "./decision";
import { buildVocabulary } from "./entities";
import { borrow, keepList, mergeTopics, readTopic, type Topic, toContext, topicOf } from "./follow-up";
import type { QaContext } from "./qa-context";
import { isEmptyAbout, type Query } from "./query";
import { topicWordsOf } from "./retrieve";
import { compose, render, type TemplateContext } from "./templates";
import { understand } from "./understand";
import { heldYear, resolveYear, yearKindOf } from "./years";

/**
 * The question-answering engine the webhook calls. Everything expensive (reading the plan, building
 * the index and vocabularies) happens in {@link createAnswerer}; `answer()` is synchronous, pure and
 * fast, and never throws on any text a user can send: a failure inside becomes a hand-off, not a
 * crash. text → typed queries (`understand`) → follow-ups filled from the chat (`borrow`) → what to
 * say (`decide`) → templates that quote the plan (`templates/`).
 */
export type { FaqEntry } from "../knowledge/records";

export interface Answer {
  /** true = answered from knowledge (plan, glossary, FAQ, smalltalk); false = handed off / don't know. */
  answered: boolean;
  kind: "plan" | "glossary" | "faq" | "smalltalk" | "choice" | "handoff";
  /** 1–5 LINE message objects, valid under LINE limits. */
  messages: Message[];
  /** 0..1 */
  confidence: number;
  /** What this answer was about, for the chat's next question (see {@link QaContext}). */
  context?: QaContext;
}

export interface Answerer {
  /**
   * Answers one question; `context` is what the same chat's previous answer was about (absent for
   * a new chat or an expired one).
   */
  answer(question: string, context?: QaContext): Answer;
  /** A new answerer that also knows these FAQ entries (staff answers worth keeping). */
  withFaqs(faqs: FaqEntry[]): Answerer;
}

/** Longest input read at all; LINE allows 5,000 characters, retrieval reads far fewer. */
const MAX_INPUT = 5000;

export const DEFAULT_PLAN_FILE = ["data", "plans", "wiang-tha-kan-2568.json"] as const;
export const GLOSSARY_FILE = ["data", "plans", "ita-glossary.json"] as const;

let defaultPlan: Plan | undefined;
let defaultGlossary: Glossary | undefined;

/** The shipped plan, read and validated synchronously on first use, then kept. */
export function loadDefaultPlan(): Plan {
  defaultPlan ??= loadPlanFile(projectFile(...DEFAULT_PLAN_FILE));
  return defaultPlan;
}

/** The shipped ITA glossary, read once. */
export function loadDefaultGlossary(): Glossary {
  defaultGlossary ??= loadGlossaryFile(projectFile(...GLOSSARY_FILE));
  return defaultGlossary;
}

export interface AnswererOptions {
  /** The current plan: what questions answer from unless they name another year. */
  plan: Plan;
  faqs?: FaqEntry[];
  glossary?: Glossary;
  /**
   * The other plans the bot holds (past years): a question naming one of their years ("ปีงบ 68",
   * "แผนปีที่แล้ว"), or following up on an answer from one, answers from that plan.
   */
  others?: readonly Plan[];
  /** The current fiscal year (Buddhist Era), what "ปีนี้" means; the plan's own year when omitted. */
  thisYear?: number;
}

/** One held plan as the engine reads it: where its decisions and templates look. */
interface PlanEngine {
  plan: Plan;
  decideCtx: DecideContext;
}

export function createAnswerer(opts: AnswererOptions): Answerer {
  const glossary = opts.glossary ?? loadDefaultGlossary();
  const others: PlanEngine[] = (opts.others ?? [])
    .filter((p) => p.id !== opts.plan.id)
    .map((p) => ({ plan: p, decideCtx: { plan: p, glossary, index: createKnowledgeBase(p, glossary).plan } }));
  const years = { others, thisYear: opts.thisYear ?? opts.plan.fiscalYear };
  return answererOver(opts.plan, glossary, buildVocabulary(opts.plan, glossary), createKnowledgeBase(opts.plan, glossary, opts.faqs), years);
}

/** The answerer over a knowledge base; `withFaqs` reuses its plan index and vocabulary. */
function answererOver(
  plan: Plan,
  glossary: Glossary,
  vocabulary: ReturnType<typeof buildVocabulary>,
  knowledge: KnowledgeBase,
  years: { others: readonly PlanEngine[]; thisYear: number },
): Answerer {
  const index = knowledge.plan;
  const main: PlanEngine = { plan, decideCtx: { plan, glossary, index } };
  const engines = [main, ...years.others];
  const held = engines.map((e) => e.plan);
  const templateCtxOf = (e: PlanEngine): TemplateContext => ({ plan: e.plan, glossary, faqs: knowledge.faqs, held });
  const now = years.thisYear;

  /**
   * Which held plan a message is about: the one holding a year its parts name (the current plan
   * first); else, for a follow-up ("แล้ว…", "ข้อนั้น…", no subject of its own), the one the chat's
   * last answer came from; else the current plan. A year no plan holds stays with the current plan,
   * which says honestly which years there are.
   */
  const engineFor = (parts: readonly Query[], context: QaContext | undefined): PlanEngine => {
    const fromChat = engines.find((e) => readTopic(context, e.plan));
    const base = fromChat ? (readTopic(context, fromChat.plan)?.year ?? now) : now;
    for (const part of parts) {
      const year = resolveYear(part.year, base, now, part.asksIfOut);
      if (year === undefined) continue;
      const kind = yearKindOf(part);
      return engines.find((e) => heldYear(e.plan, kind) === year) ?? main;
    }
    const leansOnChat = parts.some((p) => p.followUp || p.refersBack || isEmptyAbout(p.about));
    return (leansOnChat && fromChat) || main;
  };

  const reply = (routed: readonly Routed[], topic: Topic | undefined, templateCtx: TemplateContext = templateCtxOf(main)): Answer => {
    const { kept, unanswered } = combine(routed);
    const replies = kept.map((r) => render(r.decision, templateCtx));
    if (unanswered && replies.some((r) => r.kind !== "handoff")) replies.push({ kind: "handoff", text: OTHER_PART, followUps: replies[replies.length - 1]?.followUps ?? [] });
    const main = replies.find((r) => r.kind !== "handoff") ?? replies[0];
    const answered = main !== undefined && main.kind !== "handoff";
    const answers = kept.filter((r) => r.decision.type !== "handoff");
    const confidence = Math.min(...(answers.length ? answers : kept).map((r) => r.confidence));
    return {
      answered,
      kind: main?.kind ?? "handoff",
      messages: compose(replies, templateCtx),
      confidence: answered ? confidence : Math.min(confidence, 0.49),
      ...(topic ? { context: toContext(topic) as QaContext } : {}),
    };
  };

  const answerParts = (engine: PlanEngine, parts: readonly Query[], start: Topic | undefined): Answer => {
    const { plan, decideCtx } = engine;
    let topic = start;
    let last: Topic | undefined;
    const routed: Routed[] = [];
    for (const part of parts) {
      const words = topicWordsOf(part, decideCtx.index, namedWords(part, glossary), plan.organization);
      const borrowed = borrow(part, topic, words.content.length + words.unknown.length + words.loose.length > 0);
      if ("needsContext" in borrowed) {
        routed.push(handoff("needs-context", 0.3));
        continue;
      }
      const q = borrowed.query;
      const base = borrowed.base ?? now;
      const year = resolveYear(q.year, base, now, q.asksIfOut);
      const also = q.alsoYears.map((y) => resolveYear(y, base, now));
      const kind = yearKindOf(q);
      const unheldAlso = also.find((y) => y !== undefined && y !== heldYear(plan, kind));
      // "ปีกายกับปีนี้ได้เท่าไร": the held year is answered, the other said honestly to be missing
      const split = unheldAlso !== undefined && (year === undefined || year === heldYear(plan, kind)) && !q.asks.has("comparison");
      const topics: Array<Topic | undefined> = [];
      for (const one of perSubject(q)) {
        const r = decide(one, year, decideCtx, split ? [] : also);
        const halves = bothTopics(one, r, year, decideCtx);
        for (const [part, routedPart] of halves ?? [[one, r] as const]) {
          routed.push(...withFacets(routedPart, part, plan));
          topics.push(topicOf(routedPart.decision, part, plan, year));
        }
      }
      if (split) routed.push({ decision: { type: "handoff", reason: "unknown-year", year: unheldAlso, yearKind: kind }, confidence: 0.2 });
      const t = keepList(mergeTopics(topics), topic, part.ordinal !== undefined);
      if (t) topic = last = t;
    }
    return reply(routed, last, templateCtxOf(engine));
  };

  /**
   * Two topics asked the same thing, each answered from the plan: when the whole found only one of
   * them (or none, or could not choose). None if either half is not answered from the plan.
   */
  const bothTopics = (q: Query, whole: Routed, year: number | undefined, decideCtx: DecideContext): Array<readonly [Query, Routed]> | undefined => {
    const texts = topicHalves(q);
    if (!texts) return undefined;
    const decided = texts.map((text) => understand(text, vocabulary).parts[0]).map((h) => (h ? ([h, decide(h, year, decideCtx)] as const) : undefined));
    // each half names a topic of its own (an item or an issue), and they are not the same one
    const topical = (d: Routed): boolean => d.decision.type === "item" || d.decision.type === "issue" || d.decision.type === "issues";
    const [a, b] = decided;
    if (!a || !b || !topical(a[1]) || !topical(b[1])) return undefined;
    // what a decision is about (an issue answered from one of its steps is still that issue)
    const key = ({ decision: d }: Routed): string =>
      d.type === "item" ? `item ${d.codes.join()}` : d.type === "issue" ? `issues ${d.issue}` : d.type === "issues" ? `issues ${d.issues.join()}` : d.type;
    if (key(a[1]) === key(b[1])) return undefined;
    // the whole found none of them, or only one: the one-word-at-a-time reading says more
    const unsure = whole.decision.type === "handoff" || whole.decision.type === "choice";
    return unsure || key(whole) === key(a[1]) || key(whole) === key(b[1]) ? [a, b] : undefined;
  };

  /**
   * What the plan cannot answer may be a question staff have answered: a saved FAQ entry that means
   * the same answers it, prices and opening hours included (see `knowledge/faq-matcher.ts`). Saved
   * entries never change a plan answer.
   */
  const orFaq = (answer: Answer, input: string): Answer => {
    if (answer.answered) return answer;
    const match = knowledge.faqMatcher.match(processText(input));
    return match ? reply([{ decision: { type: "faq", id: match.faq.id }, confidence: 0.5 + match.score / 2 }], undefined) : answer;
  };

  return {
    answer(question: string, context?: QaContext): Answer {
      const input = typeof question === "string" ? question.slice(0, MAX_INPUT) : "";
      try {
        const u = understand(input, vocabulary);
        if (u.act === "smalltalk") return { ...reply([{ decision: { type: "smalltalk", which: u.smallTalk ?? "ack" }, confidence: 0.95 }], undefined), ...(context ? { context } : {}) };
        if (u.act === "noise" || !u.parts.length) return reply([handoff("empty", 0)], undefined);
        if (u.act === "request") return orFaq(reply([handoff("request", 0.1)], undefined), input);
        const engine = engineFor(u.parts, context);
        return orFaq(answerParts(engine, u.parts, readTopic(context, engine.plan)), input);
      } catch {
        return reply([handoff("low-confidence", 0)], undefined);
      }
    },
    withFaqs(more: FaqEntry[]): Answerer {
      return answererOver(plan, glossary, vocabulary, knowledge.withFaqs([...knowledge.faqs.values(), ...more]), years);
    },
  };
}

const OTHER_PART = "ส่วนเรื่องอื่นในข้อความนี้ไม่มีในมาตรการฯ ที่ระบบใช้ตอบค่ะ หากต้องการให้เจ้าหน้าที่ช่วย กรุณาพิมพ์แจ้งเรื่องนั้นแยกมาอีกข้อความนะคะ";

function handoff(reason: Extract<Decision, { type: "handoff" }>["reason"], confidence: number): Routed {
  return { decision: { type: "handoff", reason }, confidence };
}
