import { canonicalizeItemCodes, extractItemCodes, toolOfCode } from "../thai/item-codes";
import { normalizeText } from "../thai/normalize";
import { EXPLICIT_ISSUE, readIssues, type IssueRecord, type Piece } from "./import/issue-records";
import { tokenizeItems, readTools, soleToolLetter, type ItemLetter } from "./import/item-tokens";
import { joinBrokenWords } from "./import/broken-words";
import { gatherCellPerLineTables } from "./import/cell-per-line";
import { removePageFurniture } from "./import/page-furniture";
import { fiscalYearPeriod, readPeriod } from "./import/period";
import { readPlanFacts } from "./import/plan-facts";
import type { Role } from "./import/roles";
import { headerRoles } from "./import/roles";
import { placeOf, readTextLines, type SourceDocument, type SourceLine } from "./import/source-lines";
import { splitSteps } from "./import/steps";
import { fixOcrSlips, normalizeThaiText } from "./import/thai-glyphs";
import type { Plan, PlanIssue, PlanItem, Tool } from "./schema";

/**
 * Drafts a plan file from a "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" document, whatever
 * its layout (see import/issue-records.ts), so that next year's plan, or another organisation's,
 * needs a review and no code. The draft is not trusted: every place where the document could not
 * be read, and every assumption made to fill a required field, is a warning naming the place; the
 * reviewed file is what ships.
 */
export interface ImportResult {
  plan: Plan;
  /** Things a person must check, each naming its place in the document. */
  warnings: string[];
  /** What the importer did that needs no decision (page headers left out, glyphs mapped back). */
  notes: string[];
}

export interface ImportOptions {
  /** File id of the plan (e.g. nong-bua-2570); defaults to plan-<fiscal year>. */
  id?: string;
}

/** The ITA's item pass mark; plans call any item below it ไม่ผ่านเกณฑ์. */
const ITEM_PASS_MARK = "100";

/** Drafts a plan from plain text (tab- or pipe-separated tables, or labelled blocks). */
export function importPlanText(source: string, options: ImportOptions = {}): ImportResult {
  return importPlanDocument(readTextLines(source), options);
}

/** Drafts a plan from the lines any reader produced (text, Word, PDF). */
export function importPlanDocument(document: SourceDocument, options: ImportOptions = {}): ImportResult {
  const warnings: string[] = [];
  const notes = [...document.notes];

  const slips = new Map<string, string[]>();
  const normalized = document.lines.map((line) => ({
    ...line,
    cells: line.cells.map((cell) => {
      const { text, fixed } = fixOcrSlips(normalizeThaiText(cell.replace(/\*\*/g, "")));
      if (fixed.length) slips.set(placeOf(line), [...(slips.get(placeOf(line)) ?? []), ...fixed]);
      return text;
    }),
  }));
  for (const [place, fixed] of slips) notes.push(`${place}: scanning slip read as ${fixed.join(", ")}`);

  const early = readPlanFacts(normalized.slice(0, 40), normalized.slice(0, 40), []);
  const { lines: unfurnished, notes: furniture } = removePageFurniture(normalized, [early.organization.name, early.organization.shortName, early.title].filter(Boolean));
  notes.push(...furniture);
  const { lines, warnings: gathered } = gatherCellPerLineTables(unfurnished);
  warnings.push(...gathered);

  const firstIssueAt = lines.findIndex(
    (l) => (l.cells.length >= 2 && headerRoles(l.cells.map((c) => c.trim())) !== undefined) || /^\s*(?:ส่วนที่|ตอนที่)\s*\d/.test(l.cells.join(" ")) || EXPLICIT_ISSUE.test(l.cells.join(" ")),
  );
  const preamble = firstIssueAt < 0 ? lines : lines.slice(0, firstIssueAt);
  const facts = readPlanFacts(preamble, lines, warnings);

  const read = readIssues(lines);
  warnings.push(...read.warnings);
  if (read.issues.length === 0) warnings.push("no issues found (looked for a table with ประเด็น/มาตรการ/ผู้รับผิดชอบ columns, or lines starting ประเด็นที่ 1 / หัวข้อ 1)");

  const corpus = lines.map((l) => l.cells.join(" ")).join("\n");
  const sorted = [...read.issues].sort((a, b) => a.number - b.number);
  const issues = sorted.map((record, i) => buildIssue(record, i + 1, facts.fiscalYear, corpus, warnings));
  const placeOfIssue = new Map(issues.map((issue, i) => [issue.number, placeOf(sorted[i]!.line)]));

  const seen = new Map<string, number>();
  for (const issue of issues)
    for (const item of issue.items) {
      const first = seen.get(item.code);
      if (first !== undefined) warnings.push(`${placeOfIssue.get(issue.number)}: ${item.code} appears under issues ${first} and ${issue.number} (${placeOfIssue.get(first)}, ${placeOfIssue.get(issue.number)}); kept in both — check`);
      else seen.set(item.code, issue.number);
    }

  separateGluedUnits(issues);

  const plan: Plan = {
    schemaVersion: 1,
    id: options.id ?? `plan-${facts.fiscalYear || "draft"}`,
    organization: facts.organization,
    title: facts.title,
    fiscalYear: facts.fiscalYear,
    assessment: facts.assessment,
    itemPassMark: ITEM_PASS_MARK,
    issues,
  };
  return { plan, warnings, notes };
}

