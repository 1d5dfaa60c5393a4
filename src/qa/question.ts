import { processText, tokensOf } from "../knowledge/text-pipeline";
import type { Plan, Tool } from "../plan/schema";
import { extractItemCodes } from "../thai/item-codes";
import { detectIntents, type Intent } from "./intents";

/**
 * Everything the router needs to know about one question, computed once: its canonical text and
 * words, the plan entities it names directly (item codes, issue numbers, a step, units, tools,
 * years) and the kinds of answer it asks for.
 */
export interface Question {
  raw: string;
  canonical: string;
  tokens: string[];
  grams: string[];
  codes: string[];
  issueNumbers: number[];
  stepNumber: number | undefined;
  units: string[];
  tools: Tool[];
  /** Years named, Buddhist Era. */
  years: number[];
  /** Numbers that look like scores (99.39, 83.00, 100). */
  scores: string[];
  intents: Set<Intent>;
}

/** Retrieval reads only the start of very long messages: the question is almost always there. */
export const RETRIEVAL_CHARS = 300;

const THAI_NUMBERS: Record<string, number> = {
  หนึ่ง: 1, สอง: 2, สาม: 3, สี่: 4, ห้า: 5, หก: 6, เจ็ด: 7, แปด: 8, เก้า: 9, สิบ: 10,
};
const NUMBER_WORD = Object.keys(THAI_NUMBERS).join("|");

export function analyzeQuestion(raw: string, plan: Plan): Question {
  const { canonical: full, grams } = processText(raw.slice(0, RETRIEVAL_CHARS * 2));
  const canonical = full
    .slice(0, RETRIEVAL_CHARS)
    .replace(new RegExp(`(ประเด็น|มาตรการ|ขั้นตอน)\\s?(ที่)?\\s?(${NUMBER_WORD})`, "g"), (_m, a: string, b: string | undefined, w: string) => `${a}${b ?? ""} ${THAI_NUMBERS[w]}`);
  const tokens = tokensOf(canonical);
  const codes = extractItemCodes(canonical);

  const issueNumbers = new Set<number>();
  for (const m of canonical.matchAll(/(?:ประเด็น|มาตรการ|หัวข้อ|ด้าน)\s?(?:ที่|ข้อ|ข้อที่)?\s?(\d{1,2})(?![\d.])/g)) issueNumbers.add(Number(m[1]));
  if (!codes.length)
    for (const m of canonical.matchAll(/(?<!ขั้นตอน\s?(?:ที่)?\s?)ข้อ\s?(?:ที่)?\s?(\d{1,2})(?![\d.])/g)) issueNumbers.add(Number(m[1]));
  const step = /ขั้นตอน\s?(?:ที่|ข้อ|ข้อที่)?\s?(\d{1,2})(?![\d.])/.exec(canonical);

  const unitNames = new Set(plan.issues.map((i) => i.measure.unit));
  const units = [...unitNames].filter((u) => canonical.includes(u.toLowerCase()));
  for (const m of canonical.matchAll(/(กอง|สำนัก|ฝ่าย)\s?([ก-๙]{2,})/g)) {
    const named = `${m[1]}${m[2]}`;
    if (!units.some((u) => named.startsWith(u))) units.push(named);
  }

  const tools = (["iit", "eit", "oit"] as const)
    .filter((t) => new RegExp(`(?<![a-z])${t}(?![a-z])`).test(canonical))
    .map((t) => t.toUpperCase() as Tool);

  const years: number[] = [];
  for (const m of canonical.matchAll(/(?:ปี|พ\.?\s?ศ\.?|ปีงบประมาณ|ปีงบ)\s?(\d{2,4})(?![\d.])/g)) {
    let year = Number(m[1]);
    if (year < 100) year += 2500;
    else if (year < 2400) year += 543;
    if (year >= 2500 && year <= 2700) years.push(year);
  }
  for (const m of canonical.matchAll(/(?<![\d.])(25[4-9]\d)(?![\d.])/g)) years.push(Number(m[1]));

  const scores = [...canonical.matchAll(/(?<![\d.])(\d{2,3}(?:\.\d{1,2})?)(?![\d.])/g)]
    .map((m) => m[1] as string)
    .filter((s) => Number(s) <= 100 && (s.includes(".") || s === "100"));

  return {
    raw,
    canonical,
    tokens,
    grams,
    codes,
    issueNumbers: [...issueNumbers],
    stepNumber: step ? Number(step[1]) : undefined,
    units,
    tools,
    years: [...new Set(years)],
    scores,
    intents: detectIntents(canonical),
  };
}
