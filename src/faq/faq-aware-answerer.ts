/**
 * The answerer the webhook uses: the plan answerer plus the FAQ entries staff keep in Firestore.
 * `answer()` stays synchronous and fast; `refresh()` (awaited by the answer path before each
 * question) reloads the entries when `settings/faqVersion` changed, checking that one document at
 * most every few seconds, and at once after a change made on this instance (`invalidate()`).
 * Rebuilding costs ~20 ms for a few entries (the plan's records plus the FAQs); the command-line
 * `ask` and the eval use the plan alone and never touch Firestore.
 */
import type { Firestore } from "firebase-admin/firestore";
import type { Clock } from "../clock";
import type { Message } from "../line/message-types";
import type { Logger } from "../logs";
import type { Answerer, FaqEntry } from "../qa/answerer";
import { createFaqMatcher, type FaqMatcher } from "./faq-matcher";
import { createFaqStore } from "./faq-store";

export interface AnswerLike {
  answered: boolean;
  kind?: string;
  messages: Message[];
}

/** What the router and capabilities call; `withFaqs` is there when the base is the real answerer. */
export interface BaseAnswerer {
  answer(question: string): AnswerLike;
  withFaqs?(faqs: FaqEntry[]): Answerer;
}

export interface FaqAwareAnswerer {
  answer(question: string): AnswerLike;
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
  let matcher: FaqMatcher = createFaqMatcher([]);
  let loadedVersion = -1;
  let lastCheck = -Infinity;
  let stale = true;
  let inFlight: Promise<void> | undefined;
  let count = 0;

  async function reload(): Promise<void> {
    const version = await store.version();
    if (version === loadedVersion) return;
    // Version 0: nothing was ever written (every change bumps it), so there is nothing to list.
    const faqs = version === 0 ? [] : (await store.list()).filter((f) => f.questions.length && f.answer);
    const entries: FaqEntry[] = faqs.map(({ id, questions, answer }) => ({ id, questions, answer }));
    // Without entries the plan's own answerer is the answer: no index to rebuild.
    current = base.withFaqs && entries.length > 0 ? base.withFaqs(entries) : base;
    matcher = createFaqMatcher(entries);
    loadedVersion = version;
    count = entries.length;
    logger.info("faq.loaded", { version, entries: entries.length });
  }

  return {
    get faqCount() {
      return count;
    },
    withFaqs: base.withFaqs?.bind(base),
    answer(question) {
      const a = current.answer(question);
      if (a.answered) return a;
      const faq = matcher.match(question);
      return faq ? { answered: true, kind: "faq", messages: [{ type: "text", text: faq.answer }] } : a;
    },
    invalidate() {
      stale = true;
    },
    async refresh() {
      const now = clock.now().getTime();
      if (!stale && now - lastCheck < checkEveryMs) return;
      inFlight ??= (async () => {
        lastCheck = now;
        stale = false;
        try {
          await reload();
        } catch (error) {
          stale = true;
          logger.warn("faq.reload_failed", { error });
        } finally {
          inFlight = undefined;
        }
      })();
      await inFlight;
    },
  };
}
