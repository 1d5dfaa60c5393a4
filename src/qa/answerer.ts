import { type Glossary, loadGlossaryFile } from "../knowledge/glossary";
import { createKnowledgeBase, type KnowledgeBase } from "../knowledge/knowledge-base";
import type { FaqEntry } from "../knowledge/records";
import type { Message } from "../line/message-types";
import { loadPlanFile } from "../plan/load-plan";
import { projectFile } from "../plan/project-files";
import type { Plan } from "../plan/schema";
import type { QaContext } from "./qa-context";
import { analyzeQuestion } from "./question";
import { renderAnswer } from "./render-answer";
import type { Routed } from "./decision";
import type { Question } from "./question";
import { route } from "./route";

/**
 * The question-answering engine the webhook calls. Everything expensive (reading the plan, building
 * the index) happens in {@link createAnswerer}; `answer()` is synchronous, pure and fast, and never
 * throws on any text a user can send: a failure inside becomes a hand-off, not a crash.
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

export function createAnswerer(opts: { plan: Plan; faqs?: FaqEntry[]; glossary?: Glossary }): Answerer {
  const glossary = opts.glossary ?? loadDefaultGlossary();
  return answererOver(opts.plan, glossary, createKnowledgeBase(opts.plan, glossary, opts.faqs));
}

/** The answerer over a knowledge base; `withFaqs` reuses its plan index. */
function answererOver(plan: Plan, glossary: Glossary, knowledge: KnowledgeBase): Answerer {
  const routeCtx = { plan, glossary, index: knowledge.plan };
  const renderCtx = { plan, glossary, faqs: knowledge.faqs };

  return {
    answer(question: string, _context?: QaContext): Answer {
      const input = typeof question === "string" ? question.slice(0, MAX_INPUT) : "";
      try {
        const q = analyzeQuestion(input, plan);
        const { decision, confidence } = orFaq(route(q, routeCtx), q, knowledge);
        const rendered = renderAnswer(decision, renderCtx);
        return {
          answered: rendered.kind !== "handoff",
          kind: rendered.kind,
          messages: rendered.messages,
          confidence: rendered.kind === "handoff" ? Math.min(confidence, 0.49) : confidence,
        };
      } catch {
        const rendered = renderAnswer({ type: "handoff", reason: "low-confidence" }, renderCtx);
        return { answered: false, kind: "handoff", messages: rendered.messages, confidence: 0 };
      }
    },
    withFaqs(more: FaqEntry[]): Answerer {
      return answererOver(plan, glossary, knowledge.withFaqs([...knowledge.faqs.values(), ...more]));
    },
  };
}

/**
 * What the plan cannot answer may be a question staff have answered: a saved FAQ entry that means
 * the same answers it, prices and opening hours included (see `knowledge/faq-matcher.ts`).
 */
function orFaq(routed: Routed, q: Question, knowledge: KnowledgeBase): Routed {
  if (routed.decision.type !== "handoff") return routed;
  const match = knowledge.faqMatcher.match(q);
  return match ? { decision: { type: "faq", id: match.faq.id }, confidence: 0.5 + match.score / 2 } : routed;
}
