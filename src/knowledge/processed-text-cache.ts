import { type ProcessedText, processText } from "./text-pipeline";

/**
 * Processed forms of texts that are indexed again and again. The FAQ entries' questions are the
 * case: every change staff make anywhere reloads the entries on every instance, and without this
 * each reload would run all of them through the pipeline again (normalise, rewrites, segmenter),
 * which is most of the cost of building the index. With it, a reload after one new entry processes
 * that entry's wordings only.
 *
 * Generational: `sweep()` after each build forgets what that build did not ask for, so wordings of
 * edited or removed entries do not pile up.
 */
export interface ProcessedTextCache {
  /** The text's processed form, computed once while the text stays in use. */
  get(text: string): ProcessedText;
  /** Forgets every text not asked for since the previous sweep. */
  sweep(): void;
  /** Texts held. */
  readonly size: number;
}

export function createProcessedTextCache(process: (text: string) => ProcessedText = processText): ProcessedTextCache {
  let current = new Map<string, ProcessedText>();
  let previous = new Map<string, ProcessedText>();
  return {
    get(text) {
      let processed = current.get(text);
      if (processed) return processed;
      processed = previous.get(text);
      if (processed) previous.delete(text);
      else processed = process(text);
      current.set(text, processed);
      return processed;
    },
    sweep() {
      previous = current;
      current = new Map();
    },
    get size() {
      return current.size + previous.size;
    },
  };
}
