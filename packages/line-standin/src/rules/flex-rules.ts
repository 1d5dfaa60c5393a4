/**
 * Flex Messages: the sizes and structure LINE documents but the schema cannot say.
 * - A bubble's JSON is at most 30 KB, a carousel's at most 50 KB, with at most 12 bubbles.
 *   LINE writes "KB" without saying 1000 or 1024: the stand-in takes 1000, the stricter reading,
 *   so whatever it accepts LINE accepts.
 *   https://developers.line.biz/en/reference/messaging-api/#f-bubble
 *   https://developers.line.biz/en/reference/messaging-api/#f-carousel
 * - The hero block is a box, an image or a video; a video is only ever the hero, in a kilo, mega
 *   or giga bubble. https://developers.line.biz/en/reference/messaging-api/#bubble
 *   https://developers.line.biz/en/reference/messaging-api/#f-video
 * - What a box may hold depends on its layout: horizontal and vertical boxes hold boxes, buttons,
 *   images, texts, separators and fillers; baseline boxes hold icons, texts and fillers. So an icon
 *   is only ever in a baseline box. (`spacer` is gone: the schema no longer lists it.)
 *   https://developers.line.biz/en/reference/messaging-api/#box
 * - Property values: see flex-values.ts.
 */
import { checkAction } from "./action-rules";
import { checkAngle, checkAspectRatio, checkColor, checkNotNegative, checkValue, VALUE_FORMS } from "./flex-values";
import { checkMediaUrl } from "./url-rules";
import { child, isObject, objectsOf, type Findings, type Json } from "./findings";

export const BUBBLE_BYTES = 30_000;
export const CAROUSEL_BYTES = 50_000;
const CAROUSEL_BUBBLES = 12;

const BLOCKS = ["header", "hero", "body", "footer"] as const;
const HERO_TYPES = ["box", "image", "video"];
const VIDEO_BUBBLE_SIZES = ["kilo", "mega", "giga"];
const CHILDREN_BY_LAYOUT: Record<string, readonly string[]> = {
  horizontal: ["box", "button", "image", "text", "separator", "filler"],
  vertical: ["box", "button", "image", "text", "separator", "filler"],
  baseline: ["icon", "text", "filler"],
};
const OFFSETS = ["offsetTop", "offsetBottom", "offsetStart", "offsetEnd"];
const PADDINGS = ["paddingAll", "paddingTop", "paddingBottom", "paddingStart", "paddingEnd"];
const LENGTHS = ["width", "maxWidth", "height", "maxHeight"];

export function checkFlexContainer(findings: Findings, contents: unknown, property: string): void {
  if (!isObject(contents)) return;
  if (contents["type"] === "bubble") checkBubble(findings, contents, property);
  if (contents["type"] !== "carousel") return;
  const bubbles = findings.list(contents, "contents", property, 1, CAROUSEL_BUBBLES);
  checkBytes(findings, contents, property, "carousel", CAROUSEL_BYTES);
  for (const [bubble, at] of objectsOf(bubbles, child(property, "contents"))) checkBubble(findings, bubble, at);
}

function checkBubble(findings: Findings, bubble: Json, property: string): void {
  checkBytes(findings, bubble, property, "bubble", BUBBLE_BYTES);
  const hero = bubble["hero"];
  if (isObject(hero) && typeof hero["type"] === "string" && !HERO_TYPES.includes(hero["type"])) {
    findings.add(child(property, "hero.type"), `The hero block must be one of: [${HERO_TYPES.join(", ")}]`);
  }
  if (isObject(hero) && hero["type"] === "video" && typeof bubble["size"] === "string" && !VIDEO_BUBBLE_SIZES.includes(bubble["size"])) {
    findings.add(child(property, "size"), `A bubble with a video must be one of: [${VIDEO_BUBBLE_SIZES.join(", ")}]`);
  }
  for (const block of BLOCKS) {
    if (isObject(bubble[block])) checkComponent(findings, bubble[block] as Json, child(property, block), undefined);
  }
  const styles = bubble["styles"];
  if (isObject(styles)) {
    for (const block of BLOCKS) {
      const style = styles[block];
      if (!isObject(style)) continue;
      checkColor(findings, style, "backgroundColor", child(property, `styles.${block}`));
      checkColor(findings, style, "separatorColor", child(property, `styles.${block}`));
    }
  }
  if (bubble["action"] !== undefined) checkAction(findings, bubble["action"], child(property, "action"), "flex");
}

