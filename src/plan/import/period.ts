import { th } from "date-fns/locale/th";
import { parseThaiDate } from "../../thai/thai-date";

/**
 * Reads the period a plan gives a measure, in the forms plans use: the whole fiscal year
 * ("1 ตุลาคม 2569 - 30 กันยายน 2570", "ตลอดปีงบประมาณ"), months ("มกราคม – มิถุนายน 2570",
 * "ต.ค. 69 - มี.ค. 70"), quarters of the fiscal year ("ไตรมาส 2", "ไตรมาสที่ 1-2") and a deadline
 * ("ภายใน 31 มีนาคม 2570"). Text must have Arabic digits. Fiscal years run 1 October – 30 September
 * and are named by the Buddhist Era year they end in.
 */
export interface ReadPeriod {
  /** YYYY-MM-DD (CE). */
  start: string;
  end: string;
  /** What was taken as given rather than read, for the reviewer; undefined when all was read. */
  assumed?: string;
}

const MONTHS_LONG = Array.from({ length: 12 }, (_, i) => th.localize.month(i as never, { width: "wide" }) as string);
const MONTHS_SHORT = Array.from({ length: 12 }, (_, i) => (th.localize.month(i as never, { width: "abbreviated" }) as string).replace(/[.\s]/g, ""));

/** Month index 0–11 of a Thai month name, full or abbreviated, with or without dots. */
function monthOf(name: string): number | undefined {
  const full = MONTHS_LONG.indexOf(name);
  if (full >= 0) return full;
  const short = MONTHS_SHORT.indexOf(name.replace(/[.\s]/g, ""));
  return short >= 0 ? short : undefined;
}

const MONTH_NAME = `(?:${[...MONTHS_LONG].sort((a, b) => b.length - a.length).join("|")}|[\\u0e01-\\u0e4e]{1,3}\\.\\s?[\\u0e01-\\u0e4e]{1,2}\\.?|[\\u0e01-\\u0e4e]{2,4})`;
const YEAR = `(?:พ\\.\\s?ศ\\.\\s?)?(\\d{4}|\\d{2})`;
const MONTH_YEAR = new RegExp(`^(${MONTH_NAME})\\s*(?:${YEAR})?$`);
const SEPARATOR = /\s*(?:[-–—~]|ถึง(?:วันที่)?|จนถึง(?:วันที่)?)\s*/;

