import type { Plan } from "../plan/schema";
import type { Decision } from "./decision";
import { listedIssues } from "./facets";
import type { QaContext } from "./qa-context";
import { issuesBySize, itemsScoring } from "./wording";
import { type Ask, isEmptyAbout, type Query, type Target } from "./query";

/**
 * Follow-ups (issue 13, item 9): what an answer was about, kept as the chat's {@link QaContext},
 * and how the next question borrows from it. A question that names its own subject keeps it (and
 * borrows only the ask when it has none: "แล้วประเด็นที่ 4 ล่ะ"); one that names none borrows the
 * subject ("แล้วใครรับผิดชอบ", "ทำไมถึงไม่เต็ม"). A question that can only be understood through the
 * chat ("ข้อนั้น…", "แล้วปีก่อนล่ะ") and arrives without a context is not guessed at.
 */
export interface Topic {
  v: 1;
  /** The plan the answer came from: a context from another plan is not used. */
  plan: string;
  items?: string[];
  issues?: number[];
  unit?: string;
  /** Several units the answer was about ("กองคลังกับสำนักปลัด…"); `unit` is the first of them. */
  units?: string[];
  term?: string;
  whole?: "assessment" | "plan";
  asks?: Ask[];
  /** The year the answer was about (Buddhist Era). */
  year?: number;
  /** The year is one the plan does not hold: a follow-up that names no year of its own stays with it. */
  unheld?: boolean;
  /**
   * The list the chat gave before it narrowed to one of its things ("e8 i8 i15…" then "ข้อสุดท้าย…"):
   * "ทั้งสามข้อ" and "อันแรก" still mean that list.
   */
  list?: Things;
}

/** Several things an answer named. */
export interface Things {
  items?: string[];
  issues?: number[];
  units?: string[];
}

/** At most this many items are remembered; "ข้อนั้น" after a longer list means nothing definite. */
const MAX_ITEMS = 6;

export function readTopic(context: QaContext | undefined, plan: Plan): Topic | undefined {
  if (!context || context.v !== 1 || context.plan !== plan.id) return undefined;
  const t = context as unknown as Topic;
  const things = (x: Things): boolean => arrayOf(x.items, "string") && arrayOf(x.issues, "number") && arrayOf(x.units, "string");
  // the remembered list is read as item codes and issue numbers too ("อันแรก"), so it is checked like the topic's own
  const ok = things(t) && (t.list === undefined || (typeof t.list === "object" && t.list !== null && things(t.list))) && (t.asks === undefined || Array.isArray(t.asks));
  return ok ? t : undefined;
}

function arrayOf(v: unknown, type: "string" | "number"): boolean {
  return v === undefined || (Array.isArray(v) && v.every((x) => typeof x === type));
}

/** A topic's units: `unit` is the first, `units` is kept only when there are several. */
function unitFields(units: readonly string[]): Pick<Topic, "unit" | "units"> {
  return units.length ? { unit: units[0] as string, ...(units.length > 1 ? { units: [...units] } : {}) } : {};
}

export function toContext(topic: Topic | undefined): QaContext | undefined {
  return topic ? (JSON.parse(JSON.stringify(topic)) as QaContext) : undefined;
}

function hasSubject(t: Topic): boolean {
  return Boolean(t.items?.length || t.issues?.length || t.unit || t.term || t.whole);
}

/** Whether what a question asks about can be found inside the topic (an issue holds items and steps). */
function fits(targets: ReadonlySet<Target>, t: Topic): boolean {
  if (!targets.size) return true;
  if (targets.has("issue") && !t.issues?.length && !t.items?.length) return false;
  if ((targets.has("measure") || targets.has("plan")) && !t.issues?.length && !t.items?.length && !t.unit) return false;
  if (targets.has("item") && t.whole === "plan") return false;
  return !(targets.has("unit") && !t.issues?.length && !t.items?.length && !t.unit);
}

export type Borrowed = { query: Query; base?: number } | { needsContext: true };

/** Asks that need a subject: "แล้วใครรับผิดชอบ" with nothing before it in the chat names none. */
const SUBJECT_ASKS: ReadonlySet<Ask> = new Set<Ask>(["owner", "period", "steps", "analysis", "score", "pass", "level", "location"]);

/** "แล้ว 5 ล่ะ" after an issue is issue 5; after an item (i8), the item of the same tool (i5). */
function numbered(q: Query, topic: Topic): Query["about"] | undefined {
  const n = q.bareNumber;
  if (n === undefined) return undefined;
  const letters = new Set((topic.items ?? []).map((c) => c[0]));
  if (letters.size === 1) return { ...q.about, items: [`${[...letters][0] as string}${n}`] };
  if (!topic.items?.length && topic.issues?.length) return { ...q.about, issues: [n] };
  return undefined;
}

