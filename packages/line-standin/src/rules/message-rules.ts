/**
 * The documented rules of message objects that LINE's OpenAPI schema cannot express, applied on
 * top of it. Each rule file says where in LINE's reference its rules come from.
 * https://developers.line.biz/en/reference/messaging-api/#message-objects
 */
import type { ValidationProblem } from "../line-error-bodies";
import { checkFlexContainer } from "./flex-rules";
import { checkQuickReply } from "./quick-reply-rules";
import { checkTemplate } from "./template-rules";
import { checkMediaUrl } from "./url-rules";
import { child, Findings, objectsOf, type Json } from "./findings";

/** Text and textV2 messages: 5000 UTF-16 code units, not empty; at most 20 LINE emoji. */
const TEXT_LENGTH = 5000;
const TEXT_EMOJIS = 20;
/** altText of template, Flex and imagemap messages. */
const ALT_TEXT_LENGTH = 1500;
/** Location `title` and `address`: required, at most 100 characters. */
const LOCATION_TEXT_LENGTH = 100;

/** Problems with a request's `messages` (the schema checks the array's size and each item's type). */
export function messageRuleProblems(messages: unknown, property = "messages"): ValidationProblem[] {
  const findings = new Findings();
  for (const [message, at] of objectsOf(messages, property)) checkMessage(findings, message, at);
  return findings.problems;
}

function checkMessage(findings: Findings, message: Json, property: string): void {
  switch (message["type"]) {
    case "text":
    case "textV2":
      // https://developers.line.biz/en/reference/messaging-api/#text-message
      // https://developers.line.biz/en/reference/messaging-api/#text-message-v2
      findings.text(message, "text", property, { max: TEXT_LENGTH, unit: "utf16", required: true });
      if (Array.isArray(message["emojis"]) && message["emojis"].length > TEXT_EMOJIS) {
        findings.add(child(property, "emojis"), `Size must be between 0 and ${TEXT_EMOJIS}`);
      }
      break;
    case "image":
    case "video":
      // https://developers.line.biz/en/reference/messaging-api/#image-message
      checkMediaUrl(findings, message, "originalContentUrl", property, true);
      checkMediaUrl(findings, message, "previewImageUrl", property, true);
      break;
    case "audio":
      // https://developers.line.biz/en/reference/messaging-api/#audio-message
      checkMediaUrl(findings, message, "originalContentUrl", property, true);
      break;
    case "location":
      // https://developers.line.biz/en/reference/messaging-api/#location-message
      findings.text(message, "title", property, { max: LOCATION_TEXT_LENGTH, unit: "utf16", required: true });
      findings.text(message, "address", property, { max: LOCATION_TEXT_LENGTH, unit: "utf16", required: true });
      break;
    case "imagemap":
      // https://developers.line.biz/en/reference/messaging-api/#imagemap-message
      checkMediaUrl(findings, message, "baseUrl", property, true);
      findings.text(message, "altText", property, { max: ALT_TEXT_LENGTH, unit: "utf16", required: true });
      break;
    case "template":
      findings.text(message, "altText", property, { max: ALT_TEXT_LENGTH, unit: "utf16", required: true });
      checkTemplate(findings, message["template"], child(property, "template"));
      break;
    case "flex":
      // https://developers.line.biz/en/reference/messaging-api/#flex-message
      findings.text(message, "altText", property, { max: ALT_TEXT_LENGTH, unit: "utf16", required: true });
      checkFlexContainer(findings, message["contents"], child(property, "contents"));
      break;
  }
  if (message["quickReply"] !== undefined) checkQuickReply(findings, message["quickReply"], child(property, "quickReply"));
  const sender = message["sender"];
  // https://developers.line.biz/en/reference/messaging-api/#icon-nickname-switch
  if (typeof sender === "object" && sender !== null) checkMediaUrl(findings, sender as Json, "iconUrl", child(property, "sender"));
}
