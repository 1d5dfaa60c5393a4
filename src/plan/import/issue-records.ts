import { thaiLetterNumber } from "../../thai/letter-numbers";
import { soleToolLetter } from "./item-tokens";
import { headerRoles, inferRoles, readLabel, type Role } from "./roles";
import { lineText, placeOf, type SourceLine } from "./source-lines";

/**
 * Reads the issues of a plan out of its lines, whatever the layout: tables whose columns are
 * recognised by their header words (in any order, repeated mid-table, split across pages), or
 * blocks that start with "ประเด็นที่ 1:" / "๒)" and hold "label: value" lines. Part 1 (analysis)
 * and part 2 (measures) of the same issue meet by issue number. Nothing is guessed here: each
 * record keeps its raw texts with their places, and every line that fits nowhere is reported.
 */
export interface Piece {
  text: string;
  line: SourceLine;
  /** Which pass over the issues this came from (part 1 = 0, part 2 = 1…). */
  occurrence: number;
  /** The tool named in the tools column on or above this line, for codes written as bare numbers. */
  tool?: string;
}

export interface IssueRecord {
  number: number;
  /** The line that started the issue. */
  line: SourceLine;
  /** True when the document numbered it; false when numbered by position (reported). */
  numbered: boolean;
  titles: Piece[];
  fields: Map<Role, Piece[]>;
}

export interface ReadIssues {
  issues: IssueRecord[];
  warnings: string[];
}

/**
 * An issue named in words and numbered: `ประเด็นที่ 1`, `ประเด็น 2`, `ประเด็นการพัฒนาที่ 3`,
 * `หัวข้อ ๔.`, `หัวข้อที่ 5` (a few Thai words may stand between the noun and its number).
 */
export const EXPLICIT_ISSUE = /^\s*(?:ประเด็น|หัวข้อ)(?:[\u0e00-\u0e7f]{0,24}?ที่)?\s*(\d{1,2})(?![\d.]\d)\s*[:：.)\-–]?\s*/;
/** `1.`, `๒)`, `(3)`, `4:`: an issue number alone at the start of a cell or line. */
const NUMBER_MARKER = /^\s*(?:\(?(\d{1,2})\s*[.)](?!\d)|(\d{1,2})\s*[:：])\s*/;
/** `ก.`, `ข)`, `(ค)` followed by a space: never an abbreviation such as ต.ค. or จ.เชียงใหม่. */
const LETTER_MARKER = /^\s*\(?([\u0e01-\u0e2e])\s*[.)](?=\s)\s*/;
const SECTION = /^\s*(?:ส่วนที่|ตอนที่|บทที่|ตารางที่)\s*\d/;
/** A line that starts a list item: a step number, a sub-number, ขั้นที่ N, a bullet or a dash. */
export const LIST_START = /^\s*(?:\(?\d{1,2}[.)](?!\d)|\d{1,2}\.\d{1,2}(?![\d.])|ขั้นที่\s*\d|[•●○◦▪■□◆◇❖➢➤►✓✔*]|[-–]\s)/;

export interface IssueMarker {
  number: number;
  rest: string;
  /** "ประเด็นที่ N" (explicit), the shape of a bare number ("N.", "N)", "(N)", "N:"), or a Thai letter (ก.). */
  style: "explicit" | "dot" | "paren" | "enclosed" | "colon" | "letter";
}

export function issueMarker(text: string): IssueMarker | undefined {
  const explicit = EXPLICIT_ISSUE.exec(text);
  if (explicit) return { number: Number(explicit[1]), rest: text.slice(explicit[0].length).trim(), style: "explicit" };
  const m = NUMBER_MARKER.exec(text);
  if (m) {
    const head = m[0].trim();
    const style = m[2] !== undefined ? "colon" : head.startsWith("(") ? "enclosed" : head.includes(")") ? "paren" : "dot";
    return { number: Number(m[1] ?? m[2]), rest: text.slice(m[0].length).trim(), style };
  }
  const letter = LETTER_MARKER.exec(text);
  const number = letter ? thaiLetterNumber(letter[1] as string) : undefined;
  if (letter && number) return { number, rest: text.slice(letter[0].length).trim(), style: "letter" };
  return undefined;
}

