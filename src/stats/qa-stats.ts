/**
 * Statistics of the Q&A channel per month, as the ITA publishes them: questions the bot answered,
 * questions handed to staff, answered by staff, still open, the median time to a staff answer and
 * the average rating. The bot's own answers are counters (`qaStats/{YYYY-MM}`, one increment per
 * question); everything about staff comes from the tickets themselves, grouped by the month they
 * were opened (a cohort: "of the questions of November, how many were answered, how fast").
 * Month keys are Gregorian `YYYY-MM` in Bangkok; people see Buddhist Era month names.
 *
 * `questionStats(db, {from, to})` is the entry point for other features (the progress export of
 * issue 5, the public page of issue 8).
 */
import { FieldValue, Timestamp, type Firestore } from "firebase-admin/firestore";
import { th } from "date-fns/locale/th";
import { TICKET_COLLECTIONS } from "../tickets/collections";
import { monthKey, ticketFromDoc } from "../tickets/ticket-store";
import { coalesced, type BatchWrite } from "../store/coalescing-firestore";

export interface MonthStats {
  /** Gregorian `YYYY-MM` (Bangkok). */
  month: string;
  /** `พ.ย. 2569`. */
  monthText: string;
  botAnswered: number;
  /** Questions the bot could not answer (whether or not the citizen then sent them to staff). */
  botUnanswered: number;
  handedToStaff: number;
  answeredByStaff: number;
  stillOpen: number;
  closed: number;
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

export function monthText(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${th.localize.month((m - 1) as never, { width: "abbreviated" })} ${y + 543}`;
}

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

function summarize(
  month: string,
  counters: { botAnswered: number; botUnanswered: number },
  tickets: ReturnType<typeof ticketFromDoc>[],
  ratings: readonly number[],
): MonthStats {
  const hours = tickets.filter((t) => t.firstAnsweredAt).map((t) => ((t.firstAnsweredAt as Date).getTime() - t.createdAt.getTime()) / 3_600_000);
  return {
    month,
    monthText: month === "total" ? "รวม" : monthText(month),
    botAnswered: counters.botAnswered,
    botUnanswered: counters.botUnanswered,
    handedToStaff: tickets.length,
    answeredByStaff: tickets.filter((t) => t.firstAnsweredAt).length,
    stillOpen: tickets.filter((t) => t.status === "open").length,
    closed: tickets.filter((t) => t.status === "closed").length,
    medianHoursToStaffAnswer: round1(median(hours)),
    averageRating: round1(ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null),
    ratings: ratings.length,
  };
}

/** Statistics per month for tickets opened and questions asked in [from, to). */
export async function questionStats(db: Firestore, range: { from: Date; to: Date }): Promise<QuestionStats> {
  const months = monthsBetween(range.from, range.to);
  const counterSnaps = await db.getAll(...months.map((m) => db.collection(TICKET_COLLECTIONS.qaStats).doc(m)));
  const counters = new Map(
    counterSnaps.map((s) => [s.id, { botAnswered: Number(s.get("botAnswered") ?? 0), botUnanswered: Number(s.get("botUnanswered") ?? 0) }]),
  );
  const snap = await db
    .collection(TICKET_COLLECTIONS.tickets)
    .where("createdAt", ">=", Timestamp.fromDate(range.from))
    .where("createdAt", "<", Timestamp.fromDate(range.to))
    .get();
  const tickets = snap.docs.map((d) => ticketFromDoc(d.id, d.data()));
  const byMonth = new Map<string, typeof tickets>();
  for (const t of tickets) byMonth.set(monthKey(t.createdAt), [...(byMonth.get(monthKey(t.createdAt)) ?? []), t]);
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
  const zero = { botAnswered: 0, botUnanswered: 0 };
  const rows = months.map((m) => summarize(m, counters.get(m) ?? zero, byMonth.get(m) ?? [], ratingsByMonth.get(m) ?? []));
  const total = summarize(
    "total",
    rows.reduce((a, r) => ({ botAnswered: a.botAnswered + r.botAnswered, botUnanswered: a.botUnanswered + r.botUnanswered }), zero),
    tickets,
    [...ratingsByMonth.values()].flat(),
  );
  return { months: rows, total };
}

/** Short Thai text of the statistics for admins in chat. */
export function statsText(stats: QuestionStats, orgName: string): string {
  const line = (r: MonthStats) =>
    [
      `📅 ${r.monthText}`,
      `บอทตอบเอง ${r.botAnswered} · ส่งเจ้าหน้าที่ ${r.handedToStaff}`,
      `เจ้าหน้าที่ตอบแล้ว ${r.answeredByStaff} · ยังรอตอบ ${r.stillOpen}`,
      `เวลาตอบ (มัธยฐาน) ${r.medianHoursToStaffAnswer === null ? "-" : `${r.medianHoursToStaffAnswer} ชม.`} · คะแนนเฉลี่ย ${r.averageRating === null ? "-" : `${r.averageRating}/5 (${r.ratings} ครั้ง)`}`,
    ].join("\n");
  return [`สถิติช่องทางถาม-ตอบ ${orgName} ค่ะ`, ...stats.months.map(line), line(stats.total)].join("\n\n");
}
