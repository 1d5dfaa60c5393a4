/**
 * A re-implementation of the parts of LINE's message validator that this bot can trip over. LINE
 * rejects a whole request when one message breaks a limit, so the stand-in must reject the same
 * requests with the same `details`, and tests (or other code) can call {@link validateMessages}
 * directly to check what a handler built before it ever reaches an API.
 * Limits: https://developers.line.biz/en/reference/messaging-api/#message-objects
 */
import { LINE_LIMITS } from "./limits";
import type { ValidationProblem } from "./line-error-bodies";

export type { ValidationProblem } from "./line-error-bodies";

const MESSAGE_TYPES = ["text", "sticker", "image", "video", "audio", "location", "imagemap", "template", "flex"];
const ACTION_TYPES = [
  "postback",
  "message",
  "uri",
  "datetimepicker",
  "camera",
  "cameraRoll",
  "location",
  "richmenuswitch",
  "clipboard",
];
const FLEX_COMPONENT_TYPES = ["box", "button", "image", "video", "icon", "text", "span", "separator", "filler", "spacer"];
const BOX_LAYOUTS = ["horizontal", "vertical", "baseline"];
const BUBBLE_BLOCKS = ["header", "hero", "body", "footer"] as const;
const DATETIME_MODES = ["date", "time", "datetime"];
const TEMPLATE_TYPES = ["buttons", "confirm", "carousel", "image_carousel"];
const URL_LENGTH = 2000;
const URI_ACTION_LENGTH = 1000;
const MESSAGE_ACTION_TEXT_LENGTH = 300;
const LOCATION_TEXT_LENGTH = 100;
const SENDER_NAME_LENGTH = 20;

/** Where action labels come from decides their limit: LINE allows longer labels only on flex buttons. */
type LabelRule = { max: number; required: boolean };
const QUICK_REPLY_LABEL: LabelRule = { max: LINE_LIMITS.actionLabelLength, required: false };
const TEMPLATE_LABEL: LabelRule = { max: LINE_LIMITS.actionLabelLength, required: true };
const FLEX_BUTTON_LABEL: LabelRule = { max: LINE_LIMITS.flexButtonLabelLength, required: true };
const FLEX_OTHER_LABEL: LabelRule = { max: LINE_LIMITS.flexButtonLabelLength, required: false };

type Json = Record<string, unknown>;

/** Validates a request's `messages` array; an empty result means LINE would accept it. */
export function validateMessages(messages: unknown, property = "messages"): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (!Array.isArray(messages)) {
    problems.push({ message: "Must not be null", property });
    return problems;
  }
  if (messages.length < 1 || messages.length > LINE_LIMITS.messagesPerRequest) {
    problems.push({ message: `Size must be between 1 and ${LINE_LIMITS.messagesPerRequest}`, property });
    return problems;
  }
  messages.forEach((message, index) => validateMessage(message, `${property}[${index}]`, problems));
  return problems;
}

