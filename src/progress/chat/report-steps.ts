/**
 * The report as a sequence of questions (status → percent → note → photos → submit), kept in the
 * chat's conversation state as a draft. Buttons and typed answers both move the same draft through
 * the same steps, so a report can mix taps and text; every report is a new record.
 */
import { z } from "zod";
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import { stateOf } from "../../bot/conversation-store";
import { STATUS_LABEL, type Activity, type ProgressStatus } from "../activities";
import { noteQuestion, percentQuestion, photoQuestion, receipt, statusQuestion, text } from "../render";
import { chatOf, type ProgressContext } from "./progress-context";

export const REPORT_FLOW = "progress-report";
const REPORT_TTL_MS = 60 * 60 * 1000;

export const DraftSchema = z.object({
  activityId: z.string(),
  draftId: z.string(),
  step: z.enum(["status", "percent", "note", "photos"]),
  status: z.enum(["not_started", "in_progress", "done", "blocked"]).optional(),
  percent: z.number().int().min(0).max(100).optional(),
  note: z.string().optional(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** The chat's draft for `activityId` (any, when undefined); read with the sender when the webhook did so. */
export async function draftFor(pc: ProgressContext, ctx: BotContext, activityId: string | undefined): Promise<Draft | undefined> {
  const state = await stateOf(ctx, pc.services.conversations, chatOf(ctx));
  if (!state || state.flow !== REPORT_FLOW) return undefined;
  const draft = DraftSchema.safeParse(state.data);
  return draft.success && (activityId === undefined || draft.data.activityId === activityId) ? draft.data : undefined;
}

/**
 * Saves the draft. In the webhook it is written with the event's completion, which goes out beside
 * the reply: the officer's next tap can only follow the reply, and the webhook answers LINE only
 * once both are done, so the reply need not wait a round trip for it.
 */
export async function saveDraft(pc: ProgressContext, ctx: BotContext, draft: Draft): Promise<void> {
  if (ctx.atCompletion) ctx.atCompletion(pc.services.conversations.startWrite(chatOf(ctx), REPORT_FLOW, draft, ctx.now, REPORT_TTL_MS));
  else await pc.services.conversations.start(chatOf(ctx), REPORT_FLOW, draft, ctx.now, REPORT_TTL_MS);
}

/**
 * Moves the draft to its next question after the status is known. A percent typed with it ("50" at
 * the status step) is kept, so the percent question is not asked again.
 */
export async function afterStatus(
  pc: ProgressContext,
  ctx: BotContext,
  activity: Activity,
  draft: Draft,
  status: ProgressStatus,
  percent?: number,
): Promise<Outcome> {
  if (status === "done" || status === "not_started" || percent !== undefined) {
    const next: Draft = { ...draft, status, percent: status === "done" ? 100 : status === "not_started" ? 0 : (percent ?? 0), step: "note" };
    await saveDraft(pc, ctx, next);
    return replyWith(text(`สถานะ: ${STATUS_LABEL[status]} (${next.percent}%)`), noteQuestion(activity));
  }
  await saveDraft(pc, ctx, { ...draft, status, step: "percent" });
  return replyWith(percentQuestion(activity));
}

export async function afterPercent(pc: ProgressContext, ctx: BotContext, activity: Activity, draft: Draft, percent: number): Promise<Outcome> {
  await saveDraft(pc, ctx, { ...draft, percent, step: "note" });
  return replyWith(noteQuestion(activity));
}

export async function afterNote(pc: ProgressContext, ctx: BotContext, activity: Activity, draft: Draft, note: string): Promise<Outcome> {
  await saveDraft(pc, ctx, { ...draft, note, step: "photos" });
  const photos = (await pc.store.draftEvidence(draft.draftId)).length;
  return replyWith(photoQuestion(activity, photos));
}

export async function submit(pc: ProgressContext, ctx: BotContext, activity: Activity, draft: Draft): Promise<Outcome> {
  if (!draft.status) return replyWith(statusQuestion(activity));
  const report = await pc.store.record(
    {
      planId: activity.planId,
      activityId: activity.id,
      unitId: activity.unitId,
      issueNumber: activity.issueNumber,
      stepNumber: activity.stepNumber,
      status: draft.status,
      percent: draft.percent ?? (draft.status === "done" ? 100 : 0),
      note: draft.note ?? "",
      reportedBy: ctx.person?.userId ?? "",
      reporterName: ctx.person?.displayName,
      draftId: draft.draftId,
    },
    ctx.now,
  );
  await pc.services.conversations.clear(chatOf(ctx));
  pc.services.logger.info("progress.reported", { activityId: activity.id, reportId: report.id, status: report.status, photos: report.evidence.length });
  return { messages: receipt(activity, report), mustDeliver: true };
}

/** The question for the step the draft is at (after a photo, or an answer that was not understood). */
export function ask(activity: Activity, draft: Draft, photos: number) {
  switch (draft.step) {
    case "status":
      return statusQuestion(activity);
    case "percent":
      return percentQuestion(activity);
    case "note":
      return noteQuestion(activity);
    case "photos":
      return photoQuestion(activity, photos);
  }
}