function unitsOf(t: Topic | undefined): string[] {
  return t?.units?.length ? t.units : t?.unit ? [t.unit] : [];
}

/** The things a topic lists when it names two or more of one kind; else none. */
function listOf(t: Topic | undefined): Things | undefined {
  if (!t) return undefined;
  const units = unitsOf(t);
  if ((t.items?.length ?? 0) >= 2) return { items: t.items };
  if ((t.issues?.length ?? 0) >= 2) return { issues: t.issues };
  if (units.length >= 2) return { units };
  return undefined;
}

/**
 * The next topic keeps the list of the one before when the chat only narrowed to one of its things
 * ("ข้อสุดท้าย…", "อันแรก…"), so the list's other things can still be named by place or all at once.
 */
export function keepList(next: Topic | undefined, previous: Topic | undefined, narrowed: boolean): Topic | undefined {
  if (!next || !narrowed || listOf(next)) return next;
  const list = listOf(previous) ?? previous?.list;
  return list ? { ...next, list } : next;
}

/**
 * "อันแรก", "ตัวหลัง", "อันที่ 2": that one of the list the chat just gave (its items, else its issues,
 * else its units). With no list, what the words name on their own (อันแรก: issue 1), if anything.
 */
function ordinalAbout(q: Query, current: Topic | undefined): Query["about"] | undefined {
  const place = q.ordinal;
  if (place === undefined) return undefined;
  const topic = listOf(current) ? current : current?.list;
  const pick = <T>(list: readonly T[] | undefined): T | undefined => (list && list.length >= 2 ? list[place === "last" ? list.length - 1 : place - 1] : undefined);
  const item = pick(topic?.items);
  if (item !== undefined) return { ...q.about, items: [item] };
  const issue = pick(topic?.issues);
  if (issue !== undefined) return { ...q.about, issues: [issue] };
  const unit = pick(topic?.units ?? unitsOf(current));
  if (unit !== undefined) return { ...q.about, units: [unit] };
  return q.ordinalIssue !== undefined ? { ...q.about, issues: [q.ordinalIssue] } : undefined;
}

/**
 * The question with what it leaves unsaid filled in from the topic. `ownTopic` says the question
 * names a topic in its own words (retrieval will find it), so it borrows no subject.
 */
export function borrow(asked: Query, current: Topic | undefined, ownTopic: boolean): Borrowed {
  // "ทั้งสามข้อ" after the chat narrowed to one thing of a list: the whole list again
  const list = asked.refersAll && !listOf(current) ? current?.list : undefined;
  const topic = current && list ? { ...current, items: list.items ?? [], issues: list.issues ?? [], units: list.units ?? [], ...(list.units?.[0] ? { unit: list.units[0] } : {}) } : current;
  const picked = ordinalAbout(asked, topic);
  // a place in a list that the chat never gave ("อันหลัง" in a new chat) leans on the chat
  const q: Query = asked.ordinal === undefined ? asked : picked ? { ...asked, about: picked, ordinal: undefined } : { ...asked, refersBack: true, ordinal: undefined };
  // a step names no measure of its own ("ขั้นตอนที่ 2 หมายถึงอะไร" after a measure's steps)
  const { step, ...rest } = q.about;
  const named = !isEmptyAbout(rest as Query["about"]) || (step !== undefined && !topic?.issues?.length);
  const asksNothing = !q.asks.size && !q.weakAsks.size;
  const needsSubject = q.followUp && !q.targets.size && [...q.asks].some((a) => SUBJECT_ASKS.has(a));
  const leansOnChat = !ownTopic && !named && (q.refersBack || needsSubject || (asksNothing && (q.followUp || q.year?.said === "relative")));
  if (!topic || !hasSubject(topic)) return leansOnChat && !named ? { needsContext: true } : { query: q };
  const byNumber = named ? undefined : numbered(q, topic);
  if (byNumber) return borrow({ ...q, about: byNumber }, topic, ownTopic);
  const onlyRelation = [...q.asks].every((a) => a === "comparison" || a === "list");
  const asks = onlyRelation && topic.asks?.length ? new Set([...q.asks, ...topic.asks]) : q.asks;
  if (named) {
    const about = { ...q.about };
    if (q.asks.has("comparison") && topic.issues?.length && about.issues.length && !about.items.length)
      about.issues = [...new Set([...topic.issues, ...about.issues])];
    return { query: { ...q, asks, about } };
  }
  if ((ownTopic || !fits(q.targets, topic)) && !q.refersBack) return { query: q };
  const ofIssue = q.refersIssue && topic.issues?.length;
  // "สองหน่วยนี้…", "กองนั้น…": the units the chat talked about, not the issues answered for them
  const ofUnits = q.targets.has("unit") && unitsOf(topic).length > 0;
  const about = {
    ...q.about,
    items: ofIssue || ofUnits ? [] : (topic.items ?? []),
    issues: ofUnits || (topic.items?.length && !ofIssue) ? [] : (topic.issues ?? []),
    units: unitsOf(topic),
    terms: topic.term ? [topic.term] : [],
  };
  const targets = new Set(q.targets);
  if (topic.whole === "assessment") targets.add("assessment");
  if (topic.whole === "plan") targets.add("plan");
  const year = !q.year && topic.unheld && topic.year ? { year: { said: "be" as const, be: topic.year } } : {};
  return { query: { ...q, asks, about, targets, ...year }, ...(topic.year ? { base: topic.year } : {}) };
}

