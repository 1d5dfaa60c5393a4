/**
 * Template messages: the text limits (counted in grapheme clusters), which shrink when a title or
 * image is shown; how many actions and columns; image options; carousel columns that must match.
 * https://developers.line.biz/en/reference/messaging-api/#template-messages
 */
import { checkAction, type Placement } from "./action-rules";
import { checkColor } from "./flex-values";
import { checkMediaUrl } from "./url-rules";
import { child, isObject, objectsOf, type Findings, type Json } from "./findings";

const TITLE_LENGTH = 40;
/** Buttons template `text`: 160 without an image or title, 60 with one. */
const BUTTONS_TEXT = { plain: 160, withImageOrTitle: 60 };
/** Carousel column `text`: 120 without an image or title, 60 with one. */
const CAROUSEL_TEXT = { plain: 120, withImageOrTitle: 60 };
const CONFIRM_TEXT = 240;
const COLUMNS = 10;
const IMAGE_ASPECT_RATIOS = ["rectangle", "square"];
const IMAGE_SIZES = ["cover", "contain"];

export function checkTemplate(findings: Findings, template: unknown, property: string): void {
  if (!isObject(template)) return;
  switch (template["type"]) {
    case "buttons":
      // https://developers.line.biz/en/reference/messaging-api/#buttons
      checkImageOptions(findings, template, property);
      checkTitledText(findings, template, property, BUTTONS_TEXT);
      checkActions(findings, template, property, 1, 4);
      if (template["defaultAction"] !== undefined) checkAction(findings, template["defaultAction"], child(property, "defaultAction"), "templateDefault");
      break;
    case "confirm":
      // https://developers.line.biz/en/reference/messaging-api/#confirm
      findings.text(template, "text", property, { max: CONFIRM_TEXT, unit: "grapheme", required: true });
      checkActions(findings, template, property, 2, 2);
      break;
    case "carousel":
      // https://developers.line.biz/en/reference/messaging-api/#carousel
      checkImageOptions(findings, template, property);
      checkCarouselColumns(findings, template, property);
      break;
    case "image_carousel": {
      // https://developers.line.biz/en/reference/messaging-api/#image-carousel
      const columns = findings.list(template, "columns", property, 1, COLUMNS);
      for (const [column, at] of objectsOf(columns, child(property, "columns"))) {
        checkMediaUrl(findings, column, "imageUrl", at, true);
        checkAction(findings, column["action"], child(at, "action"), "imageCarousel");
      }
      break;
    }
  }
}

/** `imageAspectRatio`, `imageSize` (buttons and carousel templates) and `imageBackgroundColor`. */
function checkImageOptions(findings: Findings, template: Json, property: string): void {
  checkMediaUrl(findings, template, "thumbnailImageUrl", property);
  checkColor(findings, template, "imageBackgroundColor", property);
  checkOneOf(findings, template, "imageAspectRatio", property, IMAGE_ASPECT_RATIOS);
  checkOneOf(findings, template, "imageSize", property, IMAGE_SIZES);
}

/** `title` (40) and `text`, whose limit is lower when a title or thumbnail image is shown. */
function checkTitledText(findings: Findings, object: Json, property: string, limits: { plain: number; withImageOrTitle: number }): void {
  findings.text(object, "title", property, { max: TITLE_LENGTH, unit: "grapheme" });
  const shown = object["title"] !== undefined || object["thumbnailImageUrl"] !== undefined;
  findings.text(object, "text", property, { max: shown ? limits.withImageOrTitle : limits.plain, unit: "grapheme", required: true });
}

function checkActions(findings: Findings, object: Json, property: string, min: number, max: number, placement: Placement = "template"): unknown[] | undefined {
  const actions = findings.list(object, "actions", property, min, max);
  actions?.forEach((action, index) => checkAction(findings, action, `${child(property, "actions")}[${index}]`, placement));
  return actions;
}

/**
 * Up to 10 columns of 1–3 actions. "Keep the number of actions consistent for all columns. If you
 * use an image or title for a column, make sure to do the same for all other columns."
 */
function checkCarouselColumns(findings: Findings, template: Json, property: string): void {
  const columns = findings.list(template, "columns", property, 1, COLUMNS);
  const shapes = new Set<string>();
  for (const [column, at] of objectsOf(columns, child(property, "columns"))) {
    checkMediaUrl(findings, column, "thumbnailImageUrl", at);
    checkColor(findings, column, "imageBackgroundColor", at);
    checkTitledText(findings, column, at, CAROUSEL_TEXT);
    const actions = checkActions(findings, column, at, 1, 3);
    if (column["defaultAction"] !== undefined) checkAction(findings, column["defaultAction"], child(at, "defaultAction"), "templateDefault");
    shapes.add(`${actions?.length ?? "?"}/${column["title"] !== undefined}/${column["thumbnailImageUrl"] !== undefined}`);
  }
  if (shapes.size > 1) {
    findings.add(child(property, "columns"), "All columns must have the same number of actions, and a title and image in all or none");
  }
}

function checkOneOf(findings: Findings, object: Json, key: string, property: string, values: readonly string[]): void {
  const value = object[key];
  if (value !== undefined && !values.includes(value as string)) {
    findings.add(child(property, key), `Must be one of the following values: [${values.join(", ")}]`);
  }
}
