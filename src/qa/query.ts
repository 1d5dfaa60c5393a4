import type { Ask, Filter, SmallTalk, Target } from "../lexicon/types";
import type { Tool } from "../plan/schema";

export type { Ask, Filter, SmallTalk, Target } from "../lexicon/types";

/**
 * A question as the engine understands it, before anything is looked up: what is asked, about
 * what, for which year. One message is one or more of these ({@link Understood}); templates are
 * picked by `asks` and the kind of subject, never by the question's wording.
 */
export interface Query {
  /** The part's canonical text (normalised, codes canonical, lexicon rewritten). */
  text: string;
  tokens: string[];
  /** What is asked; empty when the part only names something ("แล้ว i9 ล่ะ"). */
  asks: Set<Ask>;
  /** Asks read from weak cues only (เท่าไร, ดูแล): they yield to anything the subject implies. */
  weakAsks: Set<Ask>;
  filters: Set<Filter>;
  /** Kinds of thing named without saying which one (ข้อ, ประเด็น, มาตรการ…). */
  targets: Set<Target>;
  /** The kind of thing counted, when the count word names it (กี่กอง, กี่ประเด็น): it outranks other targets. */
  counted?: Target;
  about: About;
  year?: YearRef;
  /** ข้อที่ถามว่า…: an item named by its survey wording. */
  quotesItem: boolean;
  /** Refers to what the chat just talked about (ข้อนั้น, แล้ว…ล่ะ, it). */
  refersBack: boolean;
  /** Refers to several things at once (ทั้งสองข้อ, ทั้งหมดนี้): the chat's whole list. */
  refersAll?: boolean;
  /** Refers back to an issue (ประเด็นนั้น): after an item, the item's issue. */
  refersIssue: boolean;
  /** Asks which issues (ประเด็นไหนมีข้อไม่ผ่าน): issues are the answer, not the items it names. */
  whichIssue: boolean;
  /** Opens with แล้ว/ส่วน: a follow-up that may carry the previous question's ask. */
  followUp: boolean;
  /** The named units are excluded ("ที่ไม่ได้ให้ทุกส่วนราชการรับผิดชอบ"). */
  negatesUnit: boolean;
  /** Asks whether a result is out yet: the current round's. */
  asksIfOut: boolean;
  /** Asks what no plan holds: a name, a phone number, a price, opening hours. */
  asksOutside: boolean;
  /** A request or complaint for staff rather than a question ("ขอยืม…", "อยากร้องเรียน…"). */
  isRequest: boolean;
  /** Further years named in the same part ("ปีนี้ดีขึ้นกว่าปีก่อนไหม"). */
  alsoYears: YearRef[];
  /** A follow-up that is only a number ("แล้ว 5 ล่ะ"): the next one of what the chat was talking about. */
  bareNumber?: number;
  /**
   * A place in what the chat just listed ("อันแรก", "ตัวหลัง", "อันที่ 2"): 1-based, or "last". With no
   * list in the chat, `ordinalIssue` is what the words name on their own (อันแรก: issue 1).
   */
  ordinal?: number | "last";
  ordinalIssue?: number;
  /** A score bound below the pass mark ("ต่ำกว่า 99", "ไม่ถึง 98"): only items under it are asked for. */
  under?: number;
}

/** Things the question names directly. */
export interface About {
  items: string[];
  issues: number[];
  step?: number;
  /** Unit names as the plan and the unit list write them. */
  units: string[];
  tools: Tool[];
  /** Glossary term ids (ita, iit, levels…). */
  terms: string[];
  /** Scores quoted in the question ("ข้อที่ได้ 96.97"). */
  scores: string[];
}

/**
 * A year as the question gives it. `be` is resolved against the plan (or the chat's last answer)
 * by the engine; `said` keeps how it was written, so the answer can say what it understood.
 */
export interface YearRef {
  said: "be" | "ce" | "short" | "relative";
  /** Buddhist Era; for a relative year, filled in when resolved. */
  be?: number;
  /** For a relative year: −1 last year, 0 this year, +1 next; "latest"/"current": the latest the plan holds. */
  relative?: number | "latest" | "current";
}

export type Act = "question" | "request" | "smalltalk" | "noise";

/** A whole message: its parts, and what kind of message it is. */
export interface Understood {
  act: Act;
  smallTalk?: SmallTalk;
  parts: Query[];
}

export function isEmptyAbout(a: About): boolean {
  return !a.items.length && !a.issues.length && !a.units.length && !a.tools.length && !a.terms.length && a.step === undefined;
}
