import { canonicalize, tokensOf } from "../knowledge/text-pipeline";
import { SMALLTALK_FILLERS } from "../lexicon/smalltalk";
import type { Ask, Speech } from "../lexicon/types";
import { normalizeText } from "../thai/normalize";
import { STOP_WORDS } from "../thai/stop-words";
import { type CueMatch, scanCues, scanSpeech } from "./cues";
import { findEntities, findSecondYear, findYear, type Vocabulary } from "./entities";
import { splitClauses, type Span } from "./parts";
import type { Act, Query, SmallTalk, Understood, YearRef } from "./query";

/**
 * Text → typed queries (issue 13, "How"): one pass of the cue lexicon says what each part asks and
 * how it refers to the chat; the plan's vocabulary says what it names; the speech cues say whether
 * the message is a question at all (a request, a complaint, small talk, keyboard noise).
 */

/** Retrieval reads only the start of very long messages: the question is almost always there. */
export const RETRIEVAL_CHARS = 300;
/** At most this many parts are answered (LINE's 5 messages; the rest would not be read anyway). */
export const MAX_PARTS = 5;

const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Presentation}\u{1f3fb}-\u{1f3ff}\u200d\ufe0f\u20e3]/gu;
const WORDLESS = /^[\s\p{P}\p{S}]*$/u;
/** The keys of a Thai keyboard's home row (ฟ ห ก ด เ ้ ่ า ส ว ง): what a hand resting on it types. */
const HOME_ROW = /^[ฟหกดเ้่าสวง]{4,}$/;
const LATIN_ROW = /^(?:[qwertyuiop]{5,}|[asdfghjkl]{5,}|[zxcvbnm]{5,})$/;
const REPEATED = /([^\d\sๆ])\1\1\1/;
const FILLERS: ReadonlySet<string> = new Set(SMALLTALK_FILLERS);
/** "ต่ำกว่า 99", "น้อย กว่า 98.5" (English "lower than" is rewritten to it), "ไม่ถึง 99": a score bound. */
const UNDER = /(?:ต่ำ\s?กว่า|น้อย\s?กว่า|ไม่ถึง|ไม่ผ่าน)\s?(?:than\s)?(\d{1,3}(?:\.\d{1,2})?)(?![\d.])/;
/**
 * "อันแรก", "ตัวหลัง", "ข้อสุดท้าย", "อันที่ 2", "ประเด็นหลัง": a place in a list rather than a name
 * (ประเด็นแรก and ประเด็นสุดท้าย name issues 1 and 7 themselves).
 */
const ORDINAL = /(?:อัน|ตัว|อย่าง|เรื่อง|รายการ|ข้อ)\s?(?:ที่\s?)?(แรก|หลังสุด|หลัง(?!จาก)|สุดท้าย|ท้ายสุด|(?<=(?:อัน|ตัว|อย่าง)\s?ที่\s?)\d(?!\d))|(?:ประเด็น|มาตรการ)\s?(หลัง)(?!จาก|สุด)/;
/** A follow-up made of a number and particles only: "แล้ว 5 ล่ะคะ", "ส่วนข้อ 9 ล่ะ" is named already. */
const BARE_NUMBER = /^(?:แล้ว|ส่วน)?\s?(?:อัน|ตัว)?\s?(?:ที่)?\s?(\d{1,2})\s?(?:ล่ะ|ละ)?\s?(?:ครับ|คะ|ค่ะ|เจ้า|จ๊ะ|จ้า)?$/;

export function understand(raw: string, vocabulary: Vocabulary): Understood {
  const text = raw.slice(0, RETRIEVAL_CHARS * 2);
  const withoutEmoji = text.replace(EMOJI, " ");
  const hadEmoji = withoutEmoji !== text;
  if (WORDLESS.test(withoutEmoji)) return hadEmoji ? { act: "smalltalk", smallTalk: "ack", parts: [] } : { act: "noise", parts: [] };

  const normalized = normalizeText(withoutEmoji);
  if (isKeyboardNoise(normalized)) return { act: "noise", parts: [] };

  // Lines and question marks separate questions; a message of hundreds of them is read no further than its first few.
  const segments = withoutEmoji
    .split(/[\n?？;+＋]+|\s[/|]\s/)
    .filter((s) => /[\u0e01-\u0e4ea-zA-Z0-9]/.test(s))
    .slice(0, MAX_PARTS * 2);
  const parts: Query[] = [];
  let smallTalk: SmallTalk | undefined;
  let onlySmallTalk = true;
  for (const segment of segments) {
    if (parts.length >= MAX_PARTS) break;
    const canonical = canonicalize(segment).slice(0, RETRIEVAL_CHARS);
    const cues = scanCues(canonical);
    const talk = smallTalkOf(canonical, cues, vocabulary.addressees);
    if (talk.kind) smallTalk ??= talk.kind;
    if (talk.only) continue;
    onlySmallTalk = false;
    for (const { start, end } of splitClauses(canonical, cues, tagger(canonical, cues, vocabulary))) {
      const slice = canonical.slice(start, end);
      const span = { start: start + slice.length - slice.trimStart().length, end: start + slice.trimEnd().length };
      const query = toQuery(canonical.slice(span.start, span.end), inSpan(cues, span), vocabulary);
      if (query) parts.push(query);
    }
  }
  if (onlySmallTalk) return { act: "smalltalk", smallTalk: smallTalk ?? "ack", parts: [] };
  const act: Act = parts.length && parts.every((p) => p.isRequest) ? "request" : "question";
  return { act, ...(smallTalk ? { smallTalk } : {}), parts: parts.slice(0, MAX_PARTS) };
}