/** Validates one message object (the same rules as inside {@link validateMessages}). */
export function validateMessage(message: unknown, property: string, problems: ValidationProblem[] = []): ValidationProblem[] {
  if (!isObject(message)) {
    problems.push({ message: "Must be an object", property });
    return problems;
  }
  const type = message["type"];
  if (typeof type !== "string" || !MESSAGE_TYPES.includes(type)) {
    problems.push({ message: `Must be one of the following values: [${MESSAGE_TYPES.join(", ")}]`, property: `${property}.type` });
    return problems;
  }
  switch (type) {
    case "text":
      requireString(message, "text", property, LINE_LIMITS.textLength, problems);
      break;
    case "sticker":
      requireString(message, "packageId", property, 100, problems);
      requireString(message, "stickerId", property, 100, problems);
      break;
    case "image":
    case "video":
      requireHttpsUrl(message, "originalContentUrl", property, problems);
      requireHttpsUrl(message, "previewImageUrl", property, problems);
      break;
    case "audio":
      requireHttpsUrl(message, "originalContentUrl", property, problems);
      requireNumber(message, "duration", property, problems);
      break;
    case "location":
      requireString(message, "title", property, LOCATION_TEXT_LENGTH, problems);
      requireString(message, "address", property, LOCATION_TEXT_LENGTH, problems);
      requireNumber(message, "latitude", property, problems);
      requireNumber(message, "longitude", property, problems);
      break;
    case "imagemap":
      requireHttpsUrl(message, "baseUrl", property, problems);
      requireString(message, "altText", property, LINE_LIMITS.altTextLength, problems);
      break;
    case "template":
      requireString(message, "altText", property, LINE_LIMITS.altTextLength, problems);
      validateTemplate(message["template"], `${property}.template`, problems);
      break;
    case "flex":
      requireString(message, "altText", property, LINE_LIMITS.altTextLength, problems);
      validateFlexContainer(message["contents"], `${property}.contents`, problems);
      break;
  }
  if (message["quickReply"] !== undefined) validateQuickReply(message["quickReply"], `${property}.quickReply`, problems);
  if (message["sender"] !== undefined) validateSender(message["sender"], `${property}.sender`, problems);
  return problems;
}

function validateQuickReply(quickReply: unknown, property: string, problems: ValidationProblem[]): void {
  if (!isObject(quickReply) || !Array.isArray(quickReply["items"])) {
    problems.push({ message: "Must not be null", property: `${property}.items` });
    return;
  }
  const items = quickReply["items"];
  if (items.length < 1 || items.length > LINE_LIMITS.quickReplyItems) {
    problems.push({ message: `Size must be between 1 and ${LINE_LIMITS.quickReplyItems}`, property: `${property}.items` });
    return;
  }
  items.forEach((item, index) => {
    const itemProperty = `${property}.items[${index}]`;
    if (!isObject(item) || item["type"] !== "action") {
      problems.push({ message: "Must be one of the following values: [action]", property: `${itemProperty}.type` });
      return;
    }
    if (item["imageUrl"] !== undefined) requireHttpsUrl(item, "imageUrl", itemProperty, problems);
    const action = item["action"];
    const needsLabel = isObject(action) && ["camera", "cameraRoll", "location"].includes(String(action["type"]));
    validateAction(action, `${itemProperty}.action`, { ...QUICK_REPLY_LABEL, required: needsLabel }, problems);
  });
}

function validateSender(sender: unknown, property: string, problems: ValidationProblem[]): void {
  if (!isObject(sender)) {
    problems.push({ message: "Must be an object", property });
    return;
  }
  if (sender["name"] !== undefined) requireString(sender, "name", property, SENDER_NAME_LENGTH, problems);
  if (sender["iconUrl"] !== undefined) requireHttpsUrl(sender, "iconUrl", property, problems);
}

/** Checks one action object; exported because rich menus and templates share the same rules. */
export function validateAction(action: unknown, property: string, label: LabelRule, problems: ValidationProblem[]): void {
  if (!isObject(action)) {
    problems.push({ message: "Must not be null", property });
    return;
  }
  const type = action["type"];
  if (typeof type !== "string" || !ACTION_TYPES.includes(type)) {
    problems.push({ message: `Must be one of the following values: [${ACTION_TYPES.join(", ")}]`, property: `${property}.type` });
    return;
  }
  if (label.required || action["label"] !== undefined) requireString(action, "label", property, label.max, problems);
  switch (type) {
    case "postback":
      requireString(action, "data", property, LINE_LIMITS.postbackDataLength, problems);
      if (action["displayText"] !== undefined) {
        requireString(action, "displayText", property, LINE_LIMITS.displayTextLength, problems);
      }
      if (action["text"] !== undefined && action["displayText"] !== undefined) {
        problems.push({ message: "Only one of text and displayText may be set", property: `${property}.text` });
      }
      break;
    case "message":
      requireString(action, "text", property, MESSAGE_ACTION_TEXT_LENGTH, problems);
      break;
    case "uri": {
      const uri = requireString(action, "uri", property, URI_ACTION_LENGTH, problems);
      if (uri !== undefined && !/^(https?|line|tel):/i.test(uri)) {
        problems.push({ message: "Must be a http, https, line or tel URI", property: `${property}.uri` });
      }
      break;
    }
    case "datetimepicker": {
      requireString(action, "data", property, LINE_LIMITS.postbackDataLength, problems);
      const mode = action["mode"];
      if (typeof mode !== "string" || !DATETIME_MODES.includes(mode)) {
        problems.push({ message: `Must be one of the following values: [${DATETIME_MODES.join(", ")}]`, property: `${property}.mode` });
      }
      break;
    }
    case "richmenuswitch":
      requireString(action, "richMenuAliasId", property, 32, problems);
      requireString(action, "data", property, LINE_LIMITS.postbackDataLength, problems);
      break;
    case "clipboard":
      requireString(action, "clipboardText", property, 1000, problems);
      break;
  }
}

