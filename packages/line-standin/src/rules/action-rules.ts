/**
 * Action objects: what the schema leaves to LINE's reference. Where an action sits decides what
 * it may be and how long its label may be; the properties each action type requires; the
 * grapheme-counted texts; the datetime picker's formats.
 * https://developers.line.biz/en/reference/messaging-api/#action-objects
 */
import { checkActionUri } from "./url-rules";
import { child, isObject, type Findings, type Json } from "./findings";

/** Where an action is, as LINE's reference distinguishes them. */
export type Placement =
  | "quickReply"
  | "template"
  /** A buttons template's or carousel column's `defaultAction` (tapping the image or text). */
  | "templateDefault"
  | "imageCarousel"
  | "flexButton"
  /** Any other Flex component or a bubble's `action`. */
  | "flex"
  | "richMenu";

/**
 * `label`, by placement: required on quick reply buttons, template buttons and Flex buttons;
 * at most 20 grapheme clusters, 12 in an image carousel, 40 in Flex Messages.
 * https://developers.line.biz/en/reference/messaging-api/#action-objects (label)
 */
const LABEL_RULES: Record<Placement, { max: number; required: boolean }> = {
  quickReply: { max: 20, required: true },
  template: { max: 20, required: true },
  templateDefault: { max: 20, required: false },
  imageCarousel: { max: 12, required: false },
  flexButton: { max: 40, required: true },
  flex: { max: 40, required: false },
  richMenu: { max: 20, required: false },
};

/**
 * Actions LINE allows in one placement only:
 * - camera, camera roll and location "can be configured only with quick reply buttons";
 *   https://developers.line.biz/en/reference/messaging-api/#camera-action
 *   https://developers.line.biz/en/docs/messaging-api/using-quick-reply/
 * - the rich menu switch action "can be configured only with rich menus".
 *   https://developers.line.biz/en/reference/messaging-api/#richmenu-switch-action
 */
const ONLY_IN: Record<string, { placement: Placement; where: string }> = {
  camera: { placement: "quickReply", where: "quick reply buttons" },
  cameraRoll: { placement: "quickReply", where: "quick reply buttons" },
  location: { placement: "quickReply", where: "quick reply buttons" },
  richmenuswitch: { placement: "richMenu", where: "rich menus" },
};

/** postback data, displayText, fillInText, text and message-action text: 300 each. */
const ACTION_TEXT_LENGTH = 300;

export function checkAction(findings: Findings, action: unknown, property: string, placement: Placement): void {
  if (!isObject(action)) {
    if (action === undefined) findings.add(property, "must be specified");
    return;
  }
  const type = action["type"];
  const only = typeof type === "string" ? ONLY_IN[type] : undefined;
  if (only && only.placement !== placement) {
    findings.add(child(property, "type"), `The ${String(type)} action can only be used in ${only.where}`);
  }
  const label = LABEL_RULES[placement];
  findings.text(action, "label", property, { max: label.max, unit: "grapheme", required: label.required });

  switch (type) {
    case "postback":
      checkPostback(findings, action, property, placement);
      break;
    case "message":
      // https://developers.line.biz/en/reference/messaging-api/#message-action
      findings.text(action, "text", property, { max: ACTION_TEXT_LENGTH, unit: "grapheme", required: true });
      break;
    case "uri":
      checkActionUri(findings, action, "uri", property, true);
      if (isObject(action["altUri"])) checkActionUri(findings, action["altUri"], "desktop", child(property, "altUri"), false);
      break;
    case "datetimepicker":
      checkDatetimePicker(findings, action, property);
      break;
    case "richmenuswitch":
      // https://developers.line.biz/en/reference/messaging-api/#richmenu-switch-action
      findings.present(action, "richMenuAliasId", property);
      findings.present(action, "data", property);
      break;
  }
}

/**
 * https://developers.line.biz/en/reference/messaging-api/#postback-action
 * `data` is required. `displayText` is "required for quick reply buttons"; the deprecated `text`
 * "cannot be used with quick reply buttons", and the two cannot be used together.
 */
function checkPostback(findings: Findings, action: Json, property: string, placement: Placement): void {
  findings.present(action, "data", property);
  const inQuickReply = placement === "quickReply";
  findings.text(action, "displayText", property, { max: ACTION_TEXT_LENGTH, unit: "grapheme", required: inQuickReply });
  findings.text(action, "text", property, { max: ACTION_TEXT_LENGTH, unit: "grapheme" });
  findings.text(action, "fillInText", property, { max: ACTION_TEXT_LENGTH, unit: "grapheme" });
  if (action["text"] !== undefined) {
    if (inQuickReply) findings.add(child(property, "text"), "text cannot be used with quick reply buttons; use displayText");
    else if (action["displayText"] !== undefined) findings.add(child(property, "text"), "text and displayText cannot be used together");
  }
}

/**
 * https://developers.line.biz/en/reference/messaging-api/#datetime-picker-action
 * `data` and `mode` are required; `initial`, `max` and `min` are written in the mode's format
 * (RFC 3339 full-date, time-hour:time-minute, or both joined by T or t) within 1900-01-01T00:00 and
 * 2100-12-31T23:59, and `max` must be later than `min`.
 */
const PICKER_FORMATS: Record<string, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{2}:\d{2}$/,
  datetime: /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}$/,
};

function checkDatetimePicker(findings: Findings, action: Json, property: string): void {
  findings.present(action, "data", property);
  if (!findings.present(action, "mode", property)) return;
  const mode = action["mode"];
  const format = typeof mode === "string" ? PICKER_FORMATS[mode] : undefined;
  if (!format) return; // the schema's enum reports an unknown mode
  const values: Record<string, number> = {};
  for (const key of ["initial", "min", "max"]) {
    const value = action[key];
    if (value === undefined) continue;
    const at = child(property, key);
    const instant = typeof value === "string" && format.test(value) ? pickerInstant(mode as string, value) : undefined;
    if (instant === undefined) findings.add(at, `Must be a real ${String(mode)} written like ${formatExample(mode as string)}, from 1900-01-01T00:00 to 2100-12-31T23:59`);
    else values[key] = instant;
  }
  if (values["min"] !== undefined && values["max"] !== undefined && values["max"] <= values["min"]) {
    findings.add(child(property, "max"), "max must be later than min");
  }
}

const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2100, 11, 31, 23, 59);

/** The value as a comparable number (minutes for time), or undefined if it is not a real date/time. */
function pickerInstant(mode: string, value: string): number | undefined {
  if (mode === "time") {
    const [hours, minutes] = value.split(":").map(Number) as [number, number];
    return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : undefined;
  }
  const [date, time = "00:00"] = value.split(/[Tt]/) as [string, string?];
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  const instant = Date.UTC(year, month - 1, day, hours, minutes);
  const real = new Date(instant);
  const exists = real.getUTCFullYear() === year && real.getUTCMonth() === month - 1 && real.getUTCDate() === day && hours <= 23 && minutes <= 59;
  return exists && instant >= EARLIEST && instant <= LATEST ? instant : undefined;
}

function formatExample(mode: string): string {
  return mode === "date" ? "2017-06-18" : mode === "time" ? "06:15" : "2017-06-18T06:15";
}
