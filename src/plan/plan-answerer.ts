/**
 * Answers from whichever plan is current: an answerer is built for a plan the first time a question
 * comes while it is current (building the index takes a moment, so once per plan, then kept), and
 * FAQ entries staff keep apply to every plan. `answer()` stays synchronous: it reads the plan book's
 * `latest`, which the webhook brings up to date before each event.
 */
import type { Answerer, FaqEntry } from "../qa/answerer";
import type { HeldPlan } from "./held-plan";
import type { Plan } from "./schema";

export function createPlanAwareAnswerer(opts: { latest: () => HeldPlan; build: (plan: Plan) => Answerer }): Answerer {
  const bases = new Map<string, Answerer>();
  const baseFor = (held: HeldPlan): Answerer => {
    let base = bases.get(held.hash);
    if (!base) {
      base = opts.build(held.plan);
      bases.set(held.hash, base);
    }
    return base;
  };

  function withEntries(faqs: readonly FaqEntry[]): Answerer {
    const built = new Map<string, Answerer>();
    const forPlan = (held: HeldPlan): Answerer => {
      let answerer = built.get(held.hash);
      if (!answerer) {
        answerer = faqs.length > 0 ? baseFor(held).withFaqs([...faqs]) : baseFor(held);
        built.set(held.hash, answerer);
      }
      return answerer;
    };
    return {
      answer: (question, context) => forPlan(opts.latest()).answer(question, context),
      withFaqs: (more) => withEntries([...faqs, ...more]),
    };
  }

  return withEntries([]);
}
