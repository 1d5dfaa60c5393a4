import { th } from "date-fns/locale/th";
import { toThaiDigits } from "./digits";

/**
 * Dates shown to Thai readers use the Buddhist Era (BE = CE + 543) and Bangkok time, whatever the
 * server's time zone (Cloud Functions run in UTC). Month names come from date-fns' Thai locale.
 */
export type ThaiDateStyle = "long" | "short";

export interface ThaiDateOptions {
  /** Digits to write; by default long dates use Thai digits (formal) and short ones Arabic. */
  digits?: "thai" | "arabic";
}

const BANGKOK = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Bangkok",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** A calendar date (year CE, month 1–12, day) as seen in Bangkok. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Calendar date of an instant in Bangkok, or of a plain `YYYY-MM-DD` string (plan periods are
 * calendar dates, not instants, so they are never shifted by a time zone).
 */
export function toBangkokCalendarDate(date: Date | string): CalendarDate {
  const iso = typeof date === "string" ? date : BANGKOK.format(date);
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new RangeError(`not a date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** `๑ ตุลาคม ๒๕๖๗` (long) or `1 ต.ค. 2567` (short). */
export function formatThaiDate(date: Date | string, style: ThaiDateStyle, options: ThaiDateOptions = {}): string {
  const { year, month, day } = toBangkokCalendarDate(date);
  const monthName = th.localize.month((month - 1) as never, { width: style === "long" ? "wide" : "abbreviated" });
  const text = `${day} ${monthName} ${year + 543}`;
  const digits = options.digits ?? (style === "long" ? "thai" : "arabic");
  return digits === "thai" ? toThaiDigits(text) : text;
}

/** `๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘`: a plan period as the plan writes it. */
export function formatThaiDateRange(
  start: Date | string,
  end: Date | string,
  style: ThaiDateStyle,
  options: ThaiDateOptions = {},
): string {
  return `${formatThaiDate(start, style, options)} - ${formatThaiDate(end, style, options)}`;
}

const MONTHS_LONG = Array.from({ length: 12 }, (_, i) => th.localize.month(i as never, { width: "wide" }));
const MONTHS_SHORT = Array.from({ length: 12 }, (_, i) => th.localize.month(i as never, { width: "abbreviated" }));

/**
 * Reads a Thai date such as `๑ ตุลาคม ๒๕๖๗`, `1 ต.ค. 67` or `30 กันยายน 2568` into `YYYY-MM-DD` (CE).
 * Two-digit years are BE years of this century (67 → 2567). Returns undefined when it is not a date.
 */
export function parseThaiDate(text: string): string | undefined {
  const t = text.replace(/[๐-๙]/g, (d) => String("๐๑๒๓๔๕๖๗๘๙".indexOf(d))).replace(/\s+/g, " ").trim();
  const m = /^(\d{1,2}) ?([\u0e00-\u0e7f.]+) ?(?:พ\.ศ\.)? ?(\d{2,4})$/.exec(t);
  if (!m) return undefined;
  const day = Number(m[1]);
  const name = m[2] as string;
  let month = MONTHS_LONG.indexOf(name);
  if (month < 0) month = MONTHS_SHORT.indexOf(name.endsWith(".") ? name : `${name}.`);
  if (month < 0) return undefined;
  let year = Number(m[3]);
  if (year < 100) year += 2500;
  const ce = year > 2400 ? year - 543 : year;
  const probe = new Date(Date.UTC(ce, month, day));
  if (probe.getUTCMonth() !== month || probe.getUTCDate() !== day) return undefined;
  return `${ce}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The Thai government's fiscal year (ปีงบประมาณ) an instant falls in, in Buddhist Era: it runs
 * 1 October – 30 September and is named for the year it ends in (1 ต.ค. 2568 is in 2569).
 */
export function fiscalYearOf(date: Date): number {
  const { year, month } = toBangkokCalendarDate(date);
  return year + 543 + (month >= 10 ? 1 : 0);
}

/** Start (inclusive) and end (exclusive) instants, Bangkok midnight, of a BE fiscal year. */
export function fiscalYearRange(beYear: number): { from: Date; to: Date } {
  const ce = beYear - 543;
  const bangkokMidnight = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1) - 7 * 3600 * 1000);
  return { from: bangkokMidnight(ce - 1, 10), to: bangkokMidnight(ce, 10) };
}

/** `ต.ค. 2568` for a Gregorian `YYYY-MM` month key. */
export function formatThaiMonth(monthKey: string, style: ThaiDateStyle = "short"): string {
  const [y, m] = monthKey.split("-").map(Number) as [number, number];
  return `${th.localize.month((m - 1) as never, { width: style === "long" ? "wide" : "abbreviated" })} ${y + 543}`;
}
