import { toArabicDigits } from "../thai/digits";
import { canonicalizeItemCodes, extractItemCodes, toolOfCode } from "../thai/item-codes";
import { normalizeText } from "../thai/normalize";
import { parseThaiDate } from "../thai/thai-date";
import type { Plan, PlanIssue, PlanItem, Tool } from "./schema";

/**
 * Drafts a plan file from the text of a "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
 * document (the two-part layout every อบต./เทศบาล uses: part 1 the ITA analysis per issue, part 2
 * the measure per issue, tab-separated table rows). Next year's plan, or another organisation's,
 * then needs a review, not code. The draft is not trusted: every guess it had to make is a warning
 * for the reviewer, and the reviewed file is what ships.
 */
export interface ImportResult {
  plan: Plan;
  warnings: string[];
}

export interface ImportOptions {
  /** File id of the plan (e.g. wiang-tha-kan-2569); defaults to plan-<fiscal year>. */
  id?: string;
}

/**
 * OCR slips seen in these documents, fixed in every text field. Kept short and literal: a fix that
 * could change meaning belongs to the reviewer.
 */
const OCR_FIXES: ReadonlyArray<[RegExp, string]> = [
  [/คำเนิงาน/g, "การดำเนินงาน"],
  [/คำเนินงาน/g, "การดำเนินงาน"],
  [/ขึ้นตอน/g, "ขั้นตอน"],
  [/จัดซื้อจ้าง/g, "จัดซื้อจัดจ้าง"],
];

const TOOL = /\b(IIT|EIT|OIT)\b/g;
const CODE_CELL = /^(?:ข้อ\s*\S+\s*)+$/;
const SCORE_CELL = /^(?:\d{1,3}(?:\.\d+)?\s*)+$/;

