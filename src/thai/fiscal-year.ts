/**
 * Thai government fiscal years: 1 October to 30 September, named by the Buddhist-Era year they
 * end in (ปีงบประมาณ พ.ศ. 2570 runs from 1 Oct 2026 to 30 Sep 2027). Plans, statistics, reminders
 * and "ปีนี้" all count in these years, always on the Bangkok calendar (UTC+7, no daylight saving),
 * whatever the server's time zone. One module so that every feature agrees on where a year ends.
 */
import { toArabicDigits } from "./digits";
import { toBangkokCalendarDate } from "./thai-date";

const BE_OFFSET = 543;
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The fiscal year (Buddhist Era) an instant or a `YYYY-MM-DD` calendar date falls in. */
export function fiscalYearOf(at: Date | string): number {
  const { year, month } = toBangkokCalendarDate(at);
  return year + BE_OFFSET + (month >= 10 ? 1 : 0);
}

/** First and last calendar day of a fiscal year, `YYYY-MM-DD` (CE): 2570 → 2026-10-01 … 2027-09-30. */
export function fiscalYearDates(fiscalYear: number): { start: string; end: string } {
  const ce = fiscalYear - BE_OFFSET;
  return { start: `${ce - 1}-10-01`, end: `${ce}-09-30` };
}

/** The fiscal year as instants: from its first Bangkok midnight up to (not including) the next year's. */
export function fiscalYearSpan(fiscalYear: number): { from: Date; to: Date } {
  const ce = fiscalYear - BE_OFFSET;
  return { from: new Date(Date.UTC(ce - 1, 9, 1) - BANGKOK_OFFSET_MS), to: new Date(Date.UTC(ce, 9, 1) - BANGKOK_OFFSET_MS) };
}

/** True once the last day of the fiscal year is over in Bangkok. */
export function fiscalYearHasEnded(fiscalYear: number, now: Date): boolean {
  return fiscalYearOf(now) > fiscalYear;
}

/** The twelve months of a fiscal year as Gregorian `YYYY-MM` keys, October first. */
export function fiscalYearMonths(fiscalYear: number): string[] {
  const ce = fiscalYear - BE_OFFSET;
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((9 + i) % 12) + 1;
    return `${month >= 10 ? ce - 1 : ce}-${String(month).padStart(2, "0")}`;
  });
}

/**
 * The year argument of a command, as a regular-expression source to put after the command's words:
 * `ภาพรวม 2568`, `ภาพรวมปีนี้`, `ส่งออกรายงาน ปีงบ 68`, `ภาพรวม พ.ศ. ๒๕๖๘`. Read it with
 * {@link parseFiscalYear}.
 */
export const YEAR_ARGUMENT = String.raw`(ปี[^\s\d๐-๙]*(?:\s*[0-9๐-๙]{2,4})?|พ\.?\s?ศ\.?\s*[0-9๐-๙]{2,4}|[0-9๐-๙]{2,4})`;

/** Words for a year relative to the current fiscal year, as staff type them after a command. */
const RELATIVE: ReadonlyArray<[RegExp, number]> = [
  [/^(?:ปี(?:งบ(?:ประมาณ)?)?)?\s*(?:นี้|ปัจจุบัน)$/, 0],
  [/^(?:ปี(?:งบ(?:ประมาณ)?)?)?\s*(?:ที่แล้ว|ก่อน|ที่ผ่านมา|เก่า)$/, -1],
  [/^(?:ปี(?:งบ(?:ประมาณ)?)?)?\s*หน้า$/, 1],
];

/**
 * Reads the year a staff member named after a command ("ภาพรวม 2568", "ส่งออกรายงาน ปีงบ 68",
 * "ภาพรวม ปีที่แล้ว"): a Buddhist-Era year in two or four digits, Thai or Arabic, optionally after
 * ปี/ปีงบ/ปีงบประมาณ/พ.ศ.; a Christian-era year (2025) is read as the Buddhist-Era year it names;
 * "ปีนี้" is the current fiscal year. Undefined when the text is not a year.
 */
export function parseFiscalYear(text: string, now: Date): number | undefined {
  const t = toArabicDigits(text).replace(/\s+/g, " ").trim();
  const current = fiscalYearOf(now);
  for (const [pattern, offset] of RELATIVE) if (pattern.test(t)) return current + offset;
  const m = /^(?:ปี(?:งบ(?:ประมาณ)?)?\s*)?(?:พ\.?\s?ศ\.?\s*)?(\d{2}|\d{4})$/.exec(t);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (n < 100) return 2500 + n;
  if (n >= 2400 && n <= 2700) return n;
  if (n >= 1900 && n <= 2200) return n + BE_OFFSET;
  return undefined;
}
