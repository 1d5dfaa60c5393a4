/**
 * The report's answer buttons (status, percent, no note, send) move the draft on ("รายงาน", which
 * starts it, is report-start.ts). A button acts only on the draft for its own activity, and
 * only if that activity still belongs to the sender's unit.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import type { PostbackRoute } from "../../bot/capability";
import type { CapabilityPart } from "../../bot/compose-capability";
import { isProgressStatus, type Activity } from "../activities";
import { ACTIONS, percentQuestion, statusQuestion } from "../render";
import { ownActivity, progressReplies, STAFF, type ProgressContext } from "./progress-context";
import { parsePercent } from "./report-input";
import { afterNote, afterPercent, afterStatus, draftFor, submit, type Draft } from "./report-steps";

type StepHandler = (ctx: BotContext, activity: Activity, draft: Draft, params: Record<string, string>) => Promise<Outcome>;

export function reportButtons(pc: ProgressContext): CapabilityPart {
  /** Runs a postback step: the draft must be for this activity, and the activity the person's. */
  function step(handler: StepHandler): PostbackRoute {
    return {
      roles: STAFF,
      async handle(ctx, action) {
        const [own, draft] = await Promise.all([ownActivity(pc, ctx, action.params.id), draftFor(pc, ctx, action.params.id)]);
        if ("refusal" in own) return own.refusal;
        if (!draft) return progressReplies.stale();
        return handler(ctx, own.activity, draft, action.params);
      },
    };
  }

  return {
    postbacks: {
      [ACTIONS.status]: step(async (ctx, activity, draft, params) =>
        isProgressStatus(params.s) ? afterStatus(pc, ctx, activity, draft, params.s) : replyWith(statusQuestion(activity)),
      ),
      [ACTIONS.percent]: step(async (ctx, activity, draft, params) => {
        const percent = parsePercent(params.v ?? "");
        return percent === undefined ? replyWith(percentQuestion(activity)) : afterPercent(pc, ctx, activity, draft, percent);
      }),
      [ACTIONS.skipNote]: step((ctx, activity, draft) => afterNote(pc, ctx, activity, draft, "")),
      [ACTIONS.submit]: step((ctx, activity, draft) => submit(pc, ctx, activity, draft)),
    },
  };
}
