import type { Plan } from "../plan/schema";
import type { Decision } from "./decision";
import type { QaContext } from "./qa-context";
import { issuesBySize } from "./wording";
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
  term?: string;
  whole?: "assessment" | "plan";
  asks?: Ask[];
  /** The year the answer was about (Buddhist Era). */
  year?: number;
  /** The year is one the plan does not hold: a follow-up that names no year of its own stays with it. */
  unheld?: boolean;
}

/** At most this many items are remembered; "ข้อนั้น" after a longer list means nothing definite. */
const MAX_ITEMS = 6;

export function readTopic(context: QaContext | undefined, plan: Plan): Topic | undefined {
  if (!context || context.v !== 1 || context.plan !== plan.id) return undefined;
  const t = context as unknown as Topic;
  const ok =
    (t.items === undefined || (Array.isArray(t.items) && t.items.every((i) => typeof i === "string"))) &&
    (t.issues === undefined || (Array.isArray(t.issues) && t.issues.every((i) => typeof i === "number"))) &&
    (t.asks === undefined || Array.isArray(t.asks));
  return ok ? t : undefined;
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

/**
 * The question with what it leaves unsaid filled in from the topic. `ownTopic` says the question
 * names a topic in its own words (retrieval will find it), so it borrows no subject.
 */
export function borrow(q: Query, topic: Topic | undefined, ownTopic: boolean): Borrowed {
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
  const about = {
    ...q.about,
    items: ofIssue ? [] : (topic.items ?? []),
    issues: topic.items?.length && !ofIssue ? [] : (topic.issues ?? []),
    units: topic.unit ? [topic.unit] : [],
    terms: topic.term ? [topic.term] : [],
  };
  const targets = new Set(q.targets);
  if (topic.whole === "assessment") targets.add("assessment");
  if (topic.whole === "plan") targets.add("plan");
  const year = !q.year && topic.unheld && topic.year ? { year: { said: "be" as const, be: topic.year } } : {};
  return { query: { ...q, asks, about, targets, ...year }, ...(topic.year ? { base: topic.year } : {}) };
}

/** What an answer was about, for the chat's next question; none for hand-offs and small talk. */
export function topicOf(d: Decision, q: Query, plan: Plan, year: number | undefined): Topic | undefined {
  const base = { v: 1 as const, plan: plan.id, asks: [...q.asks].slice(0, 4) };
  const issueOf = (code: string): number | undefined => plan.issues.find((i) => i.items.some((it) => it.code === code))?.number;
  switch (d.type) {
    case "item": {
      const issue = issueOf(d.codes[0] as string);
      return { ...base, items: d.codes.slice(0, MAX_ITEMS), ...(issue ? { issues: [issue] } : {}), year: plan.assessment.year };
    }
    case "issue":
      return { ...base, issues: [d.issue], year: year ?? plan.fiscalYear };
    case "issues":
      return { ...base, issues: d.issues, year: year ?? plan.fiscalYear };
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
