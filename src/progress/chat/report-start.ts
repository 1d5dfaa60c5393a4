/**
 * "รายงาน" on an activity. Old carousels stay in the chat, so an officer halfway through a report
 * often taps "รายงาน" again, on the same activity or another. Starting over there would throw away
 * the status, percent and note they already gave, without a word. So:
 * - the same activity picks the report up where it was, and says what it holds;
 * - another activity asks first: go on with the unfinished report, or start the new one;
 * - a report with nothing answered yet (still at its status question) simply starts over.
 */
import { replyWith } from "../../bot/bot-context";
import type { CapabilityPart } from "../../bot/compose-capability";
import { fitGraphemes } from "../../line/fit-label";
import { STATUS_LABEL, type Activity } from "../activities";
import { ACTIONS, activityTitle, postbackItem, statusQuestion, text } from "../render";
import { ownActivity, STAFF, type ProgressContext } from "./progress-context";
import { ask, draftFor, saveDraft, type Draft } from "./report-steps";

/** The postback parameter that starts a new report even though another one is unfinished. */
const START_OVER = "f";

/** What an unfinished draft holds so far, in one line. */
function draftSummary(draft: Draft): string {
  const parts = draft.status ? [`สถานะ ${STATUS_LABEL[draft.status]}${draft.percent !== undefined ? ` ${draft.percent}%` : ""}`] : [];
  if (draft.note) parts.push(`บันทึก "${fitGraphemes(draft.note, 40)}"`);
  return parts.join(", ");
}

export function reportStart(pc: ProgressContext): CapabilityPart {
  async function resume(activity: Activity, draft: Draft) {
    const photos = (await pc.store.draftEvidence(draft.draftId)).length;
    const held = [draftSummary(draft), photos ? `รูป ${photos} รูป` : ""].filter(Boolean).join(", ");
    return replyWith(
      text(`ท่านรายงานกิจกรรมนี้ค้างไว้ค่ะ (${held}) ตอบต่อจากเดิมได้เลย หรือพิมพ์ "ยกเลิก" แล้วแตะ "รายงาน" อีกครั้งเพื่อเริ่มใหม่`),
      ask(activity, draft, photos),
    );
  }

  return {
    postbacks: {
      [ACTIONS.report]: {
        roles: STAFF,
        async handle(ctx, action) {
          const [own, open] = await Promise.all([ownActivity(pc, ctx, action.params.id), draftFor(pc, ctx, undefined)]);
          if ("refusal" in own) return own.refusal;
          const unfinished = open && open.step !== "status" ? open : undefined;
          if (unfinished?.activityId === own.activity.id) return resume(own.activity, unfinished);
          if (unfinished && action.params[START_OVER] !== "1") {
            const other = await ownActivity(pc, ctx, unfinished.activityId);
            // The unfinished report's activity is gone or no longer the person's: nothing to go back to.
            if ("activity" in other) {
              return replyWith(
                text(
                  `ท่านยังรายงานกิจกรรมก่อนหน้าค้างอยู่ค่ะ\n${activityTitle(other.activity)}\n(${draftSummary(unfinished)})\n\nต้องการทำรายการเดิมต่อ หรือเริ่มรายงานกิจกรรมที่เพิ่งแตะคะ (รายการเดิมจะถูกยกเลิก)`,
                  {
                    items: [
                      postbackItem("ทำรายการเดิมต่อ", ACTIONS.report, { id: other.activity.id }, "ทำรายการเดิมต่อ"),
                      postbackItem("เริ่มกิจกรรมใหม่", ACTIONS.report, { id: own.activity.id, [START_OVER]: "1" }, "เริ่มรายงานกิจกรรมใหม่"),
                    ],
                  },
                ),
              );
            }
          }
          await saveDraft(pc, ctx, { activityId: own.activity.id, draftId: pc.services.ids.uuid(), step: "status" });
          return replyWith(statusQuestion(own.activity));
        },
      },
    },
  };
}
