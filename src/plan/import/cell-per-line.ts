import { issueMarker, LIST_START } from "./issue-records";
import { roleOfHeader } from "./roles";
import { placeOf, type SourceLine } from "./source-lines";

/**
 * A Word table copied as text, or saved as plain text, often comes out one cell per line: the
 * header cells one under another (ประเด็น / มาตรการ / ขั้นตอน / ผู้รับผิดชอบ / ระยะเวลา), then
 * each row's cells the same way. Such a run is put back into rows of cells, so the table reader
 * sees the table it was. A header is at least three lines in a row that each only name a column
 * (no digits, no colon), the first the issue or its number; a row starts at a line that numbers an
 * issue (numbered as the first row is, each the next number) and runs to the next one or a blank line. A cell that wrapped onto more lines is a list
 * (lines starting 1. / • / -) continuing; a row whose lines still do not match the columns is
 * reported with its place, and its extra lines joined to its last cell.
 */
export function gatherCellPerLineTables(lines: SourceLine[]): { lines: SourceLine[]; warnings: string[] } {
  const out: SourceLine[] = [];
  const warnings: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const header = headerRun(lines, i);
    if (!header) {
      out.push(lines[i]!);
      i += 1;
      continue;
    }
    const columns = header.length;
    out.push({ ...lines[i]!, cells: header });
    i += columns;
    let row: SourceLine[] = [];
    /** Rows are numbered the way the first one is (ก., 1., ประเด็นที่ 1), one after another; a step's "1." inside a row is not a row. */
    let numbering: { style: string; last: number } | undefined;
    const flush = () => {
      if (row.length) out.push(rowLine(row, columns, warnings));
      row = [];
    };
    while (i < lines.length) {
      const line = lines[i]!;
      const text = single(line);
      if (text === undefined || text === "" || headerRun(lines, i)) break;
      const marker = issueMarker(text);
      if (marker && (!numbering || (marker.style === numbering.style && marker.number === numbering.last + 1))) {
        flush();
        numbering = { style: marker.style, last: marker.number };
      } else if (!row.length) break; // text before any row: not part of the table
      row.push(line);
      i += 1;
    }
    flush();
  }
  return { lines: out, warnings };
}

/** The text of a one-cell line; undefined for a line with several cells. */
function single(line: SourceLine): string | undefined {
  const cells = line.cells.filter((c) => c.trim());
  return cells.length <= 1 ? (cells[0] ?? "").trim() : undefined;
}

function headerRun(lines: SourceLine[], from: number): string[] | undefined {
  const cells: string[] = [];
  const roles = new Set<string>();
  for (let j = from; j < lines.length; j++) {
    const text = single(lines[j]!);
    if (!text || /[\d:：]/.test(text) || text.length > 40) break;
    const role = roleOfHeader(text);
    if (!role || roles.has(role) || (cells.length === 0 && role !== "issue" && role !== "seq")) break;
    roles.add(role);
    cells.push(text);
  }
  return cells.length >= 3 ? cells : undefined;
}

function rowLine(row: SourceLine[], columns: number, warnings: string[]): SourceLine {
  const cells = row.map((l) => single(l) ?? "");
  // A cell of several paragraphs is several lines: a list's items always join the list above
  // them; item codes or scores one per line join the line above of the same kind while the row has
  // more lines than columns.
  for (let k = cells.length - 1; k > 1; k--)
    if (LIST_START.test(cells[k]!) && LIST_START.test(cells[k - 1]!)) cells.splice(k - 1, 2, `${cells[k - 1]}\n${cells[k]}`);
  for (let k = cells.length - 1; k > 1 && cells.length > columns; k--) {
    const kind = kindOf(cells[k]!);
    if (kind && kindOf(cells[k - 1]!.split("\n").pop()!) === kind) cells.splice(k - 1, 2, `${cells[k - 1]}\n${cells[k]}`);
  }
  if (cells.length !== columns) {
    warnings.push(
      `${placeOf(row[0]!)}: a table written one cell per line: this row has ${cells.length} lines for ${columns} columns; read in order${cells.length > columns ? ", the extra lines joined to the last column" : ""} — check`,
    );
    if (cells.length > columns) cells.splice(columns - 1, cells.length, cells.slice(columns - 1).join(" "));
  }
  return { ...row[0]!, cells };
}

/** Lines that are only item codes, or only scores: a cell's paragraphs of one kind. */
function kindOf(line: string): "codes" | "scores" | undefined {
  if (/^(?:(?:ข้อ\s*)?(?:[IEOieo]\s*\d{1,2}|0\d{1,2})[\s,]*)+$/.test(line.trim())) return "codes";
  if (/^(?:\d{1,3}(?:\.\d{1,2})?\s*(?:คะแนน|%)?[\s,]*)+$/.test(line.trim())) return "scores";
  return undefined;
}
