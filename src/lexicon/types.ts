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
  /** The sources are northern spellings themselves (set for `northern-thai.ts`). */
  northern?: boolean;
}

/** Shorthand for data files: `rw("ใคร", "ไผ", "ใผ")`. */
export function rw(to: string, ...from: string[]): Rewrite {
  return { to, from };
}

/** A rewrite that holds only where its guard allows. */
export function guarded(guard: Guard, rewrite: Rewrite): Rewrite {
  return { ...rewrite, ...guard };
}

/** What a question asks for: the answer template's main key. */
export type Ask =
  | "score"
  | "level"
  | "pass"
  | "steps"
  | "owner"
  | "period"
  | "analysis"
  | "definition"
  | "list"
  | "count"
  | "comparison"
  | "location"
  | "tool"
  | "year"
  | "respondents";

/**
 * Narrows a list or a count: items below the pass mark, at full marks, the lowest, the most;
 * `size`: by how many items (ประเด็นที่มีข้อน้อยที่สุด), with `lowest` or `most` saying which end.
 */
export type Filter = "below" | "full" | "lowest" | "most" | "size";

/** The kind of thing a question names without naming which one (ข้อ, ประเด็น, มาตรการ, หน่วยงาน…). */
export type Target = "item" | "issue" | "measure" | "step" | "unit" | "tool" | "plan" | "assessment";

/** How a message refers to the conversation and splits into parts. */
export type Marker =
  /** ข้อนั้น, อันนี้, it: the thing the chat just talked about. */
  | "refers-back"
  /** แล้ว…, ส่วน…: a follow-up frame that carries the previous question's ask. */
  | "follow-up"
  /** และ, แล้ว between two questions. */
  | "conjunction"
  /** A word that ends a question (ไหม, อะไร, เท่าไร…): a new question may start after it. */
  | "terminal"
  /** ข้อที่ถามว่า…: an item named by its survey wording. */
  | "item-quote"
  /** ออกหรือยัง: asks whether a result is out, i.e. about the current round. */
  | "result-out"
  /** ไม่ได้, ไม่ใช่: negates the unit or filter that follows. */
  | "negation"
  /** เดียวกัน, เหมือนกัน: compares the things named. */
  | "same"
  /** ประเด็นไหน…: issues are what is asked for, whatever else the question names (ประเด็นไหนมีข้อไม่ผ่าน). */
  | "which-issue"
  /** ประเด็นนั้น, มาตรการนี้: the issue of what the chat talked about. */
  | "refers-issue"
  /** ทั้งสองข้อ, ทั้งหมดนี้: every one of the things the chat listed. */
  | "refers-all";

export type Speech = "request" | "info-request" | "complaint" | "personal" | "hypothetical" | "outside" | "complaint-word" | "where" | "about-plan";

export type SmallTalk = "greeting" | "thanks" | "ack";

/** One meaning a cue phrase carries; a phrase may carry several. */
export type CueTag =
  | { ask: Ask; weak?: boolean }
  | { filter: Filter }
  | { target: Target }
  | { marker: Marker }
  | { relativeYear: number | "latest" | "current" }
  | { speech: Speech }
  | { smallTalk: SmallTalk };

export interface Cue extends Guard {
  phrases: readonly string[];
  tags: readonly CueTag[];
}

/** Shorthand for data files: `cue(["ใคร", "รับผิดชอบ"], { ask: "owner" })`. */
export function cue(phrases: readonly string[], ...tags: CueTag[]): Cue {
  return { phrases, tags };
}
