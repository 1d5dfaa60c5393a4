/**
 * Quick-reply items whose texts fit LINE's limits whatever goes into them: the label in 20 grapheme
 * clusters and the displayText or message text in 300, cut between words (fit-label.ts). Labels
 * built from data (a unit's name, a ticket's code) used to be passed through as they were, or cut at
 * 20 UTF-16 units, which splits Thai words and leaves LINE's allowance unused.
 * https://developers.line.biz/en/reference/messaging-api/#quick-reply
 */
import { fitGraphemes, fitLabel } from "./fit-label";
import { LINE_LIMITS } from "./limits";
import type { QuickReplyItem } from "./message-types";

/** A postback button; `displayText` (what the chat shows as the person's message) defaults to the label. */
export function postbackItem(label: string, data: string, displayText: string = label): QuickReplyItem {
  return { type: "action", action: { type: "postback", label: fitLabel(label), data, displayText: fitGraphemes(displayText, LINE_LIMITS.displayTextLength) } };
}

/** A button that sends `text` as the person's message (the label itself by default). */
export function messageItem(label: string, text: string = label): QuickReplyItem {
  return { type: "action", action: { type: "message", label: fitLabel(label), text: fitGraphemes(text, LINE_LIMITS.actionTextLength) } };
}
