/**
 * What an officer types at a report's steps, read the way they write it. The buttons give the
 * exact labels, but people type their own words: "ครึ่งนึง", "ประมาณ 60 เปอร์เซนต์", "เสร็จแล้วค่ะ",
 * "กำลังทำอยู่". A step that refuses those makes the officer guess the one form it wants.
 *
 * Both readers are strict about what is left once the known framing words are taken off: a text
 * that still holds something else ("ทำไป 3 ครั้ง", "เสร็จแล้วแต่มีปัญหา") is not a percent or a
 * status, so it is asked again rather than guessed.
 */
import { toArabicDigits } from "../../thai/digits";
import { numberWordValue } from "../../thai/number-words";
import type { ProgressStatus } from "../activities";

/** Words around a number that do not change it: hedges, "so far", units, polite particles. */
const FRAMING = [
  "ความคืบหน้า", "คืบหน้า", "ดำเนินการไปแล้ว", "ดำเนินการแล้ว", "ดำเนินการไป", "ดำเนินการ", "ทำไปแล้ว", "ทำไป",
  "ทำได้", "ทำแล้ว", "ได้แล้ว", "ไปแล้ว", "แล้ว", "ได้", "ประมาณ", "โดยประมาณ", "ราวๆ", "ราว", "น่าจะ", "คิดว่า",
  "ตอนนี้", "ขณะนี้", "เกือบ", "กว่าๆ", "กว่า", "ก็", "อยู่ที่", "ที่",
  "ร้อยละ", "เปอร์เซ็นต์", "เปอร์เซนต์", "เปอร์เซ็นท์", "เปอร์เซ็น", "เปอร์เซน", "เปอร์", "percent", "pct", "%",
  "นะคะ", "นะครับ", "ครับผม", "ครับ", "คับ", "ค่ะ", "คะ", "ค่า", "จ้า", "จ้ะ", "นะ", "เจ้า",
].sort((a, b) => b.length - a.length);

/** "ครึ่ง", "ครึ่งนึง", "ครึ่งหนึ่ง": half. */
const HALF = /^ครึ่ง(?:หนึ่ง|นึง)?$/;
/** Thai number words up to a hundred: ห้าสิบ, ยี่สิบห้า, ร้อย / หนึ่งร้อย. */
const HUNDRED = /^(?:หนึ่ง)?ร้อย$/;

/** Takes the framing words off both ends (and spaces anywhere between words). */
function core(raw: string): string {
  let s = toArabicDigits(raw).toLowerCase().replace(/\s+/g, "");
  for (let changed = true; changed && s; ) {
    changed = false;
    for (const w of FRAMING) {
      if (s.startsWith(w) && s.length > w.length) {
        s = s.slice(w.length);
        changed = true;
      }
      if (s.endsWith(w) && s.length > w.length) {
        s = s.slice(0, -w.length);
        changed = true;
      }
    }
  }
  return s;
}

/** A whole number written in digits or Thai words, or undefined. */
function wholeNumber(s: string): number | undefined {
  if (/^\d{1,3}$/.test(s)) return Number(s);
  if (HUNDRED.test(s)) return 100;
  return /^[\u0e00-\u0e7f]+$/.test(s) ? numberWordValue(s) : undefined;
}

/**
 * A percent of 0–100 as people type it: "60", "๖๐", "60%", "ร้อยละ 60", "ประมาณ 60 เปอร์เซนต์ค่ะ",
 * "หกสิบ", "ครึ่งนึง", "3/4", "สามในสี่". A decimal, a number over 100 or anything else beside the
 * number is not one.
 */
export function parsePercent(raw: string): number | undefined {
  const s = core(raw);
  if (s === "ร้อยละ" || s === "") return undefined;
  let n: number | undefined;
  if (HALF.test(s)) n = 50;
  else {
    const fraction = /^(.+?)(?:\/|ใน|ส่วน)(.+)$/.exec(s);
    if (fraction) {
      const [top, bottom] = [wholeNumber(fraction[1]!), wholeNumber(fraction[2]!)];
      n = top !== undefined && bottom ? Math.round((100 * top) / bottom) : undefined;
    } else n = wholeNumber(s);
  }
  return n !== undefined && Number.isInteger(n) && n >= 0 && n <= 100 ? n : undefined;
}

/** Phrases a status is told with, checked in this order; negated ones come before what they negate. */
const STATUS_WORDS: ReadonlyArray<[ProgressStatus, RegExp]> = [
  ["not_started", /ยังไม่(?:ได้)?(?:เริ่ม|ทำ|ดำเนินการ|ลงมือ)|ยังไม่มีความคืบหน้า|notstarted/],
  ["in_progress", /ยังไม่เสร็จ|ไม่เสร็จ|กำลัง|ทำอยู่|ดำเนินการอยู่|อยู่ระหว่าง|เริ่มแล้ว|เริ่มทำ|ทำไปบ้าง|inprogress/],
  ["blocked", /มีปัญหา|ติดปัญหา|ติดขัด|อุปสรรค|ทำไม่ได้|ไม่สามารถ|blocked|problem/],
  ["done", /เสร็จ|เรียบร้อย|ครบแล้ว|ทำครบ|done|finished|completed?/],
];

/** What "no problem" says is not a problem. */
const NOT_A_PROBLEM = /ไม่มีปัญหา|ไม่ติดปัญหา|ไม่ติดขัด/g;

/** Longer than this, a text at the status step is a note typed too early, not a status. */
const STATUS_MAX_LENGTH = 60;

/**
 * The status (and percent, when a number says it) an officer typed at the status step: a button's
 * label, a percent ("50", "ครึ่งนึง": in progress at that percent; 0 not started; 100 done), or
 * words of exactly one status ("เสร็จแล้วค่ะ", "กำลังทำอยู่", "ยังไม่ได้เริ่ม", "ติดปัญหา"). Words of
 * two statuses, or none, are undefined: the officer is asked to tap.
 */
export function parseStatus(raw: string, labels: Record<ProgressStatus, string>): { status: ProgressStatus; percent?: number } | undefined {
  const input = raw.trim();
  const labelled = (Object.keys(labels) as ProgressStatus[]).find((s) => labels[s] === input);
  if (labelled) return { status: labelled };
  if (input.length > STATUS_MAX_LENGTH) return undefined;
  const percent = parsePercent(input);
  if (percent !== undefined) return { status: percent === 0 ? "not_started" : percent === 100 ? "done" : "in_progress", percent };
  let rest = toArabicDigits(input).toLowerCase().replace(/\s+/g, "").replace(NOT_A_PROBLEM, "");
  const found = new Set<ProgressStatus>();
  for (const [status, words] of STATUS_WORDS) {
    const match = words.exec(rest);
    if (!match) continue;
    found.add(status);
    // A phrase counts once: "ยังไม่เสร็จ" is in progress, and its เสร็จ is not also "done".
    rest = rest.replace(words, " ");
  }
  return found.size === 1 ? { status: [...found][0]! } : undefined;
}
