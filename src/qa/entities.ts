import { thaiLetterNumber } from "../thai/letter-numbers";
import { canonicalize, tokensOf } from "../knowledge/text-pipeline";
import type { Glossary } from "../knowledge/glossary";
import type { Plan, Tool } from "../plan/schema";
import { extractItemCodes } from "../thai/item-codes";
import { compilePhrases, type PhraseMatcher } from "../thai/phrase-matcher";
import { ALL_UNITS, seedUnits } from "../units/units";
import type { About, YearRef } from "./query";

/**
 * The plan's things a question names directly: item codes, numbered issues and steps, units,
 * assessment tools, glossary terms, years and quoted scores. Units and terms are matched with
 * vocabularies built from the plan and the glossary, so another organisation's plan brings its
 * own unit names.
 */
export interface Vocabulary {
  units: PhraseMatcher<string>;
  terms: PhraseMatcher<string>;
  /** Words of the organisation's own name (อบต, เวียงท่ากาน): a greeting may address it. */
  addressees: ReadonlySet<string>;
  /** The plan's last issue number: what "ประเด็นสุดท้าย" names. */
  lastIssue: number;
}

/** Ways to say "every unit" (the plan's ทุกส่วนราชการ). */
const EVERY_UNIT = ["ทุกส่วนราชการ", "ทุกกอง", "ทุกหน่วยงาน", "ทุกหน่วย", "ทุกฝ่าย", "ทุกสำนัก", "ทุกส่วนงาน"];

export function buildVocabulary(plan: Plan, glossary: Glossary): Vocabulary {
  const unitPhrases: Array<{ text: string; value: string }> = EVERY_UNIT.map((text) => ({ text, value: ALL_UNITS }));
  for (const unit of seedUnits(plan)) {
    const forms = new Set([unit.name, unit.name.split(/\s/)[0] ?? "", unit.name.split("และ")[0] ?? ""]);
    // Matched in canonical text, so in the form the lexicon leaves it (กองพัสดุ → กอง วัสดุ ครุภัณฑ์).
    for (const form of forms) if (form.length >= 5) unitPhrases.push({ text: canonicalize(form).replace(/ /g, ""), value: unit.name });
  }
  const termPhrases = glossary.terms.flatMap((t) =>
    [t.term, ...t.aliases].map((alias) => ({ text: canonicalize(alias), value: t.id })).filter((p) => p.text.length >= 3),
  );
  const { name, shortName } = plan.organization;
  return {
    units: compilePhrases(unitPhrases, { skipSpaces: true }),
    terms: compilePhrases(termPhrases, { skipSpaces: true }),
    addressees: new Set(tokensOf(canonicalize(`${name} ${shortName}`))),
    lastIssue: Math.max(0, ...plan.issues.map((i) => i.number)),
  };
}

const ISSUE_WORDS = "ประเด็น|มาตรการ|ด้าน|เรื่อง|อัน|ลำดับ";
const ISSUE_NUMBERS = new RegExp(
  `(?:${ISSUE_WORDS})\\s?(?:ที่|ข้อ|ข้อที่)?\\s?(\\d{1,2}(?:\\s?(?:กับ|และ|,|หรือ|ถึง|-)\\s?(?:ที่\\s?)?\\d{1,2})*)(?![\\d.])`,
  "g",
);
/** An issue by the letter a plan gives it (ประเด็น ค., มาตรการที่ ข); ณ alone is the word "at". */
const ISSUE_LETTER = new RegExp(`(?:${ISSUE_WORDS})\\s?(?:ที่\\s?)?((?!ณ)[\\u0e01-\\u0e2e])(?=\\.|\\s|$)`, "g");
const BARE_ISSUE = /(?<!ขั้นตอน\s?(?:ที่)?\s?)ข้อ\s?(?:ที่)?\s?(\d{1,2})(?![\d.])/g;
const STEP = /ขั้นตอน\s?(?:ที่|ข้อ|ข้อที่)?\s?(\d{1,2})(?![\d.])/;
const TOOL = /(?<![a-z])(iit|eit|oit)(?![a-z])/g;
/** A tool named by its items' code letter alone: "ข้อ e ที่ไม่ผ่าน", "ข้อ i ทั้งหมด". */
const TOOL_LETTER = /ข้อ\s?(?:ของ\s?)?([eio])(?![a-z0-9])/g;
/** An issue by its place rather than its number: the first (ประเด็นแรก) or the last (หัวข้อสุดท้าย). */
const ISSUE_ORDINAL = new RegExp(`(?:${ISSUE_WORDS})\\s?(?:ที่\\s?)?(แรก|สุดท้าย|ท้ายสุด|หลังสุด)`, "g");
/** A score: with decimals as the plan writes them, 100, or a whole number said to be points (ได้ 83, 83 คะแนน). */
const SCORE = /(?<![\d.])(\d{2,3}\.\d{1,2}|100|(?<=ได้\s?)\d{2}(?=\s?(?:คะแนน|$|\s))|\d{2}(?=\s?คะแนน))(?![\d.])/g;

