/**
 * The report flow's typed side: while a chat has a draft, its text answers the step the draft is
 * at and its photos become evidence. Registered commands always win, so an officer is never stuck in a
 * report. The router checks the role at every step (someone no longer staff loses the draft); a
 * sender whose activity moved to another unit loses it here.
 */
import { replyWith } from "../../bot/bot-context";
import type { CapabilityPart } from "../../bot/compose-capability";
import { STATUS_LABEL } from "../activities";
import { evidencePath } from "../evidence-store";
import { noteQuestion, percentQuestion, photoQuestion, statusQuestion, text } from "../render";
import { chatOf, ownActivity, STAFF, type ProgressContext } from "./progress-context";
import { parsePercent, parseStatus } from "./report-input";
import { afterNote, afterPercent, afterStatus, ask, DraftSchema, REPORT_FLOW, submit } from "./report-steps";

const NOTE_MAX = 500;
const PHOTOS_MAX = 10;

const SUBMIT_WORDS = /^(ส่ง|ส่งรายงาน|เสร็จ|ยืนยัน|ไม่มีรูป)$/;

export function reportConversation(pc: ProgressContext): CapabilityPart {
  const { services, store } = pc;
  const { conversations, logger } = services;
  return {
    flows: {
      [REPORT_FLOW]: {
        roles: STAFF,
        // Every registered command (of any capability) always wins, so an officer is never stuck.
        commandsFirst: true,
        async onText(ctx, raw, state) {
          const draft = DraftSchema.safeParse(state.data);
          if (!draft.success) {
            await conversations.clear(chatOf(ctx));
            return undefined;
          }
          const input = raw.trim();
          const own = await ownActivity(pc, ctx, draft.data.activityId);
          if ("refusal" in own) {
            await conversations.clear(chatOf(ctx));
            return own.refusal;
          }
          const { activity } = own;
          const d = draft.data;
          switch (d.step) {
            case "status": {
              const said = parseStatus(input, STATUS_LABEL);
              return said
                ? afterStatus(pc, ctx, activity, d, said.status, said.percent)
                : replyWith(text("กรุณาแตะเลือกสถานะจากปุ่มด้านล่างค่ะ (หรือพิมพ์ \"ยกเลิก\")"), statusQuestion(activity));
            }
            case "percent": {
              const percent = parsePercent(input);
              return percent === undefined
                ? replyWith(text("กรุณาแตะตัวเลือก หรือพิมพ์ตัวเลข 0 ถึง 100 เช่น 40 หรือ \"ครึ่งหนึ่ง\" ค่ะ (หรือพิมพ์ \"ยกเลิก\")"), percentQuestion(activity))
                : afterPercent(pc, ctx, activity, d, percent);
            }
            case "note":
              if (input.length > NOTE_MAX) {
                return replyWith(text(`บันทึกยาว ${input.length} ตัวอักษรค่ะ กรุณาย่อให้ไม่เกิน ${NOTE_MAX} ตัวอักษรนะคะ`), noteQuestion(activity));
              }
              return afterNote(pc, ctx, activity, d, input);
            case "photos":
              if (SUBMIT_WORDS.test(input)) return submit(pc, ctx, activity, d);
              return replyWith(photoQuestion(activity, (await store.draftEvidence(d.draftId)).length));
          }
        },
        async onImage(ctx, messageId, state) {
          const draft = DraftSchema.safeParse(state.data);
          if (!draft.success) return undefined;
          const own = await ownActivity(pc, ctx, draft.data.activityId);
          if ("refusal" in own) {
            // As on the text side: an activity that is gone or no longer the person's ends the draft.
            await conversations.clear(chatOf(ctx));
            return own.refusal;
          }
          const d = draft.data;
          const existing = (await store.draftEvidence(d.draftId)).length;
          if (existing >= PHOTOS_MAX) return replyWith(text(`รับรูปได้สูงสุด ${PHOTOS_MAX} รูปต่อรายงานค่ะ`), ask(own.activity, d, existing));
          if (!services.evidence) return replyWith(text("ขออภัยค่ะ ระบบนี้ยังไม่ได้ตั้งที่เก็บรูปหลักฐาน"), ask(own.activity, d, existing));
          try {
            const content = await services.fetchContent(messageId);
            const path = evidencePath(d.activityId, d.draftId, messageId, content.contentType);
            await services.evidence.save(path, content.bytes, content.contentType);
            const count = await store.addEvidence(
              d.draftId,
              d.activityId,
              ctx.person?.userId ?? "",
              { path, contentType: content.contentType, size: content.bytes.length, messageId },
              ctx.now,
            );
            return replyWith(d.step === "photos" ? photoQuestion(own.activity, count) : text(`ได้รับรูปหลักฐานแล้ว ${count} รูปค่ะ`), ...(d.step === "photos" ? [] : [ask(own.activity, d, count)]));
          } catch (error) {
            logger.error("progress.evidence.failed", { eventId: ctx.event.id, error });
            return replyWith(text("ขออภัยค่ะ รับรูปไม่สำเร็จ กรุณาส่งรูปอีกครั้งนะคะ"), ask(own.activity, d, existing));
          }
        },
      },
    },
  };
}
