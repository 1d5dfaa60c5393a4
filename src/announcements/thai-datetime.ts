/**
 * Reads a date and time the way Thais type them when scheduling ("1 ธ.ค. 68 09:00",
 * "๑ ธันวาคม ๒๕๖๘ 9:00 น.", "1/12/68 9.00", "พรุ่งนี้ 9 โมง", "มะรืนนี้ บ่ายสอง", "2 ทุ่ม") as a
 * wall-clock time in Bangkok, and turns it into an instant. Pure: "now" is passed in.
 *
 * Bangkok has been UTC+7 without daylight saving since 1920, so a fixed offset is exact.
 * Years: 2 digits are BE of this century (68 → 2568), 4 digits above 2400 are BE, others CE;
 * "ค.ศ." forces CE. A date without a year is this year, or next year when that day has passed.
 * A time without a date is today. Thai "โมง" for 1–5 means the afternoon (บ่ายโมง… ห้าโมงเย็น),
 * 6–11 the morning, as in everyday speech.
 */
import { addDays } from "date-fns/addDays";
import { isExists } from "date-fns/isExists";
import { th } from "date-fns/locale/th";
import { toArabicDigits } from "../thai/digits";
import { toBangkokCalendarDate, type CalendarDate } from "../thai/thai-date";

export type ThaiDateTimeError = "no-such-date" | "past" | "unreadable";

export type ThaiDateTimeResult =
  | { ok: true; at: Date }
  | { ok: false; error: ThaiDateTimeError; message: string };

const BANGKOK_OFFSET_HOURS = 7;

const MONTHS_LONG = Array.from({ length: 12 }, (_, i) => th.localize.month(i as never, { width: "wide" }) as string);
const MONTHS_SHORT = Array.from({ length: 12 }, (_, i) => th.localize.month(i as never, { width: "abbreviated" }) as string);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "ธ.ค." also written "ธค", "ธ.ค" or "ธ. ค.". */
const shortPattern = (abbr: string) =>
  abbr
    .replace(/\./g, "")
    .split("")
    .map((ch) => escape(ch) + "\\.?\\s?")
    .join("");

const MONTH_ALTERNATIVES: Array<{ re: RegExp; month: number }> = [
  ...MONTHS_LONG.map((name, month) => ({ re: new RegExp(`^${escape(name)}`), month })),
  ...MONTHS_SHORT.map((abbr, month) => ({ re: new RegExp(`^${shortPattern(abbr)}`), month })),
];
const MONTH_ANY = [...MONTHS_LONG.map(escape), ...MONTHS_SHORT.map(shortPattern)].join("|");

/** Number words that appear in spoken times: "บ่ายสอง", "สองทุ่มครึ่ง", "เก้าโมง". */
const NUMBER_WORDS: Array<[string, string]> = [
  ["สิบเอ็ด", "11"],
  ["สิบสอง", "12"],
  ["สิบ", "10"],
  ["หนึ่ง", "1"],
  ["สอง", "2"],
  ["สาม", "3"],
  ["สี่", "4"],
  ["ห้า", "5"],
  ["หก", "6"],
  ["เจ็ด", "7"],
  ["แปด", "8"],
  ["เก้า", "9"],
];

const RELATIVE_DAYS: Array<[RegExp, number]> = [
  [/มะรืนนี้|มะรืน/, 2],
  [/พรุ่งนี้/, 1],
  [/วันนี้/, 0],
];

/**
 * Weekday names as people type them, Sunday = 0 (as `Date.getUTCDay`): "วันเสาร์", "เสาร์", "ส.",
 * "พฤหัส", "พฤหัสบดี", "พฤ.". Long names come first so "พฤหัสบดี" is not read as "พฤหัส" + "บดี".
 */
const WEEKDAYS: Array<[string, number]> = [
  ["อาทิตย์", 0],
  ["จันทร์", 1],
  ["อังคาร", 2],
  ["พุธ", 3],
  ["พฤหัสบดี", 4],
  ["พฤหัส", 4],
  ["ศุกร์", 5],
  ["เสาร์", 6],
];
/**
 * "วันเสาร์", "เสาร์นี้": the next such day, today included; "เสาร์หน้า", "วันเสาร์สัปดาห์หน้า":
 * the one a week after that, as Thai speakers mean "next Saturday" (the confirmation shows the
 * date, and it can be changed there).
 */
const WEEKDAY = new RegExp(
  `(?:วัน)?(${WEEKDAYS.map(([name]) => name).join("|")})\\s*(หน้า|สัปดาห์หน้า|อาทิตย์หน้า|นี้|สัปดาห์นี้|อาทิตย์นี้)?`,
);

const YEAR_AFTER_MONTH = new RegExp(
  `^\\s*(?:(พ\\.?\\s?ศ\\.?|ค\\.?\\s?ศ\\.?)\\s*)?(\\d{4}|\\d{2})(?![\\d:.]|\\s*(?:โมง|ทุ่ม|นาฬิกา|น\\.|นาที))`,
);

function fail(error: ThaiDateTimeError, message: string): ThaiDateTimeResult {
  return { ok: false, error, message };
}