const MONTH = "มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา|ม\\.ค|ก\\.พ|มี\\.ค|เม\\.ย|พ\\.ค|มิ\\.ย|ก\\.ค|ส\\.ค|ก\\.ย|ต\\.ค|พ\\.ย|ธ\\.ค";
const YEAR_AFTER_WORD = /(?:ปีงบประมาณ|ปีงบ|ปี|พ\.?\s?ศ\.?|ค\.?\s?ศ\.?)\s?(\d{2,4})(?![\d.])/g;
const BARE_YEAR = /(?<![\d.])((?:25|20)\d{2})(?![\d.])/g;
const AFTER_MONTH = new RegExp(`(?:${MONTH})[\\u0e00-\\u0e7f.]*\\s?$`);

/** Items, issues, step, units, tools, terms and scores a part names. */
export function findEntities(canonical: string, vocabulary: Vocabulary): About & { negatesUnit: boolean } {
  const items = extractItemCodes(canonical);
  const issues = new Set<number>();
  for (const m of canonical.matchAll(ISSUE_NUMBERS)) for (const n of (m[1] ?? "").match(/\d{1,2}/g) ?? []) issues.add(Number(n));
  if (!items.length) for (const m of canonical.matchAll(BARE_ISSUE)) issues.add(Number(m[1]));
  for (const m of canonical.matchAll(ISSUE_LETTER)) {
    const n = thaiLetterNumber(m[1] as string);
    if (n) issues.add(n);
  }
  for (const m of canonical.matchAll(ISSUE_ORDINAL)) if (vocabulary.lastIssue) issues.add(m[1] === "แรก" ? 1 : vocabulary.lastIssue);
  const step = STEP.exec(canonical);
  const unitMatches = vocabulary.units.scan(canonical);
  const units = [...new Set(unitMatches.map((m) => m.value))];
  // "ไม่ใช่ของสำนักปลัด", and after it: "สำนักปลัดไม่ต้องทำ", "ที่กองคลังไม่ได้รับผิดชอบ"
  const negatesUnit = unitMatches.some(
    (m) =>
      /(?:ไม่ได้|ไม่ใช่|นอกจาก|ยกเว้น)\s?(?:ให้|เป็น)?\s?$/.test(canonical.slice(Math.max(0, m.start - 12), m.start)) ||
      /^\s?(?:ไม่ต้อง|ไม่ได้ทำ|ไม่ได้รับผิดชอบ|ไม่รับผิดชอบ|ไม่ได้ดูแล|ไม่ดูแล|ไม่เกี่ยว)/.test(canonical.slice(m.end, m.end + 16)),
  );
  const letters = [...canonical.matchAll(TOOL_LETTER)].map((m) => `${m[1] as string}it`);
  const tools = [...new Set([...[...canonical.matchAll(TOOL)].map((m) => m[1] as string), ...letters].map((t) => t.toUpperCase() as Tool))];
  const terms = [...new Set([...vocabulary.terms.scan(canonical).map((m) => m.value), ...letters])];
  const scores = [...canonical.matchAll(SCORE)].map((m) => m[1] as string).filter((s) => Number(s) <= 100);
  return { items, issues: [...issues], ...(step ? { step: Number(step[1]) } : {}), units, tools, terms, scores, negatesUnit };
}

/** "ปีงบ 67 กับ 68", "ปี 2566 และ 2567": the second year of a pair, written without its ปี. */
const SECOND_YEAR = /(?:ปีงบประมาณ|ปีงบ|ปี|พ\.?\s?ศ\.?)\s?\d{2,4}\s?(?:กับ|และ|หรือ|ถึง|vs|-|,)\s?(\d{2}|\d{4})(?![\d.])/;

export function findSecondYear(canonical: string): YearRef | undefined {
  const m = SECOND_YEAR.exec(canonical);
  if (!m) return undefined;
  const written = Number(m[1]);
  if (written < 100) return { said: "short", be: 2500 + written };
  if (written >= 2400 && written <= 2700) return { said: "be", be: written };
  if (written >= 1900 && written <= 2200) return { said: "ce", be: written + 543 };
  return undefined;
}

/** A year written with digits: after ปี/พ.ศ./ค.ศ., or a bare 25xx/20xx; a year inside a date is not one. */
export function findYear(canonical: string): YearRef | undefined {
  for (const re of [YEAR_AFTER_WORD, BARE_YEAR])
    for (const m of canonical.matchAll(re)) {
      if (AFTER_MONTH.test(canonical.slice(Math.max(0, m.index - 14), m.index))) continue;
      const written = Number(m[1]);
      if (written < 100) return { said: "short", be: 2500 + written };
      if (written >= 2400 && written <= 2700) return { said: "be", be: written };
      if (written >= 1900 && written <= 2200) return { said: "ce", be: written + 543 };
    }
  return undefined;
}
