/**
 * When to send and the final check: "ส่งเลย", or "ตั้งเวลา" and a Thai date and time typed in
 * chat; then "ยืนยันส่ง" makes the announcement and its outbox delivery. Confirming the same draft
 * twice finds the announcement the first confirm made, and a time that has passed meanwhile is
 * asked for again rather than sent at once.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import type { CapabilityPart } from "../../bot/compose-capability";
import { audienceLabel } from "../announcement";
import { pickedInstant } from "../../line/picker-params";
import { publishAnnouncement } from "../publish";
import { formatThaiDateTime, parseThaiDateTime } from "../thai-datetime";
import { ADMIN, ANNOUNCEMENT_ACTIONS as A, chatOf, contentOf, draftFor, saveDraft, userOf, type AnnouncementsContext, type Draft } from "./announcements-context";
import { askTime, audienceCard, confirmCard, confirmItems, whenItems } from "./announcement-questions";
import { nf, staleDraft, text } from "./announcement-replies";

export function scheduleConfirm(ac: AnnouncementsContext): CapabilityPart {
  const { services, store, deliveries, audiences } = ac;
  const { conversations, logger } = services;
  return {
    postbacks: {
      [A.when]: {
        roles: ADMIN,
        async handle(ctx, action) {
          const draft = await draftFor(ac, ctx, action.params.d);
          if (!draft?.audience) return staleDraft();
          if (action.params.m === "later") {
            await saveDraft(ac, ctx, { ...draft, step: "time" });
            return askTime(ctx.now, draft);
          }
          const { sendAt: _dropped, ...now } = draft;
          return confirmCard(ac, ctx, now);
        },
      },
      [A.pick]: {
        roles: ADMIN,
        async handle(ctx, action) {
          const draft = await draftFor(ac, ctx, action.params.d);
          if (!draft?.audience) return staleDraft();
          const picked = ctx.event.kind === "postback" ? ctx.event.picked : undefined;
          if (picked?.mode !== "datetime") return askTime(ctx.now, draft, "กรุณาเลือกทั้งวันและเวลาค่ะ\n\n");
          const at = pickedInstant(picked);
          if (at.getTime() <= ctx.now.getTime()) return askTime(ctx.now, draft, "เวลานี้ผ่านไปแล้วค่ะ กรุณาเลือกวันเวลาในอนาคต\n\n");
          return confirmCard(ac, ctx, { ...draft, sendAt: at.toISOString() });
        },
      },
      [A.confirm]: {
        roles: ADMIN,
        async handle(ctx, action) {
          const draftId = action.params.d;
          if (!draftId) return staleDraft();
          const done = await store.get(draftId);
          if (done) return replyWith(text(`ประกาศนี้รับไว้แล้วค่ะ (ฉบับที่ ${done.number}) ดูสถานะได้ที่ "ประวัติประกาศ" นะคะ`));
          const draft = await draftFor(ac, ctx, draftId);
          if (!draft?.audience || draft.step !== "confirm") return staleDraft();
          const scheduledFor = draft.sendAt ? new Date(draft.sendAt) : undefined;
          if (scheduledFor && scheduledFor.getTime() <= ctx.now.getTime()) {
            await saveDraft(ac, ctx, { ...draft, step: "time" });
            return askTime(ctx.now, draft, "เวลาที่ตั้งไว้ผ่านไปแล้วค่ะ\n");
          }
          const result = await publishAnnouncement(
            { announcements: store, deliveries, audiences },
            {
              draftId,
              content: contentOf(draft),
              audience: draft.audience,
              scheduledFor,
              by: userOf(ctx),
              byName: ctx.person?.displayName,
              now: ctx.now,
            },
          );
          if (!result.ok) {
            // The group emptied since it was chosen: back to choosing, with the buttons to do it.
            await saveDraft(ac, ctx, { ...draft, step: "audience" });
            return replyWith(
              text(`ยังไม่มีผู้รับใน${audienceLabel(draft.audience)}แล้วค่ะ จึงยังไม่ได้ส่ง กรุณาเลือกกลุ่มผู้รับใหม่นะคะ`),
              await audienceCard(draft, await audiences.units()),
            );
          }
          await conversations.clear(chatOf(ctx));
          const a = result.announcement;
          logger.info("announcement.created", { announcementId: a.id, number: a.number, audience: a.audience.type, recipients: a.recipientCount, scheduled: Boolean(a.scheduledFor) });
          const who = `${audienceLabel(a.audience)} ${a.recipientCountIsEstimate ? "ประมาณ " : ""}${nf.format(a.recipientCount)} คน`;
          return replyWith(
            a.scheduledFor
              ? text(`ตั้งเวลาส่งประกาศฉบับที่ ${a.number} ถึง${who} ไว้ ${formatThaiDateTime(a.scheduledFor)} แล้วค่ะ\nยกเลิกได้ก่อนเริ่มส่งด้วยคำสั่ง "ยกเลิกประกาศ ${a.number}" ค่ะ`)
              : text(`รับประกาศฉบับที่ ${a.number} แล้วค่ะ กำลังส่งถึง${who}\nดูสถานะได้ที่ "ประวัติประกาศ" ค่ะ`),
          );
        },
      },
    },
  };
}

/** The "time" step: the typed Thai date and time, or why it could not be read. */
export async function onTimeText(ac: AnnouncementsContext, ctx: BotContext, raw: string, draft: Draft): Promise<Outcome> {
  const parsed = parseThaiDateTime(raw, ctx.now);
  if (!parsed.ok) return askTime(ctx.now, draft, `${parsed.message}\n\n`);
  return confirmCard(ac, ctx, { ...draft, sendAt: parsed.at.toISOString() });
}

/** Text typed while the when buttons are showing: ask again. */
export async function onWhenText(_ac: AnnouncementsContext, _ctx: BotContext, _raw: string, draft: Draft): Promise<Outcome> {
  return replyWith(text("กรุณากด ส่งเลย หรือ ตั้งเวลา ค่ะ", whenItems(draft)));
}

/** Text typed while the final check is showing: a new time replaces the old one; anything else asks again. */
export async function onConfirmText(ac: AnnouncementsContext, ctx: BotContext, raw: string, draft: Draft): Promise<Outcome> {
  const parsed = parseThaiDateTime(raw, ctx.now);
  if (parsed.ok) return confirmCard(ac, ctx, { ...draft, sendAt: parsed.at.toISOString() });
  const why = parsed.error === "unreadable" ? "" : `${parsed.message}\n`;
  return replyWith(text(`${why}กรุณากด ยืนยันส่ง พิมพ์วันเวลาใหม่ หรือพิมพ์ ยกเลิก ค่ะ`, confirmItems(draft)));
}