function inSpan(cues: readonly CueMatch[], span: Span): CueMatch[] {
  return cues.filter((c) => c.start >= span.start && c.end <= span.end).map((c) => ({ ...c, start: c.start - span.start, end: c.end - span.start }));
}

function tagger(canonical: string, cues: readonly CueMatch[], vocabulary: Vocabulary) {
  const asksIn = (span: Span, strong = false): Set<string> => {
    const out = new Set<string>();
    for (const c of inSpan(cues, span)) for (const t of c.value) if ("ask" in t && !(strong && t.weak)) out.add(t.ask);
    return out;
  };
  const targetsIn = (span: Span): Set<string> => {
    const out = new Set<string>();
    for (const c of inSpan(cues, span)) for (const t of c.value) if ("target" in t) out.add(t.target);
    return out;
  };
  return {
    askKinds: asksIn,
    targetKinds: targetsIn,
    has(kind: "ask" | "entity" | "strong-ask", span: Span): boolean {
      if (kind === "ask") return asksIn(span).size > 0;
      if (kind === "strong-ask") return asksIn(span, true).size > 0;
      const e = findEntities(canonical.slice(span.start, span.end), vocabulary);
      return e.items.length + e.issues.length + e.units.length + e.tools.length + e.terms.length > 0;
    },
  };
}

function toQuery(canonical: string, cues: readonly CueMatch[], vocabulary: Vocabulary): Query | undefined {
  if (!/[\u0e01-\u0e2ea-z0-9]/.test(canonical)) return undefined;
  const asks = new Set<Ask>();
  const weakAsks = new Set<Ask>();
  const speech = speechKinds(scanSpeech(canonical));
  const query: Query = {
    text: canonical,
    tokens: tokensOf(canonical),
    asks,
    weakAsks,
    filters: new Set(),
    targets: new Set(),
    about: { items: [], issues: [], units: [], tools: [], terms: [], scores: [] },
    quotesItem: false,
    whichIssue: false,
    refersIssue: false,
    refersBack: false,
    followUp: false,
    negatesUnit: false,
    asksIfOut: false,
    asksOutside: false,
    isRequest: isRequest(speech),
    alsoYears: [],
  };
  const years: YearRef[] = [];
  const tail = query.quotesItem || cues.some((c) => c.value.some((t) => "marker" in t && t.marker === "item-quote")) ? questionTail(canonical, cues) : 0;
  for (const c of cues)
    for (const tag of c.value) {
      if ("ask" in tag) {
        if (c.start >= tail) (tag.weak ? weakAsks : asks).add(tag.ask);
      }
      else if ("filter" in tag) query.filters.add(tag.filter);
      else if ("target" in tag) {
        query.targets.add(tag.target);
        if (c.value.some((t) => "ask" in t && t.ask === "count")) query.counted ??= tag.target;
      }
      else if ("relativeYear" in tag) years.push({ said: "relative", relative: tag.relativeYear });
      else if ("marker" in tag) {
        if (tag.marker === "refers-back") query.refersBack = true;
        else if (tag.marker === "item-quote") query.quotesItem = true;
        else if (tag.marker === "result-out") query.asksIfOut = true;
        else if (tag.marker === "which-issue") query.whichIssue = true;
        else if (tag.marker === "refers-issue") query.refersIssue = true;
        else if (tag.marker === "refers-all") query.refersAll = true;
        else if (tag.marker === "follow-up" && c.start === 0) query.followUp = true;
      }
    }
  query.asksOutside = speech.has("outside");
  for (const a of asks) weakAsks.delete(a);
  if (!asks.size) for (const a of weakAsks) asks.add(a);
  const entities = findEntities(canonical, vocabulary);
  const { negatesUnit, ...about } = entities;
  query.about = about;
  query.negatesUnit = negatesUnit;
  // "เทียบคะแนน i7 i8 ให้หน่อย": asking something of items or issues the plan names is a question, however politely framed
  // "…มีประเด็นไหนบ้าง": which issues is a list of them, even with no other question word
  if (query.whichIssue && !asks.size) asks.add("list");
  if (query.isRequest && asks.size && (about.items.length || about.issues.length) && !speech.has("complaint")) query.isRequest = false;
  // "อยากให้เจ้าหน้าที่… แผนบอกว่าทำยังไง": a wish followed by a question on what the plan says is about the plan
  if (query.isRequest && asks.size && speech.has("about-plan") && !speech.has("personal") && !speech.has("complaint")) query.isRequest = false;
  const written = findYear(canonical);
  if (written) years.unshift(written);
  const second = written ? findSecondYear(canonical) : undefined;
  if (second) years.splice(1, 0, second);
  const [year, ...alsoYears] = years;
  if (year) query.year = year;
  query.alsoYears = alsoYears;
  if (/(?:ล่ะ|ละ)$/.test(canonical.replace(/\s*(?:ครับ|คะ|ค่ะ|เจ้า|จ๊ะ|จ้า)$/, ""))) query.followUp = true;
  const under = UNDER.exec(canonical);
  if (under && !query.about.items.length && Number(under[1]) <= 100) {
    query.under = Number(under[1]);
    query.filters.add("below");
    if (!asks.size) asks.add("pass");
  }
  const ordinal = ORDINAL.exec(canonical);
  if (ordinal) {
    const place = ordinal[1] ?? ordinal[2] ?? "";
    query.ordinal = place === "แรก" ? 1 : /^\d$/.test(place) ? Number(place) : "last";
    // the issue the words named on their own (อัน is also an issue word): kept for a chat with no list
    const without = findEntities(canonical.replace(ordinal[0], " "), vocabulary).issues;
    const own = query.about.issues.filter((n) => !without.includes(n));
    if (own.length === 1) {
      query.ordinalIssue = own[0] as number;
      query.about = { ...query.about, issues: without };
    }
  }
  const bare = BARE_NUMBER.exec(canonical);
  if (bare && query.followUp && !year) query.bareNumber = Number(bare[1]);
  return query;
}

