import { headerRoles } from "./roles";
import type { SourceDocument, SourceLine } from "./source-lines";
import { hasThaiPuaGlyphs, normalizeThaiText } from "./thai-glyphs";

/**
 * A PDF plan as lines of cells, read with Mozilla's pdf.js (pdfjs-dist), which gives each piece of
 * text with its position. A PDF has no tables, only text placed on a page, so rows are rebuilt:
 * pieces on one baseline form a line; a table's header line (recognised by its words) fixes where
 * its columns start; each later piece goes to the column it starts in, until a line runs across
 * the columns (the table has ended). A cell's text wrapped onto several lines arrives as several
 * lines with flow "wrap", which the importer joins back.
 */
interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface VisualLine {
  y: number;
  runs: Piece[];
}

export async function readPdfLines(data: Uint8Array): Promise<SourceDocument> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const lines: SourceLine[] = [];
  let columns: number[] | undefined;
  let pua = false;
  try {
    for (let p = 1; p <= document.numPages; p++) {
      const page = await document.getPage(p);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!("str" in item) || !item.str.trim()) continue;
        pua ||= hasThaiPuaGlyphs(item.str);
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        pieces.push({ text: normalizeThaiText(item.str), x, y, width: item.width, size: Math.hypot(a, b) || item.height || 10 });
      }
      const visual = groupLines(pieces);
      visual.forEach((line, i) => {
        const runs = mergeRuns(line.runs);
        const edge = i === 0 ? "top" : i === visual.length - 1 ? "bottom" : undefined;
        const texts = runs.map((r) => r.text);
        const coarse = runs.length >= 2 ? headerRoles(texts) : undefined;
        // Narrow columns leave header words closer than a cell gap ("ผู้รับผิดชอบ  มาตรการ"): read the
        // pieces apart too, and take the reading that finds more columns.
        const pieces = mergeRuns(line.runs, HEADER_SPLIT);
        const fine = pieces.length > runs.length ? headerRoles(pieces.map((r) => r.text)) : undefined;
        const header = fine && fine.size > (coarse?.size ?? 0) ? fine : coarse;
        if (header) columns = (header === fine ? pieces : runs).map((r) => r.x);
        else if (columns && !fitsColumns(line.runs, columns)) columns = undefined;
        const inTable = columns !== undefined && !header;
        const cells = inTable ? toColumns(line.runs, columns as number[]) : header && header === fine ? pieces.map((r) => r.text) : texts;
        lines.push({ page: p, line: i + 1, cells, flow: inTable ? "wrap" : "row", ...(edge ? { pageEdge: edge } : {}) });
      });
      page.cleanup();
    }
  } finally {
    await document.destroy();
  }
  return { lines, notes: pua ? ["the PDF's text used private-use glyph codes for shifted Thai marks (as TH Sarabun PSK and similar fonts produce); they were mapped back"] : [] };
}

/** Pieces on (nearly) the same baseline, top to bottom, each line left to right. */
function groupLines(pieces: Piece[]): VisualLine[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: VisualLine[] = [];
  for (const piece of sorted) {
    const line = lines.find((l) => Math.abs(l.y - piece.y) <= piece.size * 0.4);
    if (line) line.runs.push(piece);
    else lines.push({ y: piece.y, runs: [piece] });
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

/**
 * Joins pieces of one line that sit close together (pdf.js splits text at font or spacing
 * changes); a gap wider than `split` word spaces separates cells.
 */
function mergeRuns(pieces: Piece[], split = 1.2): Piece[] {
  const runs: Piece[] = [];
  for (const piece of pieces) {
    const last = runs[runs.length - 1];
    const gap = last ? piece.x - (last.x + last.width) : Infinity;
    if (last && gap < piece.size * split) {
      last.text += gap > piece.size * 0.15 && !last.text.endsWith(" ") ? ` ${piece.text}` : piece.text;
      last.width = piece.x + piece.width - last.x;
    } else runs.push({ ...piece });
  }
  return runs.map((r) => ({ ...r, text: r.text.trimStart() }));
}

const TOLERANCE = 3;
/** Word spaces between two header pieces that may still be two cells. */
const HEADER_SPLIT = 0.5;

/** True when every run starts inside a column and ends before the next column starts. */
function fitsColumns(runs: Piece[], columns: number[]): boolean {
  return runs.every((run) => {
    const col = columnOf(run.x, columns);
    if (col < 0) return false;
    const next = columns[col + 1];
    return next === undefined || run.x + run.width <= next + TOLERANCE;
  });
}

function columnOf(x: number, columns: number[]): number {
  let found = -1;
  columns.forEach((start, i) => {
    if (x >= start - TOLERANCE) found = i;
  });
  return found;
}

/** The pieces of a table line, cell by cell. */
function toColumns(pieces: Piece[], columns: number[]): string[] {
  return columns.map((_, col) =>
    mergeRuns(pieces.filter((p) => columnOf(p.x, columns) === col), Infinity)
      .map((r) => r.text)
      .join(" "),
  );
}