export function importPlanText(source: string, options: ImportOptions = {}): ImportResult {
  const warnings: string[] = [];
  const text = toArabicDigits(source.normalize("NFC")).replace(/\*\*/g, "").replace(/\r/g, "");
  const lines = text.split("\n");

  const fiscalYears = [...text.matchAll(/ประจำปีงบประมาณ\s*พ\.ศ\.?\s*(\d{4})/g)].map((m) => Number(m[1]));
  const fiscalYear = fiscalYears[0] ?? 0;
  if (!fiscalYear) warnings.push("fiscal year not found (looked for ประจำปีงบประมาณ พ.ศ.NNNN)");

  const orgName = /(องค์การบริหารส่วนตำบล|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร)\s*(\S+)/.exec(text);
  const name = orgName ? `${orgName[1]}${orgName[2]}` : "";
  if (!name) warnings.push("organisation name not found");
  const shortPrefix: Record<string, string> = {
    องค์การบริหารส่วนตำบล: "อบต.",
    เทศบาลตำบล: "ทต.",
    เทศบาลเมือง: "ทม.",
    เทศบาลนคร: "ทน.",
  };
  const title = lines.map((l) => l.trim()).find((l) => l.startsWith("มาตรการ")) ?? "";

  const overall = /ได้คะแนน\s*([\d.]+)\s*คะแนน/.exec(text);
  const level = /ระดับผลการประเมิน[^“"]*[“"]([^”"]+)[”"]/.exec(text);
  const assessedYear = fiscalYears.find((y) => y !== fiscalYear) ?? fiscalYear - 1;
  if (!overall) warnings.push("overall score not found (looked for ได้คะแนน N คะแนน)");
  if (!level) warnings.push("result level not found (looked for ระดับผลการประเมิน … “…”)");

  const part2At = lines.findIndex((l) => /^ส่วนที่\s*2/.test(l.trim()));
  const part1At = lines.findIndex((l) => /^ส่วนที่\s*1/.test(l.trim()));
  const part1 = lines.slice(part1At + 1, part2At < 0 ? undefined : part2At);
  const part2 = part2At < 0 ? [] : lines.slice(part2At + 1);
  if (part1At < 0) warnings.push("part 1 (ส่วนที่ ๑) not found");
  if (part2At < 0) warnings.push("part 2 (ส่วนที่ ๒) not found");

  const analyses = parseAnalysisRows(part1, warnings);
  const measures = parseMeasureRows(part2, warnings);

  const issues: PlanIssue[] = analyses.map((a) => {
    const m = measures.get(a.number);
    if (!m) warnings.push(`issue ${a.number}: no measure in part 2`);
    return {
      number: a.number,
      title: m?.issueTitle ?? a.title,
      tools: a.tools,
      items: a.items,
      analysis: a.analysis,
      measure: m?.measure ?? { title: "", steps: [], unit: "", period: { start: "", end: "" } },
      ...(a.notes.length ? { notes: a.notes } : {}),
    };
  });

  const seen = new Map<string, number>();
  for (const issue of issues)
    for (const item of issue.items) {
      const first = seen.get(item.code);
      if (first !== undefined) warnings.push(`${item.code} appears under issues ${first} and ${issue.number}; kept in both`);
      else seen.set(item.code, issue.number);
    }

  const plan: Plan = {
    schemaVersion: 1,
    id: options.id ?? `plan-${fiscalYear}`,
    organization: {
      name,
      shortName: orgName ? `${shortPrefix[orgName[1] as string] ?? ""}${orgName[2]}` : "",
      ...optional("subdistrict", /ตำบล(\S+)\s*\n?\s*อำเภอ/.exec(text)?.[1]),
      ...optional("district", /อำเภอ(\S+)/.exec(text)?.[1]),
      ...optional("province", /จังหวัด(\S+)/.exec(text)?.[1]),
    },
    title: fix(title),
    fiscalYear,
    assessment: { year: assessedYear, score: overall?.[1] ?? "", level: level?.[1]?.trim() ?? "" },
    itemPassMark: "100",
    issues,
  };
  return { plan, warnings };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

function fix(text: string): string {
  let out = text.replace(/\s+/g, " ").trim();
  for (const [from, to] of OCR_FIXES) out = out.replace(from, to);
  return out;
}

interface AnalysisRow {
  number: number;
  title: string;
  tools: Tool[];
  items: PlanItem[];
  analysis: string;
  notes: string[];
}

/**
 * Part 1 rows: an issue starts on a line `N. title<TAB>tools<TAB>codes<TAB>scores<TAB>analysis`;
 * following lines (even after a repeated table header, as with o25) add codes and scores to it.
 * Cells are recognised by content, not position, because OCR merges and splits columns.
 */
function parseAnalysisRows(lines: string[], warnings: string[]): AnalysisRow[] {
  const rows: Array<{ number: number; title: string; tools: Set<Tool>; codes: string[]; scores: string[]; analysis: string[] }> = [];
  for (const raw of lines) {
    if (!raw.trim() || /^ประเด็น\s*\t/.test(raw)) continue;
    const cells = raw.split("\t").map((c) => c.trim());
    const start = /^(\d+)\.\s*(.*)$/.exec(cells[0] ?? "");
    if (start) rows.push({ number: Number(start[1]), title: start[2] ?? "", tools: new Set(), codes: [], scores: [], analysis: [] });
    const row = rows[rows.length - 1];
    if (!row) continue;
    for (const [i, cell] of cells.entries()) {
      if (!cell || (i === 0 && start)) continue;
      if (/^(?:(?:IIT|EIT|OIT)\s*)+$/.test(cell)) for (const m of cell.matchAll(TOOL)) row.tools.add(m[1] as Tool);
      else if (CODE_CELL.test(cell)) row.codes.push(...codesOf(cell));
      else if (SCORE_CELL.test(cell)) row.scores.push(...cell.split(/\s+/));
      else row.analysis.push(cell);
    }
  }
  return rows.map((row) => {
    const notes: string[] = [];
    if (row.scores.length < row.codes.length) {
      const missing = row.codes.length - row.scores.length;
      warnings.push(`issue ${row.number}: ${row.codes.length} codes but ${row.scores.length} scores; the last ${missing} given the pass mark 100 — check`);
      notes.push(`เอกสารระบุคะแนน ${row.scores.length} ค่า สำหรับ ${row.codes.length} ข้อ ข้อที่ไม่มีคะแนนกำกับถือว่าได้ 100 (ผ่านเกณฑ์)`);
      while (row.scores.length < row.codes.length) row.scores.push("100");
    } else if (row.scores.length > row.codes.length)
      warnings.push(`issue ${row.number}: ${row.codes.length} codes but ${row.scores.length} scores; extra scores dropped — check`);
    const analysis = fix(row.analysis.join(" "));
    const items: PlanItem[] = row.codes.map((code, i) => {
      const score = row.scores[i] ?? "100";
      const below = Number(score) < 100;
      const remark = below ? remarkFor(code, analysis) : undefined;
      return { code, score, belowPassMark: below, ...(remark ? { remark } : {}) };
    });
    const named = new Set(extractItemCodes(canonicalizeItemCodes(normalizeText(analysis))));
    for (const item of items)
      if (item.belowPassMark && !named.has(item.code))
        warnings.push(`issue ${row.number}: ${item.code} scores ${item.score} but the analysis does not name it — check`);
    const tools = new Set(row.tools);
    for (const item of items) tools.add(toolOfCode(item.code));
    return { number: row.number, title: fix(row.title), tools: [...tools].sort(), items, analysis, notes };
  });
}

function codesOf(cell: string): string[] {
  return cell
    .split(/(?=ข้อ)/)
    .map((part) => extractItemCodes(canonicalizeItemCodes(normalizeText(part)))[0])
    .filter((c): c is string => Boolean(c));
}

/** The analysis text that follows `ข้อ <code>`, up to the next code: a draft for the reviewer. */
function remarkFor(code: string, analysis: string): string | undefined {
  const canonical = canonicalizeItemCodes(normalizeText(analysis));
  const at = canonical.search(new RegExp(`(?<![a-z0-9])${code}(?![0-9])`));
  if (at < 0) return undefined;
  const rest = canonical.slice(at + code.length);
  const next = rest.search(/ข้อ [ieo]\d/);
  const snippet = (next < 0 ? rest : rest.slice(0, next)).trim();
  return snippet || undefined;
}

interface MeasureRow {
  issueTitle: string;
  measure: PlanIssue["measure"];
}

/** Part 2 rows: `N. issue<TAB>measure<TAB>1. step 2. step…<TAB>unit<TAB>start - end`. */
function parseMeasureRows(lines: string[], warnings: string[]): Map<number, MeasureRow> {
  const out = new Map<number, MeasureRow>();
  for (const raw of lines) {
    const cells = raw.split("\t").map((c) => c.trim());
    const start = /^(\d+)\.\s*(.*)$/.exec(cells[0] ?? "");
    if (!start || cells.length < 5) continue;
    const number = Number(start[1]);
    const [, measureTitle = "", stepsCell = "", unit = "", periodCell = ""] = cells;
    const numbered = [...stepsCell.matchAll(/(?:^|\s)(\d+)\.\s*/g)];
    const steps = numbered.map((m, i) => fix(stepsCell.slice((m.index ?? 0) + m[0].length, numbered[i + 1]?.index ?? stepsCell.length)));
    const numbers = numbered.map((m) => Number(m[1]));
    if (numbers.some((n, i) => n !== i + 1))
      warnings.push(`issue ${number}: steps numbered ${numbers.join(",")}; renumbered 1–${numbers.length} — check`);
    if (!steps.length) steps.push(fix(stepsCell));
    const [from = "", to = ""] = periodCell.split(/\s+[-–]\s+|\s*ถึง\s*/);
    const startDate = parseThaiDate(from);
    const endDate = parseThaiDate(to);
    if (!startDate || !endDate) warnings.push(`issue ${number}: period "${periodCell}" not understood`);
    out.set(number, {
      issueTitle: fix(start[2] ?? ""),
      measure: {
        title: fix(measureTitle.replace(/^\d+\.\s*/, "")),
        steps,
        unit: fix(unit),
        period: { start: startDate ?? "", end: endDate ?? "" },
      },
    });
  }
  return out;
}