/**
 * A date and time to show as an example of what to type: tomorrow at 09:00, written the way the
 * parser reads it ("1 ธ.ค. 68 09:00"), so the example the bot suggests is never in the past.
 */
export function exampleDateTime(now: Date): string {
  const today = toBangkokCalendarDate(now);
  const d = addDays(new Date(Date.UTC(today.year, today.month - 1, today.day)), 1);
  return `${d.getUTCDate()} ${MONTHS_SHORT[d.getUTCMonth()]} ${String((d.getUTCFullYear() + 543) % 100).padStart(2, "0")} 09:00`;
}

const unreadable = (now: Date) => `อ่านวันเวลาไม่ออกค่ะ กรุณาพิมพ์ใหม่ เช่น ${exampleDateTime(now)} หรือ พรุ่งนี้ 9 โมง หรือ วันเสาร์หน้า 8 โมง`;

function normalize(text: string): string {
  let t = toArabicDigits(text).toLowerCase().replace(/[\u200b\u200c\u200d\ufeff]/g, "");
  for (const [word, digits] of NUMBER_WORDS) t = t.split(word).join(` ${digits} `);
  return t
    .replace(/วันที่|เวลา|ตอน/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Year as written → CE year; `undefined` when there is none. */
function toCeYear(era: string | undefined, digits: string): number {
  const n = Number(digits);
  const ce = era !== undefined && era.startsWith("ค");
  if (digits.length === 2) return ce ? 2000 + n : 2500 + n - 543;
  if (ce) return n;
  return n > 2400 ? n - 543 : n;
}

interface DatePart {
  /** Calendar date in Bangkok; month 1–12. */
  date: CalendarDate;
  yearGiven: boolean;
  rest: string;
}

/** Finds the date in the text and returns it with the text that is left (the time). */
function readDate(t: string, today: CalendarDate): DatePart | "no-such-date" | undefined {
  const todayUtc = new Date(Date.UTC(today.year, today.month - 1, today.day));
  const daysAhead = (days: number, m: RegExpExecArray): DatePart => {
    const d = addDays(todayUtc, days);
    return {
      date: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
      yearGiven: true,
      rest: t.slice(0, m.index) + " " + t.slice(m.index + m[0].length),
    };
  };
  for (const [re, days] of RELATIVE_DAYS) {
    const m = re.exec(t);
    if (m) return daysAhead(days, m);
  }

  const numeric = /(?<!\d)(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4}|\d{2})(?!\d)/.exec(t);
  if (numeric) {
    const [all, d, mo, y] = numeric as unknown as [string, string, string, string];
    const date = { year: toCeYear(undefined, y), month: Number(mo), day: Number(d) };
    if (!isExists(date.year, date.month - 1, date.day)) return "no-such-date";
    return { date, yearGiven: true, rest: withoutWeekday(t.slice(0, numeric.index) + " " + t.slice(numeric.index + all.length)) };
  }

  const named = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(?=${MONTH_ANY})`).exec(t);
  if (named) {
    const day = Number(named[1]);
    let pos = named.index + named[0].length;
    const tail = t.slice(pos);
    const month = MONTH_ALTERNATIVES.map(({ re, month: mi }) => ({ m: re.exec(tail), mi }))
      .filter((x) => x.m)
      .sort((a, b) => (b.m?.[0].length ?? 0) - (a.m?.[0].length ?? 0))[0];
    if (!month?.m) return undefined;
    pos += month.m[0].length;
    const yearMatch = YEAR_AFTER_MONTH.exec(t.slice(pos));
    let year = today.year;
    if (yearMatch) {
      year = toCeYear(yearMatch[1], yearMatch[2] as string);
      pos += yearMatch[0].length;
    }
    if (!isExists(year, month.mi, day) && !(yearMatch === null && isExists(2024, month.mi, day))) return "no-such-date";
    const date = { year, month: month.mi + 1, day };
    return { date, yearGiven: yearMatch !== null, rest: withoutWeekday(t.slice(0, named.index) + " " + t.slice(pos)) };
  }
  const weekday = WEEKDAY.exec(t);
  if (weekday) {
    const wanted = WEEKDAYS.find(([name]) => name === weekday[1])?.[1] ?? 0;
    const ahead = (wanted - todayUtc.getUTCDay() + 7) % 7;
    return daysAhead(ahead + (weekday[2]?.endsWith("หน้า") ? 7 : 0), weekday);
  }
  return undefined;
}

/** "วันเสาร์ที่ 6 ธ.ค.": with a date given, the weekday name only repeats it. */
const withoutWeekday = (rest: string) => rest.replace(new RegExp(WEEKDAY.source, "g"), " ").replace(/ที่/g, " ");

interface TimeOfDay {
  hour: number;
  minute: number;
}

/** Reads what is left after the date: "09:00", "9.00 น.", "9 โมงเช้า", "บ่าย 3 โมง", "2 ทุ่มครึ่ง". */
function readTime(raw: string): TimeOfDay | "no-such-time" | undefined {
  const t = raw
    .replace(/นาฬิกา/g, " น.")
    .replace(/\s+/g, " ")
    .trim();
  const half = (s: string | undefined) => (s && s.includes("ครึ่ง") ? 30 : 0);
  const minutesOf = (s: string | undefined) => {
    const m = s ? /(\d{1,2})\s*นาที/.exec(s) : null;
    return m ? Number(m[1]) : half(s);
  };
  const check = (hour: number, minute: number): TimeOfDay | "no-such-time" =>
    hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 ? { hour, minute } : "no-such-time";

  let m = /^(\d{1,2})\s*[:.]\s*(\d{2})\s*(?:น\.?)?$/.exec(t);
  if (m) return check(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\s*น\.?$/.exec(t);
  if (m) return check(Number(m[1]), 0);
  m = /^เที่ยง(?:วัน)?\s*(ครึ่ง)?$/.exec(t);
  if (m) return { hour: 12, minute: half(m[1]) };
  m = /^บ่าย\s*(?:(\d{1,2})\s*)?(?:โมง)?\s*(ครึ่ง|\d{1,2}\s*นาที)?$/.exec(t);
  if (m && (m[1] !== undefined || t.includes("โมง"))) {
    const n = m[1] === undefined ? 1 : Number(m[1]);
    return n >= 1 && n <= 6 ? check(12 + n, minutesOf(m[2])) : undefined;
  }
  m = /^(\d{1,2})\s*โมง\s*(เช้า|เย็น|ค่ำ)?\s*(ครึ่ง|\d{1,2}\s*นาที)?$/.exec(t);
  if (m) {
    const n = Number(m[1]);
    const minute = minutesOf(m[3]);
    if (m[2] === "เช้า") return n >= 6 && n <= 11 ? check(n, minute) : undefined;
    if (m[2] === "เย็น" || m[2] === "ค่ำ") return n >= 4 && n <= 6 ? check(12 + n, minute) : undefined;
    if (n >= 1 && n <= 5) return check(12 + n, minute);
    if (n >= 6 && n <= 12) return check(n, minute);
    return check(n, minute);
  }
  m = /^โมงเช้า\s*(ครึ่ง)?$/.exec(t);
  if (m) return { hour: 7, minute: half(m[1]) };
  m = /^(\d)\s*ทุ่ม\s*(ครึ่ง|\d{1,2}\s*นาที)?$/.exec(t);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= 5 ? check(18 + n, minutesOf(m[2])) : undefined;
  }
  m = /^ตี\s*(\d)\s*(ครึ่ง|\d{1,2}\s*นาที)?$/.exec(t);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= 5 ? check(n, minutesOf(m[2])) : undefined;
  }
  return undefined;
}

/**
 * Parses `text` as a future moment in Bangkok. Errors tell a date that does not exist
 * ("no-such-date": 31 ก.พ., 29 ก.พ. 2569), one that has passed ("past") and text that is not a
 * date and time at all ("unreadable"), each with a short polite Thai sentence to show.
 */
export function parseThaiDateTime(text: string, now: Date): ThaiDateTimeResult {
  const t = normalize(text);
  if (t.length === 0 || t.length > 100) return fail("unreadable", unreadable(now));
  const today = toBangkokCalendarDate(now);

  const datePart = readDate(t, today);
  if (datePart === "no-such-date") return fail("no-such-date", "ไม่มีวันที่นี้ในปฏิทินค่ะ กรุณาตรวจวันที่อีกครั้ง");
  const rest = datePart ? datePart.rest.trim() : t;
  if (rest.length === 0) return fail("unreadable", `กรุณาระบุเวลาด้วยค่ะ เช่น ${exampleDateTime(now)}`);
  const time = readTime(rest);
  if (time === "no-such-time") return fail("no-such-date", "ไม่มีเวลานี้ค่ะ กรุณาพิมพ์เวลาแบบ 0:00 ถึง 23:59");
  if (!time) return fail("unreadable", unreadable(now));

  let date = datePart?.date ?? today;
  const at = (d: CalendarDate) => new Date(Date.UTC(d.year, d.month - 1, d.day, time.hour - BANGKOK_OFFSET_HOURS, time.minute));
  if (datePart && !datePart.yearGiven) {
    // No year: the next time this day comes round (a day that has passed this year means next year).
    const isPastDay = (d: CalendarDate) => Date.UTC(d.year, d.month - 1, d.day) < Date.UTC(today.year, today.month - 1, today.day);
    if (isPastDay(date)) date = { ...date, year: date.year + 1 };
    // 29 ก.พ. without a year: the next leap year's.
    while (!isExists(date.year, date.month - 1, date.day)) date = { ...date, year: date.year + 1 };
  }
  const result = at(date);
  if (result.getTime() <= now.getTime()) return fail("past", "เวลานี้ผ่านไปแล้วค่ะ กรุณาระบุวันเวลาในอนาคต");
  return { ok: true, at: result };
}

/** `1 ธ.ค. 2568 เวลา 09:00 น.` (the product's one date module, re-exported for the scheduler's callers). */
export { formatThaiDateTime } from "../thai/thai-date";
