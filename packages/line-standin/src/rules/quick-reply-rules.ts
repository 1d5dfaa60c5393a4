/**
 * Quick replies: `items` is required and holds at most 13 buttons (the schema has the 13); each
 * button is `{type: "action", action, imageUrl?}` with an HTTPS icon URL; its action follows the
 * quick-reply placement rules (label required, displayText on postbacks, no rich menu switch).
 * https://developers.line.biz/en/reference/messaging-api/#quick-reply
 * https://developers.line.biz/en/reference/messaging-api/#items-object
 */
import { checkAction } from "./action-rules";
import { checkMediaUrl } from "./url-rules";
import { child, isObject, objectsOf, type Findings } from "./findings";

export function checkQuickReply(findings: Findings, quickReply: unknown, property: string): void {
  if (!isObject(quickReply)) return;
  if (!findings.present(quickReply, "items", property)) return;
  for (const [button, at] of objectsOf(quickReply["items"], child(property, "items"))) {
    if (button["type"] !== "action") findings.add(child(at, "type"), "Must be one of the following values: [action]");
    checkMediaUrl(findings, button, "imageUrl", at);
    checkAction(findings, button["action"], child(at, "action"), "quickReply");
  }
}