function validateTemplate(template: unknown, property: string, problems: ValidationProblem[]): void {
  if (!isObject(template)) {
    problems.push({ message: "Must not be null", property });
    return;
  }
  const type = template["type"];
  if (typeof type !== "string" || !TEMPLATE_TYPES.includes(type)) {
    problems.push({ message: `Must be one of the following values: [${TEMPLATE_TYPES.join(", ")}]`, property: `${property}.type` });
    return;
  }
  if (type === "buttons") {
    requireString(template, "text", property, 160, problems);
    validateActions(template["actions"], `${property}.actions`, 1, 4, problems);
  } else if (type === "confirm") {
    requireString(template, "text", property, 240, problems);
    validateActions(template["actions"], `${property}.actions`, 2, 2, problems);
  } else {
    const columns = template["columns"];
    if (!Array.isArray(columns) || columns.length < 1 || columns.length > 10) {
      problems.push({ message: "Size must be between 1 and 10", property: `${property}.columns` });
      return;
    }
    columns.forEach((column, index) => {
      const columnProperty = `${property}.columns[${index}]`;
      if (!isObject(column)) {
        problems.push({ message: "Must be an object", property: columnProperty });
      } else if (type === "carousel") {
        requireString(column, "text", columnProperty, 120, problems);
        validateActions(column["actions"], `${columnProperty}.actions`, 1, 3, problems);
      } else {
        requireHttpsUrl(column, "imageUrl", columnProperty, problems);
        validateAction(column["action"], `${columnProperty}.action`, { ...TEMPLATE_LABEL, required: false }, problems);
      }
    });
  }
}

function validateActions(actions: unknown, property: string, min: number, max: number, problems: ValidationProblem[]): void {
  if (!Array.isArray(actions) || actions.length < min || actions.length > max) {
    problems.push({ message: `Size must be between ${min} and ${max}`, property });
    return;
  }
  actions.forEach((action, index) => validateAction(action, `${property}[${index}]`, TEMPLATE_LABEL, problems));
}

function validateFlexContainer(contents: unknown, property: string, problems: ValidationProblem[]): void {
  if (!isObject(contents)) {
    problems.push({ message: "Must not be null", property });
    return;
  }
  if (contents["type"] === "bubble") {
    validateBubble(contents, property, problems);
    return;
  }
  if (contents["type"] !== "carousel") {
    problems.push({ message: "Must be one of the following values: [bubble, carousel]", property: `${property}.type` });
    return;
  }
  const bubbles = contents["contents"];
  if (!Array.isArray(bubbles) || bubbles.length < 1 || bubbles.length > LINE_LIMITS.carouselBubbles) {
    problems.push({ message: `Size must be between 1 and ${LINE_LIMITS.carouselBubbles}`, property: `${property}.contents` });
    return;
  }
  if (jsonBytes(contents) > LINE_LIMITS.carouselBytes) {
    problems.push({ message: `Size of the carousel must be ${LINE_LIMITS.carouselBytes} bytes or less`, property });
  }
  bubbles.forEach((bubble, index) => {
    const bubbleProperty = `${property}.contents[${index}]`;
    if (!isObject(bubble) || bubble["type"] !== "bubble") {
      problems.push({ message: "Must be one of the following values: [bubble]", property: `${bubbleProperty}.type` });
      return;
    }
    validateBubble(bubble, bubbleProperty, problems);
  });
}

