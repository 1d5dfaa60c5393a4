import { th } from "date-fns/locale/th";
import { toThaiDigits } from "./digits";

/**
 * The one place dates are written for people, in chat, on pages and in exports. Thai month names,
 * the Buddhist Era (BE = CE + 543), Bangkok time whatever the server's zone (Cloud Functions run in
 * UTC), and one digit style for the whole product: Arabic digits ("1 ต.ค. 2567", "1 ตุลาคม 2567").
 * Arabic digits are what people type in LINE, what Excel sorts and sums, and what screen readers
 * read reliably; Thai digits remain understood everywhere text is read (digits.ts), and the plan's
 * own wording is quoted as the plan has it. Month names come from date-fns' Thai locale.
 */
export type ThaiDateStyle = "long" | "short";

export interface ThaiDateOptions {
  /** Digits to write; Arabic by default, the product's one style (Thai only where a document demands it). */
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

/** `1 ตุลาคม 2567` (long) or `1 ต.ค. 2567` (short). */
export function formatThaiDate(date: Date | string, style: ThaiDateStyle, options: ThaiDateOptions = {}): string {
  const { year, month, day } = toBangkokCalendarDate(date);
  const monthName = th.localize.month((month - 1) as never, { width: style === "long" ? "wide" : "abbreviated" });
  const text = `${day} ${monthName} ${year + 543}`;
  return options.digits === "thai" ? toThaiDigits(text) : text;
}

/** `1 ตุลาคม 2567 - 30 กันยายน 2568`: a plan period. */
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

/** `ต.ค. 2568` for a Gregorian `YYYY-MM` month key. */
export function formatThaiMonth(monthKey: string, style: ThaiDateStyle = "short"): string {
  const [y, m] = monthKey.split("-").map(Number) as [number, number];
  return `${th.localize.month((m - 1) as never, { width: style === "long" ? "wide" : "abbreviated" })} ${y + 543}`;
}

const BANGKOK_TIME = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Bangkok", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** `14:05`: the time of day in Bangkok. */
export function formatThaiTime(at: Date): string {
  return BANGKOK_TIME.format(at);
}

/** `1 ธ.ค. 2568 เวลา 09:00 น.`: an instant as a Thai reader in Bangkok writes it. */
export function formatThaiDateTime(at: Date, style: ThaiDateStyle = "short"): string {
  return `${formatThaiDate(at, style)} เวลา ${formatThaiTime(at)} น.`;
}
