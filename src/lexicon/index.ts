import { ASK_CUES, TARGET_CUES } from "./asks";
import { ENGLISH } from "./english";
import { ENGLISH_LAY } from "./english-lay";
import { LAY_THAI } from "./lay-thai";
import { MARKER_CUES } from "./markers";
import { NORTHERN_THAI } from "./northern-thai";
import { PARTICLES } from "./particles";
import { PLAN_WORDS } from "./plan-words";
import { SPEECH_CUES } from "./requests";
import { SMALLTALK_CUES } from "./smalltalk";
import { SPELLING } from "./spelling";
import { STRUCTURE_WORDS } from "./structure";
import type { Rewrite } from "./types";
import { TRANSLITERATIONS, WORD_VARIANTS } from "./variants";
import { YEAR_CUES } from "./years";

/** At most this many spellings of one English phrase in Thai letters (each word may have several). */
const MAX_SPELLINGS = 24;

/** A source phrase and its other spellings (`variants.ts`). */
function spellings(from: string): string[] {
  const out = [from];
  for (const [word, ...others] of WORD_VARIANTS) if (from.includes(word)) for (const other of others) out.push(from.split(word).join(other));
  const words = from.split(" ");
  if (!words.every((w) => TRANSLITERATIONS[w])) return out;
  let thai: string[][] = [[]];
  for (const w of words) thai = thai.flatMap((done) => (TRANSLITERATIONS[w] ?? []).map((t) => [...done, t])).slice(0, MAX_SPELLINGS);
  for (const t of thai) out.push(t.join(" "), t.join(""));
  return out;
}

/**
 * Every rewrite the text pipeline applies, plan and question alike, compiled into one pass
 * (`src/knowledge/synonyms.ts`). Where two files rewrite the same text, the later one wins: plan
 * vocabulary (everyday retellings last) over English over dialect over spelling.
 */
export const REWRITES: readonly Rewrite[] = [...SPELLING, ...NORTHERN_THAI.map((r) => ({ ...r, northern: true })), ...ENGLISH, ...ENGLISH_LAY, ...PLAN_WORDS, ...LAY_THAI].map((r) => ({
  ...r,
  to: planWordOf(r.to),
  from: [...new Set(r.from.flatMap(spellings))],
}));

/**
 * Rewrites run in one pass, so a dialect or English word whose standard Thai is itself an everyday
 * word (จาวบ้าน → ชาวบ้าน, which the plan calls ประชาชน) goes straight to the plan's word.
 */
function planWordOf(to: string): string {
  const plan = PLAN_WORDS.find((p) => p.to !== to && !p.notBefore && !p.notAfter && !p.onlyBefore && p.from.includes(to));
  return plan ? plan.to : to;
}

/**
 * The standard Thai words the lexicon knows, single words in Thai script: its rewrites' targets, its
 * cue phrases, particles and structure words. Their northern spellings (ก๋อง, ขอบใจ๋, ฮ้องเรียน) are
 * read as them (`src/thai/dialect-fold.ts`), and as written they are never read as another word.
 */
export const STANDARD_WORDS: readonly string[] = [
  ...new Set(
    [
      ...REWRITES.map((r) => r.to),
      ...[...ASK_CUES, ...TARGET_CUES, ...MARKER_CUES, ...YEAR_CUES, ...SPEECH_CUES, ...SMALLTALK_CUES].flatMap((c) => c.phrases),
      ...PARTICLES,
      ...STRUCTURE_WORDS,
    ].filter((w) => /^[\u0e01-\u0e4e]+$/.test(w)),
  ),
];
