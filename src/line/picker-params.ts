/**
 * What a user picked in a datetime picker, read from a postback event's `params`. LINE sends
 * exactly one of `date` ("2026-12-01"), `time` ("09:30") or `datetime` ("2026-12-01T09:30"), by
 * the picker's mode, as wall-clock values without a time zone (this bot's users are in Bangkok).
 * A value that is malformed or names a day that does not exist is not a pick.
 * https://developers.line.biz/en/reference/messaging-api/#postback-params-object
 */
import type { CalendarDate } from "../thai/thai-date";

export interface ClockTime {
  hour: number;
  minute: number;
}

export type PickedDateTime =
  | { mode: "date"; date: CalendarDate }
  | { mode: "time"; time: ClockTime }
  | { mode: "datetime"; date: CalendarDate; time: ClockTime };

export function pickedDateTime(params: Record<string, unknown> | undefined): PickedDateTime | undefined {
  if (!params) return undefined;
  const { date, time, datetime } = params;
  if (typeof datetime === "string") {
    const [datePart, timePart, extra] = datetime.split(/[Tt]/);
    const d = datePart !== undefined ? calendarDate(datePart) : undefined;
    const t = timePart !== undefined && extra === undefined ? clockTime(timePart) : undefined;
    return d && t ? { mode: "datetime", date: d, time: t } : undefined;
  }
  if (typeof date === "string") {
    const d = calendarDate(date);
    return d ? { mode: "date", date: d } : undefined;
  }
  if (typeof time === "string") {
    const t = clockTime(time);
    return t ? { mode: "time", time: t } : undefined;
  }
  return undefined;
}

function calendarDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const real = new Date(Date.UTC(year, month - 1, day));
  return real.getUTCFullYear() === year && real.getUTCMonth() === month - 1 && real.getUTCDate() === day ? { year, month, day } : undefined;
}

function clockTime(text: string): ClockTime | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

/** Bangkok is UTC+7 all year (no daylight saving since 1920). */
const BANGKOK_OFFSET_MS = 7 * 3600_000;

/** The instant a datetime pick names (Bangkok wall-clock time). */
export function pickedInstant(picked: { date: CalendarDate; time: ClockTime }): Date {
  const { date, time } = picked;
  return new Date(Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute) - BANGKOK_OFFSET_MS);
}

/** `at` as a datetimepicker's `initial`/`min`/`max` value: Bangkok wall-clock time, "2026-12-06T09:00". */
export function pickerDateTime(at: Date): string {
  return new Date(at.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 16);
}
