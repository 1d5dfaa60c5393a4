/**
 * The question each step of a draft ends with, shared by the typed answers and the buttons that
 * move a draft on: attach something?, the preview and who to send to, when, and the final check.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import { postbackData } from "../../bot/postback-data";
import type { Message, QuickReplyItem } from "../../line/message-types";
import { pickerDateTime } from "../../line/picker-params";
import { audienceLabel } from "../announcement";
import type { UnitChoice } from "../audiences";
import { recipientMessages } from "../publish";
import { exampleDateTime, formatThaiDateTime, parseThaiDateTime } from "../thai-datetime";
import { ANNOUNCEMENT_ACTIONS as A, contentOf, saveDraft, type AnnouncementsContext, type Draft } from "./announcements-context";
import { cancelItem, nf, postbackItem, text } from "./announcement-replies";

/** Units offered as quick replies next to ทุกคน, เจ้าหน้าที่ทั้งหมด and ยกเลิก (13 at most). */
const MAX_UNIT_CHOICES = 10;

/** ไม่แนบ / ยกเลิก: under the attachment question, and again under any answer to it that was refused. */
export const extraItems = (draft: Draft): QuickReplyItem[] => [postbackItem("ไม่แนบ", postbackData(A.skip, { d: draft.id })), cancelItem];

export function askExtra(draft: Draft): Outcome {
  return replyWith(
    text(
      "ต้องการแนบลิงก์หรือรูปภาพไหมคะ\n• ลิงก์เว็บ: พิมพ์ลิงก์ที่ขึ้นต้นด้วย https://\n• รูปภาพ: ส่งรูปในแชตนี้ หรือพิมพ์ลิงก์รูป https://….jpg หรือ .png\nหรือกด ไม่แนบ ค่ะ",
      extraItems(draft),
    ),
  );
}

export async function audienceCard(draft: Draft, units: UnitChoice[]): Promise<Message> {
  const items: QuickReplyItem[] = [
    postbackItem("ทุกคน", postbackData(A.audience, { d: draft.id, t: "all" }), "ส่งถึงทุกคน"),
    postbackItem("เจ้าหน้าที่ทั้งหมด", postbackData(A.audience, { d: draft.id, t: "officers" }), "ส่งถึงเจ้าหน้าที่ทั้งหมด"),
    ...units.slice(0, MAX_UNIT_CHOICES).map((u) => postbackItem(u.name, postbackData(A.audience, { d: draft.id, t: "unit", u: u.id }), `ส่งถึง${u.name}`)),
    cancelItem,
  ];
  return text("☝️ ตัวอย่างด้านบนคือสิ่งที่ผู้รับจะเห็นค่ะ\nต้องการส่งถึงใครคะ", items);
}

/** The preview: the recipients' messages, unchanged, then the audience choice. */
export async function preview(ac: AnnouncementsContext, ctx: BotContext, draft: Draft): Promise<Outcome> {
  const next: Draft = { ...draft, step: "audience" };
  await saveDraft(ac, ctx, next);
  return { messages: [...recipientMessages(contentOf(next)), await audienceCard(next, await ac.audiences.units())] };
}

/** ส่งเลย / ตั้งเวลา / ยกเลิก, under the question of when to send. */
export const whenItems = (draft: Draft): QuickReplyItem[] => [
  postbackItem("ส่งเลย", postbackData(A.when, { d: draft.id, m: "now" })),
  postbackItem("ตั้งเวลา", postbackData(A.when, { d: draft.id, m: "later" })),
  cancelItem,
];

export function askWhen(draft: Draft, who: string, count: number, estimate: boolean): Outcome {
  return replyWith(text(`ส่งถึง${who} ${estimate ? "ประมาณ " : ""}${nf.format(count)} คน\nต้องการส่งเมื่อไหร่คะ`, whenItems(draft)));
}

/**
 * The calendar-and-clock picker LINE's app opens, so a time can be set by tapping: it starts at the
 * example time (tomorrow morning) and cannot go back before now.
 */
function pickTimeItem(draft: Draft, now: Date, example: Date): QuickReplyItem {
  return {
    type: "action",
    action: { type: "datetimepicker", label: "เลือกวันเวลา", data: postbackData(A.pick, { d: draft.id }), mode: "datetime", initial: pickerDateTime(example), min: pickerDateTime(now) },
  };
}

/**
 * The question for a time: a picker to tap, or a typed time, with examples from today (so the
 * first never lies in the past).
 */
export const askTime = (now: Date, draft: Draft, prefix = "") => {
  const example = exampleDateTime(now);
  const exampleAt = parseThaiDateTime(example, now);
  const initial = exampleAt.ok ? exampleAt.at : new Date(now.getTime() + 24 * 3600_000);
  return replyWith(
    text(`${prefix}แตะ "เลือกวันเวลา" หรือพิมพ์วันเวลาที่ต้องการส่งค่ะ เช่น\n${example}\nพรุ่งนี้ 9 โมง\nวันเสาร์หน้า 8 โมง`, [pickTimeItem(draft, now, initial), cancelItem]),
  );
};

/**
 * ยืนยันส่ง / เปลี่ยนเวลา (or ตั้งเวลา) / ส่งเลย / ยกเลิก, under the final check: the time can be
 * changed here, by a button or by typing a new one, without starting over.
 */
export const confirmItems = (draft: Draft): QuickReplyItem[] => [
  postbackItem("ยืนยันส่ง", postbackData(A.confirm, { d: draft.id })),
  postbackItem(draft.sendAt ? "เปลี่ยนเวลา" : "ตั้งเวลา", postbackData(A.when, { d: draft.id, m: "later" })),
  ...(draft.sendAt ? [postbackItem("ส่งเลย", postbackData(A.when, { d: draft.id, m: "now" }))] : []),
  cancelItem,
];

export async function confirmCard(ac: AnnouncementsContext, ctx: BotContext, draft: Draft): Promise<Outcome> {
  if (!draft.audience) return preview(ac, ctx, draft);
  const { count, estimate } = await ac.audiences.count(draft.audience);
  await saveDraft(ac, ctx, { ...draft, step: "confirm" });
  const when = draft.sendAt ? formatThaiDateTime(new Date(draft.sendAt)) : "ทันที";
  return replyWith(
    text(
      `ตรวจสอบก่อนส่งค่ะ\nถึง: ${audienceLabel(draft.audience)} ${estimate ? "ประมาณ " : ""}${nf.format(count)} คน\nเวลาส่ง: ${when}\nกด ยืนยันส่ง เพื่อส่งประกาศ หรือพิมพ์วันเวลาใหม่เพื่อเปลี่ยนเวลาค่ะ`,
      confirmItems(draft),
    ),
  );
}