/** One component; `parentLayout` is the layout of the box holding it (none for a block itself). */
function checkComponent(findings: Findings, component: Json, property: string, parentLayout: string | undefined): void {
  const type = component["type"];
  if (typeof type !== "string") return; // the schema reports it
  const allowed = parentLayout !== undefined ? CHILDREN_BY_LAYOUT[parentLayout] : undefined;
  if (allowed && !allowed.includes(type)) {
    findings.add(child(property, "type"), `A ${parentLayout} box can hold only: [${allowed.join(", ")}]`);
  }
  checkValue(findings, component, "margin", property, VALUE_FORMS.margin);
  for (const key of OFFSETS) checkValue(findings, component, key, property, VALUE_FORMS.offset);
  checkNotNegative(findings, component, "flex", property);
  if (component["action"] !== undefined) {
    checkAction(findings, component["action"], child(property, "action"), type === "button" ? "flexButton" : "flex");
  }
  switch (type) {
    case "box":
      checkBox(findings, component, property);
      break;
    case "text":
      checkText(findings, component, property);
      break;
    case "image":
      checkMediaUrl(findings, component, "url", property, true);
      checkValue(findings, component, "size", property, VALUE_FORMS.imageSize);
      checkAspectRatio(findings, component, "aspectRatio", property);
      checkColor(findings, component, "backgroundColor", property);
      break;
    case "icon":
      checkMediaUrl(findings, component, "url", property, true);
      checkValue(findings, component, "size", property, VALUE_FORMS.iconSize);
      checkAspectRatio(findings, component, "aspectRatio", property);
      break;
    case "video":
      checkMediaUrl(findings, component, "url", property, true);
      checkMediaUrl(findings, component, "previewUrl", property, true);
      checkAspectRatio(findings, component, "aspectRatio", property);
      if (isObject(component["altContent"])) checkComponent(findings, component["altContent"], child(property, "altContent"), undefined);
      break;
    case "button":
    case "separator":
      checkColor(findings, component, "color", property);
      break;
  }
}

function checkBox(findings: Findings, box: Json, property: string): void {
  checkValue(findings, box, "spacing", property, VALUE_FORMS.spacing);
  for (const key of PADDINGS) checkValue(findings, box, key, property, VALUE_FORMS.padding);
  for (const key of LENGTHS) checkValue(findings, box, key, property, VALUE_FORMS.length);
  checkValue(findings, box, "borderWidth", property, VALUE_FORMS.borderWidth);
  checkValue(findings, box, "cornerRadius", property, VALUE_FORMS.cornerRadius);
  checkColor(findings, box, "backgroundColor", property);
  checkColor(findings, box, "borderColor", property);
  const background = box["background"];
  if (isObject(background)) {
    const at = child(property, "background");
    checkAngle(findings, background, "angle", at);
    for (const key of ["startColor", "endColor", "centerColor"]) checkColor(findings, background, key, at);
    checkValue(findings, background, "centerPosition", at, VALUE_FORMS.position);
  }
  const layout = typeof box["layout"] === "string" && box["layout"] in CHILDREN_BY_LAYOUT ? box["layout"] : undefined;
  for (const [component, at] of objectsOf(box["contents"], child(property, "contents"))) checkComponent(findings, component, at, layout);
}

/**
 * https://developers.line.biz/en/reference/messaging-api/#f-text: `text` is required unless
 * `contents` (spans) is given; each span needs its own `text`.
 */
function checkText(findings: Findings, text: Json, property: string): void {
  if (text["contents"] === undefined) findings.text(text, "text", property, { max: Number.MAX_SAFE_INTEGER, unit: "utf16", required: true });
  checkValue(findings, text, "size", property, VALUE_FORMS.fontSize);
  checkValue(findings, text, "lineSpacing", property, VALUE_FORMS.lineSpacing);
  checkColor(findings, text, "color", property);
  checkNotNegative(findings, text, "maxLines", property);
  for (const [span, at] of objectsOf(text["contents"], child(property, "contents"))) {
    findings.text(span, "text", at, { max: Number.MAX_SAFE_INTEGER, unit: "utf16", required: true });
    checkValue(findings, span, "size", at, VALUE_FORMS.fontSize);
    checkColor(findings, span, "color", at);
  }
}

function checkBytes(findings: Findings, container: Json, property: string, what: string, max: number): void {
  const bytes = Buffer.byteLength(JSON.stringify(container), "utf8");
  if (bytes > max) findings.add(property, `The ${what} is ${bytes} bytes of JSON; at most ${max} are allowed`);
}
