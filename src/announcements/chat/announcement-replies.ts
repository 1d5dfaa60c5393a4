/**
 * The building blocks of the announcements capability's replies: a text with quick replies, the
 * postback and message buttons (labels cut to LINE's limits), and the reply to a stale draft.
 */
import { replyWith } from "../../bot/bot-context";
import { fitGraphemes, fitLabel } from "../../line/fit-label";
import { LINE_LIMITS } from "../../line/limits";
import type { Message, QuickReplyItem } from "../../line/message-types";
import { textMessage } from "../../line/split-text";

export const text = (t: string, items?: QuickReplyItem[]): Message => textMessage(t, items && items.length > 0 ? { items } : undefined);

export const postbackItem = (label: string, data: string, displayText: string = label): QuickReplyItem => ({
  type: "action",
  action: { type: "postback", label: fitLabel(label), data, displayText: fitGraphemes(displayText, LINE_LIMITS.displayTextLength) },
});
const messageItem = (label: string, t: string): QuickReplyItem => ({ type: "action", action: { type: "message", label: fitLabel(label), text: t } });
export const cancelItem = messageItem("ยกเลิก", "ยกเลิก");

export const nf = new Intl.NumberFormat("th-TH");

export const staleDraft = () => replyWith(text("ร่างประกาศนี้หมดอายุหรือถูกยกเลิกแล้วค่ะ พิมพ์ \"สร้างประกาศ\" เพื่อเริ่มใหม่นะคะ"));
