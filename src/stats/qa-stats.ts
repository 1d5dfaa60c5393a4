/**
 * Statistics of the Q&A channel as the ITA publishes them. Every citizen question counts exactly
 * once, in exactly one state, so the states always sum to the total:
 * - answered by the bot (a counter, `qaStats/{YYYY-MM}.botAnswered`, one per answered question);
 * - answered by staff (a ticket with a staff answer, whatever happened after);
 * - closed without an answer, by reason (a ticket closed unanswered, with its reason; and a question
 *   the bot could not answer that the citizen did not send to staff: `not-sent`);
 * - open (a ticket still waiting for its first answer).
 * Officers' and admins' own messages are not citizens' questions and are not counted. Tickets are
 * grouped by the month the question was asked (a cohort); a deleted citizen's tickets stay,
 * anonymised, in their state. Month keys are Gregorian `YYYY-MM` in Bangkok; people see Buddhist
 * Era months, grouped by the fiscal year (1 October – 30 September).
 *
 * `questionStats(db, {from, to})` is the entry point for pages and exports.
 */
import { FieldValue, Timestamp, type Firestore } from "firebase-admin/firestore";
import { formatThaiMonth } from "../thai/thai-date";
import { TICKET_COLLECTIONS } from "../tickets/collections";
import type { Ticket } from "../tickets/ticket";
import { CLOSE_REASON_LABELS, isCloseReason, SYSTEM_CLOSE_REASONS } from "../tickets/ticket";
import { monthKey, ticketFromDoc } from "../tickets/ticket-store";
import { coalesced, type BatchWrite } from "../store/coalescing-firestore";

/** A question the bot could not answer that the citizen chose not to send (or let the offer lapse). */
export const NOT_SENT = "not-sent";
/** A ticket closed before reasons were asked. */
export const NO_REASON = "unspecified";

export interface MonthStats {
  /** Gregorian `YYYY-MM` (Bangkok), or `total`. */
  month: string;
  /** `พ.ย. 2569`. */
  monthText: string;
  /** Every citizen question: answeredByBot + answeredByStaff + closed + open. */
  total: number;
  answeredByBot: number;
  answeredByStaff: number;
  /** Closed without a staff answer (not sent to staff included); by reason in `closedByReason`. */
  closed: number;
  closedByReason: Record<string, number>;
  /** Tickets still waiting for their first staff answer. */
  open: number;
  /** Questions that reached staff (tickets): answeredByStaff + open + tickets closed unanswered. */
  handedToStaff: number;
  /** Median hours from a ticket's opening to its first staff answer; null without answers. */
  medianHoursToStaffAnswer: number | null;
  /** Average of the citizens' 1–5 ratings of staff answers given that month; null without ratings. */
  averageRating: number | null;
  ratings: number;
}

export interface QuestionStats {
  months: MonthStats[];
  total: MonthStats;
}

/** Thai words for a closed-without-answer reason. */
export function closeReasonText(reason: string): string {
  if (isCloseReason(reason)) return CLOSE_REASON_LABELS[reason];
  if (Object.hasOwn(SYSTEM_CLOSE_REASONS, reason)) return SYSTEM_CLOSE_REASONS[reason as keyof typeof SYSTEM_CLOSE_REASONS];
  if (reason === NOT_SENT) return "ไม่ได้ส่งถึงเจ้าหน้าที่";
  if (reason === NO_REASON) return "ไม่ระบุเหตุผล";
  return reason;
}

export async function recordQuestionOutcome(db: Firestore, outcome: { answered: boolean; kind?: string }, at: Date): Promise<void> {
  const write = questionOutcomeWrite(db, outcome, at);
  if (write) await coalesced(db).commit([write]);
}

/**
 * The counter increment for one question as a write to add to a batch (the webhook commits it with
 * the event's completion); `undefined` when the question is not counted (smalltalk).
 */