function buildIssue(record: IssueRecord, number: number, fiscalYear: number, corpus: string, warnings: string[]): PlanIssue {
  const where = placeOf(record.line);
  const tag = `issue ${number}`;
  if (record.number !== number) warnings.push(`${where}: issue numbered ${record.number} in the document is issue ${number} in the draft (issues must run 1, 2, 3…) — check`);
  const pieces = (role: Role) => firstOccurrence(record, role, number, warnings);
  const joined = (role: Role, separator = " ") => pieces(role).map((p) => p.text).join(separator).trim();

  const lastTitles = record.titles.filter((t) => t.occurrence === Math.max(...record.titles.map((x) => x.occurrence)));
  const title = joinSplitWords(oneLine(lastTitles.map((t) => t.text).join(" ")), corpus);
  if (!title) warnings.push(`${where}: ${tag} has no title — fill it in`);

  const notes: string[] = [];
  const { items, tools } = buildItems(record, tag, warnings, notes);
  const analysis = oneLine(joined("analysis"));
  const analysisAt = placeOf(pieces("analysis")[0]?.line ?? record.line);
  if (!analysis) warnings.push(`${where}: ${tag} has no analysis text (วิเคราะห์ผลการประเมิน) — fill it in`);
  for (const item of items) {
    if (!item.belowPassMark) continue;
    const remark = remarkFor(item.code, analysis);
    if (remark) item.remark = remark;
    else warnings.push(`${analysisAt}: ${tag}: ${item.code} scores ${item.score} but the analysis does not name it — check`);
  }

  let measureTitle = joinSplitWords(oneLine(joined("measure")).replace(/^\(?\d{1,2}[.)]\s*(?!\d)/, ""), corpus);
  if (!measureTitle && title) {
    measureTitle = title;
    warnings.push(`${where}: ${tag} names no measure (มาตรการ/โครงการ/กิจกรรม); used the issue title — check`);
  }

  const stepPieces = pieces("steps");
  const split = splitSteps(stepPieces.map((p) => p.text).join("\n"));
  split.steps = split.steps.map(joinBrokenWords);
  if (split.numbers.length && split.numbers.some((n, i) => n !== i + 1)) {
    warnings.push(`${placeOf(stepPieces[0]!.line)}: ${tag}: steps numbered ${split.numbers.join(",")}; renumbered 1–${split.numbers.length} — check`);
    notes.push(`ขั้นตอนในเอกสารเลขที่ ${split.numbers.join(", ")} ปรับเป็น 1–${split.numbers.length}`);
  }
  if (!split.steps.length) warnings.push(`${where}: ${tag} has no steps (ขั้นตอน/วิธีการ) — fill them in`);

  const unit = joinSplitWords(oneLine(joined("unit")), corpus);
  if (!unit) warnings.push(`${where}: ${tag} names no responsible unit (ผู้รับผิดชอบ) — fill it in`);

  let periodPieces = pieces("period");
  // A line after the period that is no part of it (a signature, a note, where a PDF kept no blank
  // line between them): the period is what reads as one, the rest is named as not read.
  const firstAlone = periodPieces.length > 1 ? oneLine(periodPieces[0]!.text) : "";
  if (firstAlone && !readPeriod(oneLine(periodPieces.map((p) => p.text).join(" ")), fiscalYear) && readPeriod(firstAlone, fiscalYear)) {
    for (const rest of periodPieces.slice(1)) warnings.push(`${placeOf(rest.line)}: not read: "${rest.text.slice(0, 120)}"`);
    periodPieces = periodPieces.slice(0, 1);
  }
  const periodText = oneLine(periodPieces.map((p) => p.text).join(" "));
  const periodAt = periodPieces[0] ? placeOf(periodPieces[0].line) : where;
  let period: PlanIssue["measure"]["period"];
  const read = periodText ? readPeriod(periodText, fiscalYear) : undefined;
  if (read) {
    period = { start: read.start, end: read.end, text: periodText };
    if (read.assumed) warnings.push(`${periodAt}: ${tag}: period "${periodText}" read as ${read.start} – ${read.end}; ${read.assumed} — check`);
  } else {
    period = { ...fiscalYearPeriod(fiscalYear), ...(periodText ? { text: periodText } : {}) };
    warnings.push(
      periodText
        ? `${periodAt}: ${tag}: period "${periodText}" not understood; used the whole fiscal year — check`
        : `${where}: ${tag} gives no period (ระยะเวลา); used the whole fiscal year — check`,
    );
  }

  return {
    number,
    title,
    tools,
    items,
    analysis,
    measure: { title: measureTitle, steps: split.steps, unit, period },
    ...(notes.length ? { notes } : {}),
  };
}

