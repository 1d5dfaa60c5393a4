/**
 * The building blocks of the announcements capability's replies: a text with quick replies, the
 * postback and message buttons (labels cut to LINE's limits), and the reply to a stale draft.
 */
import { replyWith } from "../../bot/bot-context";
import { messageItem, postbackItem } from "../../line/quick-reply-items";
import type { Message, QuickReplyItem } from "../../line/message-types";
import { textMessage } from "../../line/split-text";

export const text = (t: string, items?: QuickReplyItem[]): Message => textMessage(t, items && items.length > 0 ? { items } : undefined);

export { postbackItem };
export const cancelItem = messageItem("ยกเลิก", "ยกเลิก");

export const nf = new Intl.NumberFormat("th-TH");

export const staleDraft = () => replyWith(text("ร่างประกาศนี้หมดอายุหรือถูกยกเลิกแล้วค่ะ พิมพ์ \"สร้างประกาศ\" เพื่อเริ่มใหม่นะคะ"));
