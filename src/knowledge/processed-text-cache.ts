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
  /**
   * Makes sure every one of these texts is held, processing the missing ones together (see
   * `processMany`), and marks them in use; then {@link get} finds each.
   */
  hold(texts: Iterable<string>): void;
  /** Forgets every text not asked for since the previous sweep. */
  sweep(): void;
  /** Texts held. */
  readonly size: number;
}

/**
 * `processMany` processes many texts at once, each exactly as `process` would (a batch shares the
 * segmenter's calls); by default, one by one.
 */
export function createProcessedTextCache(
  process: (text: string) => ProcessedText = processText,
  processMany: (texts: readonly string[]) => ProcessedText[] = (texts) => texts.map(process),
): ProcessedTextCache {
  const held = new Map<string, { processed: ProcessedText; usedIn: number }>();
  let generation = 0;
  return {
    hold(texts) {
      const missing = new Set<string>();
      for (const text of texts) {
        const entry = held.get(text);
        if (entry) entry.usedIn = generation;
        else missing.add(text);
      }
      if (!missing.size) return;
      const all = [...missing];
      const processed = processMany(all);
      all.forEach((text, i) => held.set(text, { processed: processed[i] as ProcessedText, usedIn: generation }));
    },
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
