/**
 * Answers from the plans the bot holds: the current one by default, a past year's when a question
 * names its year or follows up on an answer from it (the engine picks, see `qa/answerer.ts`), with
 * "ปีนี้" meaning the current fiscal year. An answerer is built the first time a question comes for
 * a set of plans (building the indexes takes a moment, so once per set, then kept), and FAQ entries
 * staff keep apply whatever the plans. `answer()` stays synchronous: it reads the plan book's latest
 * copy, which the webhook brings up to date before each event.
 */
import type { Answerer, AnswererOptions, FaqEntry } from "../qa/answerer";
import type { HeldPlan } from "./held-plan";

/** What an answerer is built from: the current plan, the past years', and the current fiscal year. */
export type PlansToAnswerFrom = Required<Pick<AnswererOptions, "plan" | "others" | "thisYear">>;

export interface PlanAwareOptions {
  /** Every held plan as last loaded, the current one among them. */
  held: () => readonly HeldPlan[];
  /** The current fiscal year (Buddhist Era), from the app's clock. */
  thisYear: () => number;
  build: (plans: PlansToAnswerFrom) => Answerer;
}

export function createPlanAwareAnswerer(opts: PlanAwareOptions): Answerer {
  const bases = new Map<string, Answerer>();

  /** The plans to answer from now, and a key that changes when any of them (or the year) does. */
  const current = (): { key: string; plans: PlansToAnswerFrom } | undefined => {
    const held = opts.held().filter((h) => h.status !== "imported");
    const main = held.find((h) => h.status === "current");
    if (!main) return undefined;
    const others = held.filter((h) => h !== main);
    const thisYear = opts.thisYear();
    const key = [thisYear, main.hash, ...others.map((h) => h.hash)].join(":");
    return { key, plans: { plan: main.plan, others: others.map((h) => h.plan), thisYear } };
  };

  const baseFor = (key: string, plans: PlansToAnswerFrom): Answerer => {
    let base = bases.get(key);
    if (!base) {
      base = opts.build(plans);
      bases.set(key, base);
    }
    return base;
  };

  function withEntries(faqs: readonly FaqEntry[]): Answerer {
    const built = new Map<string, Answerer>();
    const answerer = (): Answerer => {
      const now = current();
      if (!now) throw new Error("no current plan is held");
      let a = built.get(now.key);
      if (!a) {
        const base = baseFor(now.key, now.plans);
        a = faqs.length > 0 ? base.withFaqs([...faqs]) : base;
        built.set(now.key, a);
      }
      return a;
    };
    return {
      answer: (question, context) => answerer().answer(question, context),
      withFaqs: (more) => withEntries([...faqs, ...more]),
    };
  }

  return withEntries([]);
}
