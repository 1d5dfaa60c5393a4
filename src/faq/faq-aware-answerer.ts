/**
 * The answerer the webhook uses: the plan answerer plus the FAQ entries staff keep in Firestore.
 * `answer()` stays synchronous and fast; `refresh()` (awaited by the answer path before each
 * question) reloads the entries when `settings/faqVersion` changed, checking that one document at
 * most every few seconds, and at once after a change made on this instance (`invalidate()`).
 * A reload builds only the FAQ entries' part of the index, and processes only wordings it has not
 * seen (see `knowledge/knowledge-base.ts`); the plan's part is built once. The command-line `ask`
 * and the eval use the plan alone and never touch Firestore.
 */
import type { Firestore } from "firebase-admin/firestore";
import type { Clock } from "../clock";
import type { Message } from "../line/message-types";
import type { Logger } from "../logs";
import type { Answerer, FaqEntry } from "../qa/answerer";
import type { QaContext } from "../qa/qa-context";
import { createFaqStore } from "./faq-store";
import { createThrottledReload } from "../store/throttled-reload";

export interface AnswerLike {
  answered: boolean;
  kind?: string;
  messages: Message[];
  /** What the answer was about, for the same chat's next question (opaque here). */
  context?: QaContext;
}

/**
 * What the router and capabilities call; `withFaqs` is there when the base is the real answerer
 * (without it, FAQ entries are not used).
 */
export interface BaseAnswerer {
  answer(question: string, context?: QaContext): AnswerLike;
  withFaqs?(faqs: FaqEntry[]): Answerer;
}

export interface FaqAwareAnswerer {
  answer(question: string, context?: QaContext): AnswerLike;
  refresh(): Promise<void>;
  /** A local change: the next refresh reloads without waiting. */
  invalidate(): void;
  /** Number of FAQ entries in use. */
  readonly faqCount: number;
}

export function isFaqAware(a: unknown): a is FaqAwareAnswerer {
  return typeof a === "object" && a !== null && typeof (a as FaqAwareAnswerer).invalidate === "function" && typeof (a as FaqAwareAnswerer).refresh === "function";
}

export function createFaqAwareAnswerer(opts: { base: BaseAnswerer; db: Firestore; clock: Clock; logger: Logger; checkEveryMs?: number }): FaqAwareAnswerer & BaseAnswerer {
  const { base, db, clock, logger } = opts;
  const checkEveryMs = opts.checkEveryMs ?? 5000;
  const store = createFaqStore(db);
  let current: BaseAnswerer = base;
  let loadedVersion = -1;
  let count = 0;

  async function reload(): Promise<void> {
    const version = await store.version();
    if (version === loadedVersion) return;
    // Version 0: nothing was ever written (every change bumps it), so there is nothing to list.
    const faqs = version === 0 ? [] : (await store.list()).filter((f) => f.questions.length && f.answer);
    const entries: FaqEntry[] = faqs.map(({ id, questions, answer }) => ({ id, questions, answer }));
    // Without entries the plan's own answerer is the answer: no index to build.
    current = base.withFaqs && entries.length > 0 ? base.withFaqs(entries) : base;
    loadedVersion = version;
    count = entries.length;
    logger.info("faq.loaded", { version, entries: entries.length });
  }
  const reloads = createThrottledReload({ reload, clock, logger, checkEveryMs, failure: "faq.reload_failed" });

  return {
    get faqCount() {
      return count;
    },
    withFaqs: base.withFaqs?.bind(base),
    answer(question, context) {
      return current.answer(question, context);
    },
    invalidate: reloads.invalidate,
    refresh: reloads.refresh,
  };
}