export function readIssues(lines: SourceLine[]): ReadIssues {
  const warnings: string[] = [];
  const records = new Map<number, IssueRecord>();
  const order: IssueRecord[] = [];
  let occurrence = 0;
  let lastNumber = 0;
  let current: IssueRecord | undefined;
  let table: { roles: Map<number, Role>; signature: string; tool?: string } | undefined;
  let afterHeader = false;
  let blockField: Role | undefined;
  let lastBlockField: Role | undefined;
  let previous: SourceLine | undefined;
  /** How the document numbers its issues in blocks, fixed by the first one ("ประเด็นที่ 1", "1)"…). */
  let blockStyle: IssueMarker["style"] | undefined;
  const unread: SourceLine[] = [];
  /** Issues already reported as having rows wrapped without a number (said once each). */
  const wrappedRows = new Set<IssueRecord>();

  const append = (record: IssueRecord, role: Role | "title", text: string, line: SourceLine, tool?: string, wraps = line.flow === "wrap") => {
    if (!text.trim()) return;
    const pieces = role === "title" ? record.titles : (record.fields.get(role) ?? record.fields.set(role, []).get(role)!);
    const last = pieces[pieces.length - 1];
    if (wraps && last && last.line === previous && last.occurrence === occurrence) {
      last.text = joinWrapped(last.text, text);
      last.line = line;
    } else pieces.push({ text: text.trimStart(), line, occurrence, ...(tool ? { tool } : {}) });
  };

  const open = (number: number, numbered: boolean, line: SourceLine): IssueRecord => {
    if (number <= lastNumber) occurrence += 1; // the numbering starts again: part 2 after part 1
    lastNumber = number;
    let record = records.get(number);
    if (!record) {
      record = { number, line, numbered, titles: [], fields: new Map() };
      records.set(number, record);
      order.push(record);
    }
    return record;
  };

  for (const line of lines) {
    const cells = line.cells.map((c) => c.trim());
    const text = cells.filter(Boolean).join(" ");
    if (!text) {
      if (blockField) lastBlockField = blockField;
      blockField = undefined;
      previous = line;
      continue;
    }

    if (cells.filter(Boolean).length === 1 && SECTION.test(text)) {
      table = undefined;
      current = undefined;
      blockField = lastBlockField = undefined;
      occurrence += order.length > 0 ? 1 : 0;
      lastNumber = 0;
      previous = line;
      continue;
    }

    const roles = cells.length >= 2 ? headerRoles(cells) : undefined;
    if (roles) {
      const signature = [...roles.values()].join(",");
      if (table?.signature !== signature) current = undefined;
      table = { roles, signature };
      afterHeader = true;
      blockField = undefined;
      previous = line;
      continue;
    }

    if (!table && cells.filter(Boolean).length >= 3) {
      const inferred = inferRoles(cells, (cell) => issueMarker(cell) !== undefined);
      if (inferred) {
        table = { roles: inferred, signature: `inferred:${[...inferred.values()].join(",")}` };
        warnings.push(
          `${placeOf(line)}: a table without a header row; its columns were read by what they hold as ${[...inferred.entries()].map(([i, r]) => `${i + 1}=${r}`).join(", ")} — check`,
        );
      }
    }

    if (table && cells.length >= 2) {
      if (afterHeader && line.flow === "wrap" && !/\d/.test(text)) {
        previous = line; // the second line of a wrapped header cell
        continue;
      }
      afterHeader = false;
      readTableRow(line, cells, table);
      previous = line;
      continue;
    }

    table = undefined;
    afterHeader = false;
    readBlockLine(line, cells, text);
    previous = line;
  }

  function readTableRow(line: SourceLine, cells: string[], t: NonNullable<typeof table>): void {
    const byRole = new Map<Role, string>();
    for (const [i, cell] of cells.entries()) {
      const role = t.roles.get(i);
      if (!role || !cell) continue;
      const raw = (line.cells[i] ?? cell).trimStart(); // a PDF line's trailing space says it wrapped at a space
      byRole.set(role, byRole.has(role) ? `${byRole.get(role)} ${raw}` : raw);
    }
    const issueCell = (byRole.get("issue") ?? "").trim();
    const seqCell = (byRole.get("seq") ?? "").trim();
    const seqNumber = /^\d{1,2}\.?$/.test(seqCell) ? Number(seqCell.replace(".", "")) : /^[\u0e01-\u0e2e][.)]?$/.test(seqCell) ? thaiLetterNumber(seqCell[0]!) : undefined;
    const marker = issueMarker(issueCell) ?? (seqNumber ? { number: seqNumber, rest: issueCell } : undefined);
    // A text table whose cells wrapped (a PDF saved as text): after a numbered issue, a row whose
    // issue cell has no number goes on with the cells above it, each joined as a wrapped line.
    const continues = !marker && issueCell !== "" && line.flow === "row" && current?.numbered === true && previous !== undefined && current.titles.some((p) => p.line === previous);
    if (marker) {
      current = open(marker.number, true, line);
      append(current, "title", marker.rest, line);
      t.tool = undefined;
    } else if (continues && current) {
      if (!wrappedRows.has(current)) warnings.push(`${placeOf(line)}: issue ${current.number}: a row with no issue number, read as issue ${current.number}'s cells wrapped onto another line — check`);
      wrappedRows.add(current);
    } else if (issueCell && line.flow === "row") {
      current = open(lastNumber + 1, false, line);
      append(current, "title", issueCell, line);
      warnings.push(`${placeOf(line)}: issue "${issueCell}" has no number; numbered ${current.number} by its position — check`);
      t.tool = undefined;
    } else if (issueCell && current) {
      append(current, "title", issueCell, line);
    }
    if (!current) {
      unread.push(line);
      return;
    }
    const tools = byRole.get("tools");
    if (tools) t.tool = soleToolLetter(tools);
    for (const [role, cell] of byRole) {
      if (role === "seq") continue;
      if (role === "issue") {
        if (continues) append(current, "title", cell, line, undefined, true);
        continue;
      }
      append(current, role, cell, line, role === "codes" || role === "items" ? t.tool : undefined, continues || line.flow === "wrap");
    }
    const unassigned = cells.filter((c, i) => c && !t.roles.has(i));
    if (unassigned.length) warnings.push(`${placeOf(line)}: text in a column without a header, not read: "${unassigned.join(" | ")}"`);
  }

  function readBlockLine(line: SourceLine, cells: string[], text: string): void {
    const label = readLabel(cells.length >= 2 ? `${cells[0]}: ${cells.slice(1).join(" ")}` : text);
    const marker = label ? undefined : issueMarker(text);
    if (marker && startsIssue(marker, line)) {
      blockStyle ??= marker.style;
      current = open(marker.number, true, line);
      append(current, "title", marker.rest, line);
      blockField = lastBlockField = undefined;
      return;
    }
    if (label && current) {
      blockField = label.role;
      // "ข้อคำถาม (OIT): ข้อ 12, 13": the label's tool gives bare numbers their letter.
      const tool = label.role === "codes" || label.role === "items" ? soleToolLetter(text.slice(0, text.length - label.value.length)) : undefined;
      append(current, label.role, label.value, line, tool);
      return;
    }
    const field = blockField ?? (lastBlockField === "steps" && LIST_START.test(text) ? "steps" : undefined);
    if (field && current) {
      blockField = field;
      append(current, field, text, line);
      return;
    }
    // An issue's title that ran onto the next line, before any of its fields ("ประเด็นที่ 1 การปฏิบัติ" /
    // "หน้าที่"): a short tail of words with no space, never a sentence (that is named as not read).
    if (current && current.fields.size === 0 && current.titles.at(-1)?.line === previous && text.length <= 30 && !/\s/.test(text) && !issueMarker(text)) {
      append(current, "title", text, line, undefined, true);
      return;
    }
    if (current) unread.push(line);
  }

  /**
   * A numbered line starts an issue when it says "ประเด็นที่", or when it is numbered the way the
   * document numbers its issues and is not inside a list of steps; inside one it does only if it
   * is the next issue's number and a labelled line follows (so step "2." of issue 1 stays a step,
   * and "2. การใช้ทรัพย์สิน" after it is issue 2).
   */
  function startsIssue(marker: IssueMarker, line: SourceLine): boolean {
    if (marker.style === "explicit") return true;
    if (blockStyle !== undefined && marker.style !== blockStyle) return false;
    const inList = blockField === "steps" || blockField === "analysis" || blockField === "codes" || blockField === "items" || (lastBlockField === "steps" && !blockField);
    if (!inList) return current ? marker.number === current.number + 1 || marker.number === 1 : true;
    if (!current || marker.number !== current.number + 1) return false;
    const next = lines.slice(lines.indexOf(line) + 1).find((l) => l.cells.some((c) => c.trim()));
    return next !== undefined && readLabel(next.cells.length >= 2 ? `${next.cells[0]}: ${next.cells.slice(1).join(" ")}` : next.cells.join(" ")) !== undefined;
  }

  const issues = order.filter((record) => {
    if (record.fields.size > 0) return true;
    warnings.push(`${placeOf(record.line)}: "${lineText(record.line)}" looks like issue ${record.number} but nothing else was read for it; ignored — check`);
    return false;
  });
  for (const line of unread) warnings.push(`${placeOf(line)}: not read: "${lineText(line).slice(0, 120)}"`);
  return { issues, warnings };
}

/**
 * Joins a PDF line to the text it continues: Thai has no spaces between words, so a line that
 * wrapped between two Thai letters joins without one.
 */
export function joinWrapped(before: string, after: string): string {
  const a = before.replace(/\s+$/, "");
  const b = after.replace(/^\s+/, "");
  if (a.length < before.length || b.length < after.length) return `${a} ${b}`;
  return /[\u0e01-\u0e4e]$/.test(a) && /^[\u0e01-\u0e4e]/.test(b) ? `${a}${b}` : `${a} ${b}`;
}
