/**
 * How LINE counts characters: UTF-16 code units (a JavaScript string's `length`), except for the
 * properties below, which count grapheme clusters (a Thai consonant with its vowel and tone marks,
 * as in ที่, is one; so is an emoji with its modifiers).
 * https://developers.line.biz/en/docs/messaging-api/text-character-count/
 */

export type CountingUnit = "utf16" | "grapheme";

/**
 * The grapheme-counted properties, by the OpenAPI schema that owns them. "All action objects:
 * label" is the `Action` schema's own property, which every action inherits.
 */
const GRAPHEME_COUNTED: Record<string, readonly string[]> = {
  Action: ["label"],
  PostbackAction: ["label", "displayText", "fillInText", "text"],
  MessageAction: ["label", "text"],
  ButtonsTemplate: ["text", "title"],
  ConfirmTemplate: ["text"],
  CarouselColumn: ["text", "title"],
  RichMenuRequest: ["chatBarText", "name"],
};

export function countingUnitOf(schemaName: string, property: string): CountingUnit {
  return GRAPHEME_COUNTED[schemaName]?.includes(property) ? "grapheme" : "utf16";
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export function graphemeLength(text: string): number {
  let count = 0;
  for (const _segment of graphemes.segment(text)) count += 1;
  return count;
}

export function lengthIn(unit: CountingUnit, text: string): number {
  return unit === "grapheme" ? graphemeLength(text) : text.length;
}