/**
 * Where the question about a quoted item starts ("ข้อที่ว่า <the item's wording> ได้คะแนนเท่าไร"):
 * the trailing words that hold a cue. Cues inside the wording are the item's, not the question's.
 */
function questionTail(canonical: string, cues: readonly CueMatch[]): number {
  const quote = cues.find((c) => c.value.some((t) => "marker" in t && t.marker === "item-quote"));
  let tail = canonical.length;
  for (let i = canonical.length - 1; i > (quote?.end ?? 0); i--) {
    if (canonical[i] !== " ") continue;
    const opening = cues.find((c) => c.start === i + 1);
    if (!opening?.value.some((t) => "ask" in t)) break;
    tail = i + 1;
  }
  return tail;
}

/** A part made only of greetings, thanks, acknowledgements and particles is small talk. */
function smallTalkOf(canonical: string, cues: readonly CueMatch[], addressees: ReadonlySet<string>): { kind?: SmallTalk; only: boolean } {
  let kind: SmallTalk | undefined;
  let rest = "";
  let last = 0;
  for (const c of cues) {
    const tag = c.value.find((t) => "smallTalk" in t);
    if (!tag || !("smallTalk" in tag)) continue;
    if (kind !== "greeting") kind = kind === "thanks" && tag.smallTalk === "ack" ? kind : tag.smallTalk;
    rest += `${canonical.slice(last, c.start)} `;
    last = c.end;
  }
  rest += canonical.slice(last);
  const words = tokensOf(rest).filter((t) => !STOP_WORDS.has(t) && !FILLERS.has(t) && !addressees.has(t));
  return { ...(kind ? { kind } : {}), only: kind !== undefined && words.length === 0 };
}

/** The kinds of speech the message's cues say (request, complaint, outside…), read once per part. */
function speechKinds(cues: readonly CueMatch[]): ReadonlySet<Speech> {
  const kinds = new Set<Speech>();
  for (const m of cues) for (const t of m.value) if ("speech" in t) kinds.add(t.speech);
  return kinds;
}

function isKeyboardNoise(normalized: string): boolean {
  const runs = normalized.split(/[^\u0e00-\u0e7fa-z]+/).filter(Boolean);
  const letters = runs.join("").length;
  const noise = runs.filter((r) => HOME_ROW.test(r) || LATIN_ROW.test(r) || REPEATED.test(r)).join("").length;
  return letters > 0 && noise >= letters * 0.3;
}

/**
 * A request or complaint for staff, not a question about the plan: a complaint cue, or a request
 * cue not outweighed by an information request or a hypothetical about the plan's procedures.
 */
function isRequest(kinds: ReadonlySet<Speech>): boolean {
  const askedOfPlan = kinds.has("about-plan") && kinds.has("hypothetical") && !kinds.has("personal");
  if ((kinds.has("complaint") && !askedOfPlan) || (kinds.has("complaint-word") && kinds.has("where"))) return true;
  return kinds.has("request") && !kinds.has("info-request") && !(kinds.has("hypothetical") && !kinds.has("personal"));
}