function validateBubble(bubble: Json, property: string, problems: ValidationProblem[]): void {
  if (jsonBytes(bubble) > LINE_LIMITS.bubbleBytes) {
    problems.push({ message: `Size of the bubble must be ${LINE_LIMITS.bubbleBytes} bytes or less`, property });
  }
  for (const block of BUBBLE_BLOCKS) {
    if (bubble[block] !== undefined) validateComponent(bubble[block], `${property}.${block}`, problems);
  }
  if (bubble["action"] !== undefined) validateAction(bubble["action"], `${property}.action`, FLEX_OTHER_LABEL, problems);
}

function validateComponent(component: unknown, property: string, problems: ValidationProblem[]): void {
  if (!isObject(component)) {
    problems.push({ message: "Must be an object", property });
    return;
  }
  const type = component["type"];
  if (typeof type !== "string" || !FLEX_COMPONENT_TYPES.includes(type)) {
    problems.push({ message: `Must be one of the following values: [${FLEX_COMPONENT_TYPES.join(", ")}]`, property: `${property}.type` });
    return;
  }
  switch (type) {
    case "box": {
      const layout = component["layout"];
      if (typeof layout !== "string" || !BOX_LAYOUTS.includes(layout)) {
        problems.push({ message: `Must be one of the following values: [${BOX_LAYOUTS.join(", ")}]`, property: `${property}.layout` });
      }
      const children = component["contents"];
      if (!Array.isArray(children)) {
        problems.push({ message: "Must not be null", property: `${property}.contents` });
      } else {
        children.forEach((child, index) => validateComponent(child, `${property}.contents[${index}]`, problems));
      }
      break;
    }
    case "button":
      validateAction(component["action"], `${property}.action`, FLEX_BUTTON_LABEL, problems);
      return;
    case "text":
      if (component["contents"] === undefined) requireString(component, "text", property, LINE_LIMITS.textLength, problems);
      else if (Array.isArray(component["contents"])) {
        component["contents"].forEach((span, index) => validateComponent(span, `${property}.contents[${index}]`, problems));
      }
      break;
    case "span":
      requireString(component, "text", property, LINE_LIMITS.textLength, problems);
      break;
    case "image":
    case "icon":
      requireHttpsUrl(component, "url", property, problems);
      break;
    case "video":
      requireHttpsUrl(component, "url", property, problems);
      requireHttpsUrl(component, "previewUrl", property, problems);
      break;
  }
  if (component["action"] !== undefined) validateAction(component["action"], `${property}.action`, FLEX_OTHER_LABEL, problems);
}

function requireString(
  object: Json,
  key: string,
  property: string,
  max: number,
  problems: ValidationProblem[],
): string | undefined {
  const value = object[key];
  const at = `${property}.${key}`;
  if (typeof value !== "string") {
    problems.push({ message: "Must not be null", property: at });
    return undefined;
  }
  if (value.length === 0) {
    problems.push({ message: "May not be empty", property: at });
    return undefined;
  }
  if (value.length > max) {
    problems.push({ message: `Length must be between 0 and ${max}`, property: at });
    return undefined;
  }
  return value;
}

function requireHttpsUrl(object: Json, key: string, property: string, problems: ValidationProblem[]): void {
  const value = requireString(object, key, property, URL_LENGTH, problems);
  if (value !== undefined && !value.startsWith("https://")) {
    problems.push({ message: "Must be an HTTPS URL", property: `${property}.${key}` });
  }
}

function requireNumber(object: Json, key: string, property: string, problems: ValidationProblem[]): void {
  if (typeof object[key] !== "number" || !Number.isFinite(object[key])) {
    problems.push({ message: "Must be a number", property: `${property}.${key}` });
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), "utf8");
}
