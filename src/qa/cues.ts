import { ASK_CUES, TARGET_CUES } from "../lexicon/asks";
import { MARKER_CUES } from "../lexicon/markers";
import { SPEECH_CUES } from "../lexicon/requests";
import { SMALLTALK_CUES } from "../lexicon/smalltalk";
import type { Cue, CueTag, Guard } from "../lexicon/types";
import { YEAR_CUES } from "../lexicon/years";
import { normalizeText } from "../thai/normalize";
import { compilePhrases, type PhraseMatch } from "../thai/phrase-matcher";

/**
 * The cue lexicon (`src/lexicon/asks.ts`, `markers.ts`, `years.ts`, `requests.ts`, `smalltalk.ts`)
 * compiled into one matcher, read in one pass over a question's canonical text. Spaces inside a
 * phrase are optional, since rewrites put spaces around the words they produce.
 */
export type CueMatch = PhraseMatch<readonly CueTag[]>;

/** One phrase per text: a phrase listed in several cues carries all their tags. */
function compile(cues: readonly Cue[]) {
  const byText = new Map<string, { text: string; value: CueTag[] } & Guard>();
  for (const c of cues)
    for (const p of c.phrases) {
      const text = normalizeText(p);
      const entry = byText.get(text) ?? { text, value: [] };
      entry.value.push(...c.tags);
      for (const key of ["notAfter", "notBefore", "onlyBefore"] as const) if (c[key]) entry[key] = c[key];
      byText.set(text, entry);
    }
  return compilePhrases<readonly CueTag[]>(byText.values(), { skipSpaces: true });
}

const questionCues = compile([...SMALLTALK_CUES, ...YEAR_CUES, ...TARGET_CUES, ...ASK_CUES, ...MARKER_CUES]);
const speechCues = compile(SPEECH_CUES);

/** Every cue in canonical text, left to right. */
export function scanCues(canonical: string): CueMatch[] {
  return questionCues.scan(canonical);
}

/**
 * Speech cues, in a pass of their own so that they never hide a question cue inside them
 * ("มีขั้นตอน" mitigates a request and still asks for steps).
 */
export function scanSpeech(canonical: string): CueMatch[] {
  return speechCues.scan(canonical);
}
