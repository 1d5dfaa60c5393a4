/**
 * The webhook's way to answer a question: FAQ entries brought up to date first, then the answer in
 * the light of what this chat was just talking about, then the chat's new context and one counter
 * increment for the monthly statistics, both committed with the event's completion in the webhook
 * (no round trip of their own, and done once even if the event is handled again). The context was
 * read with the sender (`ctx.qaContext`); outside the webhook it is read and written here.
 * Neither the refresh nor the counter can cost the citizen their answer: their failures are logged
 * and the answer goes out.
 */
import type { Firestore } from "firebase-admin/firestore";
import type { BotContext } from "../bot/bot-context";
import { chatIdOf } from "../bot/incoming-event";
import type { QaContextStore } from "../bot/qa-context-store";
import type { Logger } from "../logs";
import { isStaff } from "../people/person";
import { questionOutcomeWrite, recordQuestionOutcome } from "../stats/qa-stats";
import { coalesced } from "../store/coalescing-firestore";
import type { AnswerLike, FaqAwareAnswerer } from "./faq-aware-answerer";

export function createAnswerPath(deps: { questions: FaqAwareAnswerer; db: Firestore; contexts: QaContextStore; logger: Logger }) {
  const { questions, db, contexts, logger } = deps;
  return async (ctx: BotContext, question: string): Promise<AnswerLike> => {
    const chatId = chatIdOf(ctx.event.source);
    const [, previous] = await Promise.all([questions.refresh(), ctx.qaContext !== undefined ? ctx.qaContext : contexts.get(chatId, ctx.now)]);
    const answer = questions.answer(question, previous ?? undefined);
    const keep = contexts.writeFor(chatId, answer.context, ctx.now, { hadContext: previous != null });
    // Officers' and admins' own questions are not citizens' questions: not counted.
    const counted = !isStaff(ctx.person);
    if (ctx.atCompletion) {
      if (keep) ctx.atCompletion(keep);
      const count = counted ? questionOutcomeWrite(db, answer, ctx.now) : undefined;
      if (count) ctx.atCompletion(count);
    } else {
      await Promise.all([
        keep ? coalesced(db).commit([keep]) : undefined,
        counted ? recordQuestionOutcome(db, answer, ctx.now).catch((error: unknown) => logger.warn("stats.record_failed", { error })) : undefined,
      ]);
    }
    return answer;
  };
}
