import { graphemeCount } from "../line/fit-label";
import { LINE_LIMITS } from "../line/limits";
import type { Message } from "../line/message-types";

/**
 * Checks messages against LINE's limits before they are sent (LINE answers 400 to the whole reply
 * if one part is over). Returns readable problems; an empty list means the messages can be sent.
 */
export function checkMessages(messages: readonly Message[]): string[] {
  const problems: string[] = [];
  if (messages.length < 1 || messages.length > LINE_LIMITS.messagesPerRequest)
    problems.push(`${messages.length} messages; a reply carries 1–${LINE_LIMITS.messagesPerRequest}`);
  messages.forEach((message, i) => {
    const at = `message ${i + 1}`;
    if (message.type === "text") {
      if (!message.text.length) problems.push(`${at}: empty text`);
      if (message.text.length > LINE_LIMITS.textLength) problems.push(`${at}: text is ${message.text.length} chars (max ${LINE_LIMITS.textLength})`);
    }
    if (message.type === "flex") {
      if (!message.altText.length || message.altText.length > LINE_LIMITS.altTextLength)
        problems.push(`${at}: altText is ${message.altText.length} chars (1–${LINE_LIMITS.altTextLength})`);
      const contents = message.contents;
      const bytes = Buffer.byteLength(JSON.stringify(contents), "utf8");
      if (contents.type === "bubble" && bytes > LINE_LIMITS.bubbleBytes) problems.push(`${at}: bubble is ${bytes} bytes (max ${LINE_LIMITS.bubbleBytes})`);
      if (contents.type === "carousel") {
        if (bytes > LINE_LIMITS.carouselBytes) problems.push(`${at}: carousel is ${bytes} bytes (max ${LINE_LIMITS.carouselBytes})`);
        if (contents.contents.length > LINE_LIMITS.carouselBubbles)
          problems.push(`${at}: carousel has ${contents.contents.length} bubbles (max ${LINE_LIMITS.carouselBubbles})`);
      }
      checkFlexNode(contents, at, problems);
    }
    const items = message.quickReply?.items ?? [];
    if (items.length > LINE_LIMITS.quickReplyItems) problems.push(`${at}: ${items.length} quick replies (max ${LINE_LIMITS.quickReplyItems})`);
    items.forEach((item, j) => checkAction(item.action as unknown as Record<string, unknown>, `${at} quick reply ${j + 1}`, LINE_LIMITS.actionLabelLength, problems));
  });
  return problems;
}

/** Labels, displayText and message-action texts count grapheme clusters; postback data UTF-16 units. */
function checkAction(action: Record<string, unknown>, at: string, labelMax: number, problems: string[]): void {
  const label = action.label;
  if (typeof label === "string" && (label.length < 1 || graphemeCount(label) > labelMax))
    problems.push(`${at}: label "${label}" is ${graphemeCount(label)} characters (1–${labelMax})`);
  if (action.type === "message" && (typeof action.text !== "string" || !action.text.length || graphemeCount(action.text) > LINE_LIMITS.actionTextLength))
    problems.push(`${at}: message action needs a text of 1–${LINE_LIMITS.actionTextLength} characters`);
  if (typeof action.data === "string" && action.data.length > LINE_LIMITS.postbackDataLength)
    problems.push(`${at}: postback data is ${action.data.length} chars (max ${LINE_LIMITS.postbackDataLength})`);
  if (typeof action.displayText === "string" && graphemeCount(action.displayText) > LINE_LIMITS.displayTextLength)
    problems.push(`${at}: displayText is ${graphemeCount(action.displayText)} characters (max ${LINE_LIMITS.displayTextLength})`);
}

/** Flex components: text must not be empty (LINE rejects it), button labels have their own limit. */
function checkFlexNode(node: unknown, at: string, problems: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) checkFlexNode(child, at, problems);
    return;
  }
  if (!node || typeof node !== "object") return;
  const obj = node as Record<string, unknown>;
  if (obj.type === "text" && typeof obj.text === "string" && !obj.text.trim() && !Array.isArray(obj.contents))
    problems.push(`${at}: empty flex text component`);
  if (obj.type === "button" && obj.action && typeof obj.action === "object")
    checkAction(obj.action as Record<string, unknown>, `${at} button`, LINE_LIMITS.flexButtonLabelLength, problems);
  for (const [key, value] of Object.entries(obj)) if (key !== "action") checkFlexNode(value, at, problems);
}
