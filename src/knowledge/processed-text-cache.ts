import { type ProcessedText, processText } from "./text-pipeline";

/**
 * Processed forms of texts that are indexed again and again. The FAQ entries' questions are the
 * case: every change staff make anywhere reloads the entries on every instance, and without this
 * each reload would run all of them through the pipeline again (normalise, rewrites, segmenter),
 * which is most of the cost of building the index. With it, a reload after one new entry processes
 * that entry's wordings only.
 *
 * `sweep()` after each build forgets what that build did not ask for, so wordings of edited or
 * removed entries do not pile up.
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
  const held = new Map<string, { processed: ProcessedText; usedIn: number }>();
  let generation = 0;
  return {
    get(text) {
      const entry = held.get(text);
      if (entry) {
        entry.usedIn = generation;
        return entry.processed;
      }
      const processed = process(text);
      held.set(text, { processed, usedIn: generation });
      return processed;
    },
    sweep() {
      for (const [text, entry] of held) if (entry.usedIn < generation) held.delete(text);
      generation++;
    },
    get size() {
      return held.size;
    },
  };
}
