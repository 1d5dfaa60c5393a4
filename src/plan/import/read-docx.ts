import mammoth from "mammoth";
import type { SourceDocument, SourceLine } from "./source-lines";

/**
 * A Word (.docx) plan as lines of cells, read with mammoth. Mammoth's document model (its
 * `transformDocument` hook, documented as unstable, hence pinned by the lockfile and covered by
 * tests) keeps what its plain-text output loses: table rows and cells, merged cells, tabs inside a
 * paragraph, and automatic list numbering. Word's page headers and footers are not part of the
 * body, so they never reach the importer.
 */
interface Element {
  type: string;
  children?: Element[];
  value?: string;
  breakType?: string;
  numbering?: { isOrdered: boolean; level: string } | null;
  colSpan?: number;
  rowSpan?: number;
}

export async function readDocxLines(buffer: Buffer): Promise<SourceDocument> {
  let body: Element | undefined;
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      transformDocument: (document: Element) => {
        body = document;
        return document;
      },
    },
  );
  const notes = result.messages.filter((m) => m.type === "error").map((m) => `Word file: ${m.message}`);
  const lines: SourceLine[] = [];
  const counters: number[] = [];
  for (const element of body?.children ?? []) {
    if (element.type === "table") {
      for (const cells of tableRows(element)) lines.push({ line: lines.length + 1, cells, flow: "row" });
      counters.length = 0;
      continue;
    }
    const text = paragraphText(element, counters);
    lines.push({ line: lines.length + 1, cells: text.split("\t"), flow: "row" });
  }
  return { lines, notes };
}

/**
 * A paragraph's text; a list paragraph gets the number or bullet Word would draw for it
 * (counters per level, reset when the list stops), since the document's numbering is meaning.
 */
function paragraphText(element: Element, counters: number[]): string {
  const text = inlineText(element);
  const numbering = element.type === "paragraph" ? element.numbering : null;
  if (!numbering) {
    counters.length = 0;
    return text;
  }
  const level = Number(numbering.level) || 0;
  counters.length = level + 1;
  counters[level] = (counters[level] ?? 0) + 1;
  return `${numbering.isOrdered ? `${counters[level]}.` : "•"} ${text}`;
}

function inlineText(element: Element): string {
  switch (element.type) {
    case "text":
      return element.value ?? "";
    case "tab":
      return "\t";
    case "break":
      return "\n";
    case "table":
      return tableRows(element)
        .map((cells) => cells.join(" "))
        .join("\n");
    default:
      return (element.children ?? []).map(inlineText).join("");
  }
}

/**
 * Rows of a table on its grid: a cell spanning columns is followed by empty cells, and a cell
 * merged down over rows (which mammoth leaves out of the rows below) is an empty cell there, so
 * every row's cells line up with the header's.
 */
function tableRows(table: Element): string[][] {
  const rows: string[][] = [];
  const covered: number[] = [];
  for (const row of table.children ?? []) {
    if (row.type !== "tableRow") continue;
    const coveredBefore = covered.map((n) => n > 0);
    const cells: string[] = [];
    let col = 0;
    for (const cell of row.children ?? []) {
      if (cell.type !== "tableCell") continue;
      while (coveredBefore[col]) cells[col++] = "";
      const counters: number[] = [];
      cells[col] = (cell.children ?? []).map((p) => paragraphText(p, counters).replace(/\t/g, " ")).join("\n");
      const span = Math.max(1, cell.colSpan ?? 1);
      for (let k = 0; k < span; k++) {
        if (k > 0) cells[col + k] = "";
        covered[col + k] = Math.max(0, (cell.rowSpan ?? 1) - 1);
      }
      col += span;
    }
    coveredBefore.forEach((was, i) => {
      if (!was) return;
      if (cells[i] === undefined) cells[i] = "";
      covered[i] = (covered[i] ?? 1) - 1;
    });
    rows.push(Array.from(cells, (c) => c ?? ""));
  }
  return rows;
}