/** A year as written (2570, 70, or CE 2027) as a CE year. */
function ceYear(text: string): number {
  let year = Number(text);
  if (year < 100) year += 2500;
  return year > 2400 ? year - 543 : year;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

/** 1 Oct – 30 Sep of a fiscal year (BE). */
export function fiscalYearPeriod(fiscalYear: number): { start: string; end: string } {
  const ce = fiscalYear - 543;
  return { start: iso(ce - 1, 9, 1), end: iso(ce, 8, 30) };
}

/** CE year a month falls in within a fiscal year (BE): October–December belong to the year before. */
function yearInFiscal(month: number, fiscalYear: number): number {
  return fiscalYear - 543 - (month >= 9 ? 1 : 0);
}

export function readPeriod(raw: string, fiscalYear: number): ReadPeriod | undefined {
  const text = raw
    .replace(/\s+/g, " ")
    // A period's words have no space inside them: one there is a wrapped cell ("ตลอดปี งบประมาณ").
    .replace(/(?<=[\u0e01-\u0e4e]) (?=[\u0e01-\u0e4e])/g, "")
    .replace(/^(?:ระยะเวลา|ดำเนินการ|ช่วง|ระหว่าง(?:วันที่|เดือน)?)\s*:?\s*/, "")
    .replace(/^(?:เดือน|วันที่)\s*/, "")
    .trim();
  if (!text) return undefined;

  if (/^(?:ตลอด(?:ทั้ง)?ปี|ทั้งปี|ปีงบประมาณ)(?:งบประมาณ)?(?:\s*(?:พ\.\s?ศ\.\s?)?(\d{4}|\d{2}))?$/.test(text)) {
    const year = /(\d{4}|\d{2})$/.exec(text)?.[1];
    return fiscalYearPeriod(year ? ceYear(year) + 543 : fiscalYear);
  }

  const quarters = /^ไตรมาส(?:ที่)?\s*(\d)(?:\s*(?:[-–,]|ถึง|และ)\s*(?:ไตรมาส(?:ที่)?\s*)?(\d))?(?:\s*(?:ปีงบประมาณ|ปีงบ)?\s*(?:พ\.\s?ศ\.\s?)?(\d{4}|\d{2}))?$/.exec(text);
  if (quarters) {
    const first = Number(quarters[1]);
    const last = Number(quarters[2] ?? quarters[1]);
    if (first < 1 || last > 4 || first > last) return undefined;
    const fy = quarters[3] ? ceYear(quarters[3]) + 543 : fiscalYear;
    const startMonth = (9 + (first - 1) * 3) % 12;
    const endMonth = (9 + last * 3 - 1) % 12;
    const sy = yearInFiscal(startMonth, fy);
    const ey = yearInFiscal(endMonth, fy);
    return { start: iso(sy, startMonth, 1), end: iso(ey, endMonth, lastDay(ey, endMonth)) };
  }

  const deadline = /^(?:ภายใน|ก่อน|ไม่เกิน)\s*(?:วันที่|เดือน)?\s*(.+)$/.exec(text);
  if (deadline) {
    const end = readPoint(deadline[1] as string, fiscalYear, "end");
    if (!end) return undefined;
    return { start: fiscalYearPeriod(fiscalYear).start, end: end.date, assumed: `starts when the fiscal year starts${end.assumed ? `; ${end.assumed}` : ""}` };
  }

  const parts = text.split(SEPARATOR);
  if (parts.length === 2) {
    const [from, to] = parts as [string, string];
    const end = readPoint(to, fiscalYear, "end");
    if (!end) return undefined;
    let start = readPoint(from, fiscalYear, "start");
    const monthOnly = MONTH_YEAR.exec(from.trim());
    if (start?.assumed && monthOnly && !monthOnly[2]) {
      // "มกราคม – มิถุนายน 2570": the first month takes the year of the last, or the one before it.
      const sm = monthOf(monthOnly[1] as string) as number;
      const [ey, em] = end.date.split("-").map(Number) as [number, number];
      const sy = sm + 1 > em ? ey - 1 : ey;
      start = { date: iso(sy, sm, 1), assumed: end.assumed };
    }
    if (!start || start.date > end.date) return undefined;
    const assumed = [start.assumed, end.assumed].filter(Boolean);
    return { start: start.date, end: end.date, ...(assumed.length ? { assumed: [...new Set(assumed)].join("; ") } : {}) };
  }

  if (parts.length === 1) {
    const single = MONTH_YEAR.exec(text);
    if (single) {
      const start = readPoint(text, fiscalYear, "start");
      const end = readPoint(text, fiscalYear, "end");
      if (start && end) return { start: start.date, end: end.date, ...(start.assumed ? { assumed: start.assumed } : {}) };
    }
  }
  return undefined;
}

/** A day ("30 ก.ย. 70") or a month ("มีนาคม 2570"; its first or last day); a missing year comes from the fiscal year. */
function readPoint(raw: string, fiscalYear: number, edge: "start" | "end"): { date: string; assumed?: string } | undefined {
  const text = raw.trim().replace(/^วันที่\s*/, "");
  const day = parseThaiDate(text.replace(/\s*พ\.\s?ศ\.\s?/, " "));
  if (day) return { date: day };
  const dayNoYear = new RegExp(`^(\\d{1,2})\\s*(${MONTH_NAME})$`).exec(text);
  if (dayNoYear) {
    const month = monthOf(dayNoYear[2] as string);
    if (month === undefined) return undefined;
    const year = yearInFiscal(month, fiscalYear);
    const d = Number(dayNoYear[1]);
    if (d < 1 || d > lastDay(year, month)) return undefined;
    return { date: iso(year, month, d), assumed: "the year is the fiscal year's" };
  }
  const m = MONTH_YEAR.exec(text);
  if (!m) return undefined;
  const month = monthOf(m[1] as string);
  if (month === undefined) return undefined;
  const year = m[2] ? ceYear(m[2]) : yearInFiscal(month, fiscalYear);
  return {
    date: iso(year, month, edge === "start" ? 1 : lastDay(year, month)),
    ...(m[2] ? {} : { assumed: "the year is the fiscal year's" }),
  };
}