/**
 * The pieces of one field from the first part of the document that gives it; when a later part
 * gives the same field again, that is reported rather than merged.
 */
function firstOccurrence(record: IssueRecord, role: Role, number: number, warnings: string[]): Piece[] {
  const pieces = record.fields.get(role) ?? [];
  if (!pieces.length) return [];
  const first = pieces[0]!.occurrence;
  const later = pieces.find((p) => p.occurrence !== first);
  if (later) warnings.push(`${placeOf(later.line)}: issue ${number}: ${role} given again ("${later.text.slice(0, 50)}"); kept the first, from ${placeOf(pieces[0]!.line)} — check`);
  return pieces.filter((p) => p.occurrence === first);
}

/**
 * Codes (from the codes column, or "ข้อ i1 100" together) paired with scores in document order;
 * tools from the tools column plus the letters of the codes.
 */
function buildItems(record: IssueRecord, tag: string, warnings: string[], notes: string[]): { items: PlanItem[]; tools: Tool[] } {
  // An item whose code cannot be read still takes its score, so the scores after it stay with their codes.
  const items: Array<{ code?: string; score?: string }> = [];
  const spareScores: string[] = [];
  const tools = new Set<Tool>();
  const place = (p: Piece) => placeOf(p.line);

  // An issue whose tools name one tool only (เครื่องมือ: OIT) gives bare numbers (ข้อ 12) its letter.
  const soleTool = soleToolLetter((record.fields.get("tools") ?? []).map((p) => p.text).join(" "));
  for (const piece of [...(record.fields.get("codes") ?? []), ...(record.fields.get("items") ?? [])].sort((a, b) => order(a) - order(b))) {
    const { tokens, unread } = tokenizeItems(piece.text, (piece.tool as ItemLetter | undefined) ?? soleTool);
    const scores = tokens.filter((t) => t.kind === "score");
    if (scores.length === 1 && tokens.length > 2 && /ทุกข้อ/.test(piece.text)) {
      // "o1 – o6 ได้ 100 ทุกข้อ": one score said for every code before it.
      for (const token of tokens) if (token.kind === "code") items.push(token.code ? { code: token.code, score: scores[0]!.score } : {});
      continue;
    }
    let last: { code?: string; score?: string } | undefined;
    for (const token of tokens) {
      if (token.kind === "code") {
        if (!token.code) warnings.push(`${place(piece)}: ${tag}: item "${token.text}" has no i/e/o letter and its row names no single tool; left out — check`);
        last = token.code ? { code: token.code } : {};
        items.push(last);
      } else if (last && last.score === undefined) last.score = token.score;
      else spareScores.push(token.score);
    }
    if (unread.length && !tokens.length) warnings.push(`${place(piece)}: ${tag}: not an item code: "${unread.join(" ")}" — check`);
  }
  for (const piece of record.fields.get("scores") ?? []) {
    const { tokens, unread } = tokenizeItems(piece.text);
    for (const token of tokens) if (token.kind === "score") spareScores.push(token.score);
    if (unread.length || tokens.some((t) => t.kind === "code")) warnings.push(`${place(piece)}: ${tag}: not a score: "${piece.text}" — check`);
  }
  for (const item of items) if (item.score === undefined && spareScores.length) item.score = spareScores.shift();

  const missing = items.filter((i) => i.score === undefined).length;
  const codesAt = placeOf((record.fields.get("codes") ?? record.fields.get("items") ?? [])[0]?.line ?? record.line);
  const scored = items.length - missing;
  if (missing) {
    warnings.push(`${codesAt}: ${tag}: ${items.length} codes but ${scored} scores; the last ${missing} given the pass mark ${ITEM_PASS_MARK} — check`);
    notes.push(`เอกสารระบุคะแนน ${scored} ค่า สำหรับ ${items.length} ข้อ ข้อที่ไม่มีคะแนนกำกับถือว่าได้ ${ITEM_PASS_MARK} (ผ่านเกณฑ์)`);
  }
  if (spareScores.length) warnings.push(`${codesAt}: ${tag}: ${items.length} codes but ${scored + spareScores.length} scores; extra scores dropped — check`);
  if (!items.length) warnings.push(`${placeOf(record.line)}: ${tag} lists no item codes (ข้อคำถาม) — fill them in`);

  for (const piece of record.fields.get("tools") ?? []) {
    const read = readTools(piece.text);
    for (const tool of read.tools) tools.add(tool);
    if (read.unread) warnings.push(`${place(piece)}: ${tag}: tools column says "${piece.text}"; only IIT/EIT/OIT are read — check`);
  }
  const planItems: PlanItem[] = items.flatMap(({ code, score = ITEM_PASS_MARK }) => (code ? [{ code, score, belowPassMark: Number(score) < Number(ITEM_PASS_MARK) }] : []));
  for (const item of planItems) tools.add(toolOfCode(item.code));
  return { items: planItems, tools: [...tools].sort() };
}

