/**
 * The value syntax of Flex properties. The schema types them as plain strings (its keyword enums,
 * FlexMargin, FlexIconSize…, are listed but not referenced, because pixels and percentages are
 * allowed too); LINE's reference gives, per property, which of keyword, pixels and percentage it
 * takes. https://developers.line.biz/en/reference/messaging-api/#flex-message (component pages)
 * https://developers.line.biz/en/docs/messaging-api/flex-message-layout/
 */
import { child, type Findings, type Json } from "./findings";

const PIXELS = /^(0|[1-9]\d*)(\.\d+)?px$/;
const PERCENT = /^(0|[1-9]\d*)(\.\d+)?%$/;
/** "Use a hexadecimal color code", with an optional alpha channel (#RRGGBBAA). */
const HEX_COLOR = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
const DEGREES = /^(0|[1-9]\d*)(\.\d+)?deg$/;

const SPACE_KEYWORDS = ["none", "xs", "sm", "md", "lg", "xl", "xxl"];
const BORDER_WIDTH_KEYWORDS = ["none", "light", "normal", "medium", "semi-bold", "bold"];
const FONT_SIZE_KEYWORDS = ["xxs", "xs", "sm", "md", "lg", "xl", "xxl", "3xl", "4xl", "5xl"];
const IMAGE_SIZE_KEYWORDS = [...FONT_SIZE_KEYWORDS, "full"];

interface ValueForm {
  keywords?: readonly string[];
  pixels?: boolean;
  percent?: boolean;
}

/** Which forms each property takes, by the component it is on. */
export const VALUE_FORMS = {
  margin: { keywords: SPACE_KEYWORDS, pixels: true },
  spacing: { keywords: SPACE_KEYWORDS, pixels: true },
  padding: { keywords: SPACE_KEYWORDS, pixels: true, percent: true },
  offset: { keywords: SPACE_KEYWORDS, pixels: true, percent: true },
  length: { pixels: true, percent: true },
  borderWidth: { keywords: BORDER_WIDTH_KEYWORDS, pixels: true },
  cornerRadius: { keywords: SPACE_KEYWORDS, pixels: true },
  fontSize: { keywords: FONT_SIZE_KEYWORDS, pixels: true },
  iconSize: { keywords: FONT_SIZE_KEYWORDS, pixels: true },
  imageSize: { keywords: IMAGE_SIZE_KEYWORDS, pixels: true, percent: true },
  lineSpacing: { pixels: true },
  position: { percent: true },
} as const satisfies Record<string, ValueForm>;

export function checkValue(findings: Findings, object: Json, key: string, property: string, form: ValueForm): void {
  const value = object[key];
  if (typeof value !== "string") return; // absent, or a type the schema reports
  if (form.keywords?.includes(value) || (form.pixels && PIXELS.test(value)) || (form.percent && PERCENT.test(value))) return;
  const allowed = [form.keywords && `one of [${form.keywords.join(", ")}]`, form.pixels && "pixels (e.g. 10px)", form.percent && "a percentage (e.g. 50%)"];
  findings.add(child(property, key), `Must be ${allowed.filter(Boolean).join(" or ")}`);
}

export function checkColor(findings: Findings, object: Json, key: string, property: string): void {
  const value = object[key];
  if (typeof value === "string" && !HEX_COLOR.test(value)) findings.add(child(property, key), "Must be a hexadecimal color code (#RRGGBB or #RRGGBBAA)");
}

/**
 * `aspectRatio` of images, icons and videos: `{width}:{height}`, each 1–100000, the height at most
 * three times the width. https://developers.line.biz/en/reference/messaging-api/#f-image
 */
export function checkAspectRatio(findings: Findings, object: Json, key: string, property: string): void {
  const value = object[key];
  if (typeof value !== "string") return;
  const match = /^([1-9]\d*):([1-9]\d*)$/.exec(value);
  const width = Number(match?.[1]);
  const height = Number(match?.[2]);
  if (!match || width > 100_000 || height > 100_000 || height > 3 * width) {
    findings.add(child(property, key), "Must be {width}:{height}, each 1 to 100000, the height at most three times the width");
  }
}

/** A linear gradient's `angle`: degrees, 0 to less than 360 (e.g. 90deg, 23.5deg). */
export function checkAngle(findings: Findings, object: Json, key: string, property: string): void {
  const value = object[key];
  if (typeof value === "string" && !(DEGREES.test(value) && parseFloat(value) < 360)) findings.add(child(property, key), "Must be an angle from 0deg to 359deg");
}

/** `flex` and `maxLines`: integers of 0 or more (the schema says integer; LINE says not negative). */
export function checkNotNegative(findings: Findings, object: Json, key: string, property: string): void {
  const value = object[key];
  if (typeof value === "number" && value < 0) findings.add(child(property, key), "Must be 0 or more");
}
