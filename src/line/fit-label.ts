/**
 * Labels and the other texts LINE counts in grapheme clusters (what a reader sees as one
 * character: ที่ is one, not three UTF-16 units). Cutting them at 20 UTF-16 units, as `slice` does,
 * shortens Thai labels for nothing and splits words ("กองสาธารณสุขและสิ่งแ"); these functions use
 * the whole allowance and cut between words, which Intl.Segmenter finds in Thai with ICU's
 * dictionary. Texts LINE counts in UTF-16 units (message text, altText, location title) are cut the
 * same way by {@link fitUtf16}, so no cut ever splits a word, a Thai cluster or an emoji's surrogates.
 * https://developers.line.biz/en/docs/messaging-api/text-character-count/
 */
import { LINE_LIMITS } from "./limits";

const graphemes = new Intl.Segmenter("th", { granularity: "grapheme" });
const words = new Intl.Segmenter("th", { granularity: "word" });
const ELLIPSIS = "…";

/** Length as LINE counts labels, displayText and template texts: grapheme clusters. */
export function graphemeCount(text: string): number {
  let count = 0;
  for (const _segment of graphemes.segment(text)) count += 1;
  return count;
}

/** Length as LINE counts message texts, altText and location fields: UTF-16 code units. */
const utf16Length = (text: string): number => text.length;

/**
 * `text` in at most `max` as `measure` counts. A longer text keeps as many whole words as fit, then
 * "…"; when the words kept would be less than half the allowance (a long name without spaces), it is
 * cut between clusters instead. Never returns an empty string for a non-empty text.
 */
function fitMeasured(text: string, max: number, measure: (s: string) => number): string {
  if (measure(text) <= max) return text;
  const budget = max - measure(ELLIPSIS);
  const keep = (segmenter: Intl.Segmenter): string => {
    let kept = "";
    let size = 0;
    for (const { segment } of segmenter.segment(text)) {
      const n = measure(segment);
      if (size + n > budget) break;
      kept += segment;
      size += n;
    }
    return kept.trimEnd();
  };
  let kept = keep(words);
  if (measure(kept) < budget / 2) kept = keep(graphemes);
  return kept + ELLIPSIS;
}

/**
 * `text` in at most `max` grapheme clusters, cut between words with "…" (see {@link fitMeasured}).
 */
export function fitGraphemes(text: string, max: number): string {
  return fitMeasured(text, max, graphemeCount);
}

/**
 * `text` in at most `max` UTF-16 code units, cut between words with "…": for the fields LINE
 * measures in code units (a text message's 5,000, altText's 1,500, a location's 100).
 */
export function fitUtf16(text: string, max: number): string {
  return fitMeasured(text, max, utf16Length);
}

/** An action label: at most 20 grapheme clusters (quick replies, templates, rich menus). */
export function fitLabel(text: string): string {
  return fitGraphemes(text, LINE_LIMITS.actionLabelLength);
}