const order = (p: Piece) => (p.line.page ?? 0) * 100000 + p.line.line;

/** The analysis text that follows `ข้อ <code>`, up to the next code: a draft remark for the reviewer. */
function remarkFor(code: string, analysis: string): string | undefined {
  const canonical = canonicalizeItemCodes(normalizeText(analysis));
  if (!extractItemCodes(canonical).includes(code)) return undefined;
  const at = canonical.search(new RegExp(`(?<![a-z0-9])${code}(?![0-9])`));
  const rest = canonical.slice(at + code.length);
  const next = rest.search(/ข้อ [ieo]\d/);
  return (next < 0 ? rest : rest.slice(0, next)).trim() || undefined;
}

/**
 * A PDF cell holding two units on two lines ("งานนิติการ" / "สำนักปลัด") reads back glued, as
 * Thai wraps join. When a unit's text starts or ends with a unit another measure names alone, the
 * space goes back between them: the plan's own units are the dictionary.
 */
function separateGluedUnits(issues: PlanIssue[]): void {
  const units = [...new Set(issues.map((i) => i.measure.unit))].filter((u) => u.length >= 5 && !/\s/.test(u));
  for (const issue of issues) {
    let unit = issue.measure.unit;
    for (const other of units) {
      if (unit === other || !unit.includes(other)) continue;
      unit = unit.replace(new RegExp(`(?<=[\u0e01-\u0e4e])(?=${other})|(?<=${other})(?=[\u0e01-\u0e2e\u0e40-\u0e44])`, "g"), " ");
    }
    issue.measure.unit = unit;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Scans and table cells break words with spaces ("การ ประชาสัมพันธ์", "จัดซื้อจัด จ้าง"). In a
 * title or unit, a space between Thai letters is removed when the document itself writes the two
 * sides joined somewhere else (the document is its own dictionary), or when the space splits a word
 * the Thai dictionary knows (import/broken-words.ts).
 */
function joinSplitWords(text: string, corpus: string): string {
  return joinBrokenWords(text).replace(/([\u0e01-\u0e4e]{1,8}) (?=([\u0e01-\u0e4e]{1,8}))/g, (whole, left: string, right: string) =>
    corpus.includes(`${left}${right}`) && left.length + right.length >= 5 ? left : whole,
  );
}

export type { SourceLine };
