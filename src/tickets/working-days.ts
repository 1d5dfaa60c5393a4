/**
 * When an unanswered ticket becomes overdue: after a number of working days in Bangkok, where
 * weekends and the year's public holidays (configured in `settings/tickets`) do not count. A ticket
 * that arrives on a day off starts counting at the start of the next working day. Pure functions.
 */
import { toBangkokCalendarDate } from "../thai/thai-date";

export interface WorkingDayRules {
  /** Calendar dates (`YYYY-MM-DD`, Gregorian) that are not working days. */
  holidays: ReadonlySet<string>;
  /** False: Saturdays and Sundays count as working days too. */
  skipWeekends: boolean;
}

const DAY_MS = 24 * 3600 * 1000;
const BANGKOK_OFFSET_MS = 7 * 3600 * 1000;

/** `YYYY-MM-DD` of an instant in Bangkok. */
export function bangkokDay(at: Date): string {
  const { year, month, day } = toBangkokCalendarDate(at);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isWorkingDay(at: Date, rules: WorkingDayRules): boolean {
  const weekday = new Date(at.getTime() + BANGKOK_OFFSET_MS).getUTCDay();
  if (rules.skipWeekends && (weekday === 0 || weekday === 6)) return false;
  return !rules.holidays.has(bangkokDay(at));
}

/** Midnight (Bangkok) at the start of the day containing `at`. */
function startOfBangkokDay(at: Date): Date {
  const local = at.getTime() + BANGKOK_OFFSET_MS;
  return new Date(local - (local % DAY_MS) - BANGKOK_OFFSET_MS);
}

/** The moment `workingDays` working days have passed since `from`. */
export function addWorkingDays(from: Date, workingDays: number, rules: WorkingDayRules): Date {
  let cursor = from;
  if (!isWorkingDay(cursor, rules)) {
    cursor = startOfBangkokDay(cursor);
    for (let guard = 0; guard < 366 && !isWorkingDay(cursor, rules); guard++) cursor = new Date(cursor.getTime() + DAY_MS);
  }
  let left = workingDays;
  while (left > 0) {
    cursor = new Date(cursor.getTime() + DAY_MS);
    for (let guard = 0; guard < 366 && !isWorkingDay(cursor, rules); guard++) cursor = new Date(cursor.getTime() + DAY_MS);
    left--;
  }
  return cursor;
}

export function isOverdue(openedAt: Date, now: Date, workingDays: number, rules: WorkingDayRules): boolean {
  return now.getTime() >= addWorkingDays(openedAt, workingDays, rules).getTime();
}
