/**
 * The webhook's way to answer a question: FAQ entries brought up to date first, then the answer,
 * then one counter increment for the monthly statistics, committed with the event's completion in
 * the webhook (one round trip fewer, and counted once even if the event is handled again). Neither
 * the refresh nor the counter can cost the citizen their answer: their failures are logged and the
 * answer goes out.
 */
import type { Firestore } from "firebase-admin/firestore";
import type { BotContext } from "../bot/bot-context";
import type { Logger } from "../logs";
import { questionOutcomeWrite, recordQuestionOutcome } from "../stats/qa-stats";
import type { AnswerLike, FaqAwareAnswerer } from "./faq-aware-answerer";

export function createAnswerPath(deps: { questions: FaqAwareAnswerer; db: Firestore; logger: Logger }) {
  const { questions, db, logger } = deps;
  return async (ctx: BotContext, question: string): Promise<AnswerLike> => {
    await questions.refresh();
    const answer = questions.answer(question);
    if (ctx.atCompletion) {
      const count = questionOutcomeWrite(db, answer, ctx.now);
      if (count) ctx.atCompletion(count);
    } else {
      await recordQuestionOutcome(db, answer, ctx.now).catch((error: unknown) => logger.warn("stats.record_failed", { error }));
    }
    return answer;
  };
}
