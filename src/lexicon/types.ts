/**
 * The shapes of the lexicon's data files. A rewrite maps the ways people write something to the
 * one wording the engine reads (the plan's word, or plain standard Thai); a cue marks what a
 * question asks or how it refers to things. Both are matched on normalised text (lower case,
 * Arabic digits, Thai typing order fixed) in one pass each: see `compilePhrases`.
 */
export interface Guard {
  /** Texts that, right before, make this a piece of a longer word (ไลน์ in ออนไลน์). */
  notAfter?: readonly string[];
  /** Texts that, right after, make this a piece of a longer word (บ่ in บ่อย). */
  notBefore?: readonly string[];
  /** Counts only before one of these, a space, a digit or the end (particles such as ก่อ, กา). */
  onlyBefore?: readonly string[];
}

export interface Rewrite extends Guard {
  from: readonly string[];
  /** Standard Thai, written as normalised plan text has it. */
  to: string;
}

/** Shorthand for data files: `rw("ใคร", "ไผ", "ใผ")`. */
export function rw(to: string, ...from: string[]): Rewrite {
  return { to, from };
}

/** A rewrite that holds only where its guard allows. */
export function guarded(guard: Guard, rewrite: Rewrite): Rewrite {
  return { ...rewrite, ...guard };
}
