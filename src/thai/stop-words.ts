import { PARTICLES } from "../lexicon/particles";

/** The lexicon's particles and function words as a set: see `src/lexicon/particles.ts`. */
export const STOP_WORDS: ReadonlySet<string> = new Set(PARTICLES);
