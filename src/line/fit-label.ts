/**
 * Labels and the other texts LINE counts in grapheme clusters (what a reader sees as one
 * character: ที่ is one, not three UTF-16 units). Cutting them at 20 UTF-16 units, as `slice` does,
 * shortens Thai labels for nothing and splits words ("กองสาธารณสุขและสิ่งแ"); these functions use
 * the whole allowance and cut between words, which Intl.Segmenter finds in Thai with ICU's
 * dictionary.
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

/**
 * `text` in at most `max` grapheme clusters. A longer text keeps as many whole words as fit, then
 * "…"; when the first word alone is too long (a long name without spaces), it is cut between
 * clusters instead. Never returns an empty string for a non-empty text.
 */
export function fitGraphemes(text: string, max: number): string {
  if (graphemeCount(text) <= max) return text;
  const budget = max - graphemeCount(ELLIPSIS);
  let kept = "";
  let keptCount = 0;
  for (const { segment } of words.segment(text)) {
    const count = graphemeCount(segment);
    if (keptCount + count > budget) break;
    kept += segment;
    keptCount += count;
  }
  kept = kept.trimEnd();
  if (graphemeCount(kept) < budget / 2) {
    kept = [...graphemes.segment(text)].slice(0, budget).map(({ segment }) => segment).join("").trimEnd();
  }
  return kept + ELLIPSIS;
}

/** An action label: at most 20 grapheme clusters (quick replies, templates, rich menus). */
export function fitLabel(text: string): string {
  return fitGraphemes(text, LINE_LIMITS.actionLabelLength);
}