/**
 * What several answers to one part were about ("กองคลังกับสำนักปลัด…", "e8 ได้กี่คะแนน ใครดูแล"): the
 * things of all of them, so that "ทั้งสอง…" or "อันหลัง" after it finds each.
 */
export function mergeTopics(topics: ReadonlyArray<Topic | undefined>): Topic | undefined {
  const [first, ...rest] = topics.filter((t): t is Topic => t !== undefined);
  if (!first || !rest.length) return first;
  const all = [first, ...rest];
  const union = <T>(lists: Array<T[] | undefined>): T[] => [...new Set(lists.flatMap((l) => l ?? []))];
  const items = union(all.map((t) => t.items)).slice(0, MAX_ITEMS);
  const issues = union(all.map((t) => t.issues));
  const units = union(all.map(unitsOf));
  return {
    ...first,
    ...(items.length ? { items } : {}),
    ...(issues.length ? { issues } : {}),
    ...unitFields(units),
  };
}

/** What an answer was about, for the chat's next question; none for hand-offs and small talk. */
export function topicOf(d: Decision, q: Query, plan: Plan, year: number | undefined): Topic | undefined {
  // "สำนักปลัดกับกองคลังได้คะแนนเท่าไร" is answered with their issues, and is still about the units
  const units = d.type === "issues" || d.type === "issue" ? q.about.units : [];
  const base = { v: 1 as const, plan: plan.id, asks: [...q.asks].slice(0, 4), ...unitFields(units) };
  const issueOf = (code: string): number | undefined => plan.issues.find((i) => i.items.some((it) => it.code === code))?.number;
  switch (d.type) {
    case "item": {
      const issues = [...new Set(d.codes.slice(0, MAX_ITEMS).map(issueOf).filter((n): n is number => n !== undefined))];
      return { ...base, items: d.codes.slice(0, MAX_ITEMS), ...(issues.length ? { issues } : {}), year: plan.assessment.year };
    }
    case "issue":
      return { ...base, issues: [d.issue], year: year ?? plan.fiscalYear };
    case "issues":
      return { ...base, issues: d.issues, year: year ?? plan.fiscalYear };
    case "issues-with-failed":
    case "full-issues":
      return { ...base, issues: listedIssues(d, plan) ?? [], year: plan.assessment.year };
    case "theme":
      return { ...base, issues: d.issues.map((i) => i.issue), year: plan.fiscalYear };
    case "items-with-score": {
      const codes = itemsScoring(plan, d.score).map(({ item }) => item.code);
      return { ...base, items: codes.slice(0, MAX_ITEMS), year: plan.assessment.year };
    }
    case "issue-sizes":
      return { ...base, issues: issuesBySize(plan, d.most).issues.map((i) => i.number), year: plan.assessment.year };
    case "unit":
      return { ...base, unit: d.unit };
    case "glossary":
      return { ...base, term: d.id };
    case "overview":
      return { ...base, whole: "assessment", year: plan.assessment.year };
    case "failed-list": {
      const below = plan.issues.flatMap((i) => i.items.filter((it) => it.belowPassMark && (!d.tool || it.code[0] === d.tool[0]?.toLowerCase())).map((it) => it.code));
      return { ...base, items: [...new Set(below)].slice(0, MAX_ITEMS), year: plan.assessment.year };
    }
    case "handoff":
      if (d.reason !== "unknown-year") return undefined;
      return { ...base, whole: d.yearKind === "fiscal" ? "plan" : "assessment", ...(q.about.items.length ? { items: q.about.items } : {}), ...(d.year ? { year: d.year, unheld: true } : {}) };
    case "plan-summary":
    case "period":
    case "measures-list":
    case "units-all":
    case "plan-year":
    case "count":
      return { ...base, whole: "plan", year: plan.fiscalYear };
    default:
      return undefined;
  }
}