export function questionOutcomeWrite(db: Firestore, outcome: { answered: boolean; kind?: string }, at: Date): BatchWrite | undefined {
  if (outcome.answered && outcome.kind === "smalltalk") return undefined;
  const ref = db.collection(TICKET_COLLECTIONS.qaStats).doc(monthKey(at));
  const fields = { month: monthKey(at), [outcome.answered ? "botAnswered" : "botUnanswered"]: FieldValue.increment(1) };
  return (batch) => batch.set(ref, fields, { merge: true });
}

export const monthText = (month: string): string => formatThaiMonth(month);

/** Month keys of every Bangkok month that [from, to) touches, oldest first. */
export function monthsBetween(from: Date, to: Date): string[] {
  const out: string[] = [];
  let [y, m] = monthKey(from).split("-").map(Number) as [number, number];
  const last = monthKey(new Date(to.getTime() - 1));
  for (let guard = 0; guard < 240; guard++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** When the question behind a ticket was asked (the ticket may open later, after "send to staff?"). */
const askedAt = (t: Ticket & { askedAt?: Date }) => t.askedAt ?? t.createdAt;

interface Counters {
  botAnswered: number;
  botUnanswered: number;
}

/** The one state of a ticket's question. */
function stateOf(t: Ticket): { state: "staff" } | { state: "open" } | { state: "closed"; reason: string } {
  if (t.firstAnsweredAt) return { state: "staff" };
  if (t.status === "closed") return { state: "closed", reason: t.closeReason ?? NO_REASON };
  return { state: "open" };
}

function summarize(month: string, counters: Counters, tickets: ReadonlyArray<Ticket & { viaAnswerer?: boolean }>, ratings: readonly number[]): MonthStats {
  const closedByReason: Record<string, number> = {};
  let staff = 0;
  let open = 0;
  for (const t of tickets) {
    const s = stateOf(t);
    if (s.state === "staff") staff++;
    else if (s.state === "open") open++;
    else closedByReason[s.reason] = (closedByReason[s.reason] ?? 0) + 1;
  }
  // Questions the bot could not answer that never became a ticket.
  const notSent = Math.max(0, counters.botUnanswered - tickets.filter((t) => t.viaAnswerer !== false).length);
  if (notSent) closedByReason[NOT_SENT] = notSent;
  const closed = Object.values(closedByReason).reduce((a, b) => a + b, 0);
  const hours = tickets.filter((t) => t.firstAnsweredAt).map((t) => ((t.firstAnsweredAt as Date).getTime() - t.createdAt.getTime()) / 3_600_000);
  return {
    month,
    monthText: month === "total" ? "รวม" : monthText(month),
    total: counters.botAnswered + staff + closed + open,
    answeredByBot: counters.botAnswered,
    answeredByStaff: staff,
    closed,
    closedByReason,
    open,
    handedToStaff: tickets.length,
    medianHoursToStaffAnswer: round1(median(hours)),
    averageRating: round1(ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null),
    ratings: ratings.length,
  };
}

/** How late after the range a ticket may open for a question asked in it ("send to staff?" waits). */
const LATE_TICKET_MS = 24 * 3600 * 1000;

/** Statistics per month for citizens' questions asked in [from, to). */
export async function questionStats(db: Firestore, range: { from: Date; to: Date }): Promise<QuestionStats> {
  const months = monthsBetween(range.from, range.to);
  const counterSnaps = await db.getAll(...months.map((m) => db.collection(TICKET_COLLECTIONS.qaStats).doc(m)));
  const counters = new Map(
    counterSnaps.map((s) => [s.id, { botAnswered: Number(s.get("botAnswered") ?? 0), botUnanswered: Number(s.get("botUnanswered") ?? 0) }]),
  );
  const snap = await db
    .collection(TICKET_COLLECTIONS.tickets)
    .where("createdAt", ">=", Timestamp.fromDate(range.from))
    .where("createdAt", "<", Timestamp.fromDate(new Date(range.to.getTime() + LATE_TICKET_MS)))
    .get();
  const tickets = snap.docs
    .filter((d) => d.get("fromStaff") !== true)
    .map((d) => {
      const asked = d.get("askedAt");
      return { ...ticketFromDoc(d.id, d.data()), askedAt: asked instanceof Timestamp ? asked.toDate() : undefined, viaAnswerer: d.get("viaAnswerer") !== false };
    })
    .filter((t) => askedAt(t) >= range.from && askedAt(t) < range.to);
  const byMonth = new Map<string, typeof tickets>();
  for (const t of tickets) byMonth.set(monthKey(askedAt(t)), [...(byMonth.get(monthKey(askedAt(t))) ?? []), t]);
  // Ratings belong to answers (one per answer round), counted in the month the answer was given.
  const answers = await db
    .collection(TICKET_COLLECTIONS.ticketAnswers)
    .where("at", ">=", Timestamp.fromDate(range.from))
    .where("at", "<", Timestamp.fromDate(range.to))
    .get();
  const ratingsByMonth = new Map<string, number[]>();
  for (const a of answers.docs) {
    const rating = a.get("rating");
    const at = a.get("at");
    if (typeof rating !== "number" || !(at instanceof Timestamp)) continue;
    const m = monthKey(at.toDate());
    ratingsByMonth.set(m, [...(ratingsByMonth.get(m) ?? []), rating]);
  }
  const zero: Counters = { botAnswered: 0, botUnanswered: 0 };
  const rows = months.map((m) => summarize(m, counters.get(m) ?? zero, byMonth.get(m) ?? [], ratingsByMonth.get(m) ?? []));
  return { months: rows, total: sumRows(rows, [...ratingsByMonth.values()].flat(), tickets) };
}

/** The total row: each count the sum of the months' (so a page's total is the sum of its rows). */
function sumRows(rows: readonly MonthStats[], ratings: readonly number[], tickets: readonly Ticket[]): MonthStats {
  const closedByReason: Record<string, number> = {};
  for (const r of rows) for (const [k, v] of Object.entries(r.closedByReason)) closedByReason[k] = (closedByReason[k] ?? 0) + v;
  const add = (k: "total" | "answeredByBot" | "answeredByStaff" | "closed" | "open" | "handedToStaff") => rows.reduce((a, r) => a + r[k], 0);
  const hours = tickets.filter((t) => t.firstAnsweredAt).map((t) => ((t.firstAnsweredAt as Date).getTime() - t.createdAt.getTime()) / 3_600_000);
  return {
    month: "total",
    monthText: "รวม",
    total: add("total"),
    answeredByBot: add("answeredByBot"),
    answeredByStaff: add("answeredByStaff"),
    closed: add("closed"),
    closedByReason,
    open: add("open"),
    handedToStaff: add("handedToStaff"),
    medianHoursToStaffAnswer: round1(median(hours)),
    averageRating: round1(ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null),
    ratings: ratings.length,
  };
}

/** "ปิดโดยไม่ได้ตอบ 3 (เรื่องซ้ำ 1, ไม่ได้ส่งถึงเจ้าหน้าที่ 2)". */
export function closedText(r: MonthStats): string {
  const parts = Object.entries(r.closedByReason).map(([k, v]) => `${closeReasonText(k)} ${v}`);
  return `ปิดโดยไม่ได้ตอบ ${r.closed}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

/** Short Thai text of the statistics for admins in chat. */
export function statsText(stats: QuestionStats, orgName: string, heading = ""): string {
  const line = (r: MonthStats) =>
    [
      `📅 ${r.monthText}: ${r.total} เรื่อง`,
      `บอทตอบเอง ${r.answeredByBot} · เจ้าหน้าที่ตอบ ${r.answeredByStaff} · รอคำตอบ ${r.open}`,
      closedText(r),
      `เวลาตอบ (มัธยฐาน) ${r.medianHoursToStaffAnswer === null ? "-" : `${r.medianHoursToStaffAnswer} ชม.`} · คะแนนเฉลี่ย ${r.averageRating === null ? "-" : `${r.averageRating}/5 (${r.ratings} ครั้ง)`}`,
    ].join("\n");
  return [`สถิติช่องทางถาม-ตอบ ${orgName}${heading ? ` ${heading}` : ""} ค่ะ`, ...stats.months.map(line), line(stats.total)].join("\n\n");
}
