import { ENGLISH } from "./english";
import { NORTHERN_THAI } from "./northern-thai";
import { PLAN_WORDS } from "./plan-words";
import { SPELLING } from "./spelling";
import type { Rewrite } from "./types";

/**
 * Every rewrite the text pipeline applies, plan and question alike, compiled into one pass
 * (`src/knowledge/synonyms.ts`). Where two files rewrite the same text, the later one wins: plan
 * vocabulary over English over dialect over spelling.
 */
export const REWRITES: readonly Rewrite[] = [...SPELLING, ...NORTHERN_THAI, ...ENGLISH, ...PLAN_WORDS];
