/**
 * Every format (text, Word, PDF) is read into the same thing: lines of cells, each line knowing
 * where it is in the document so that whatever cannot be read is reported by page and line.
 */
export interface SourceLine {
  /** 1-based page, when the format has pages (PDF; text with form feeds). */
  page?: number;
  /** 1-based line: in the file for text, on the page for PDF, in reading order for Word. */
  line: number;
  /** Table cells in column order; a line that is not a table row has one cell. */
  cells: string[];
  /**
   * How a line continues the one before in the same cell. "row": each line is a whole table row
   * (text, Word), so an empty cell means "nothing here". "wrap": a PDF line may be a table cell's
   * text wrapped onto the next line, so it joins the text above it.
   */
  flow: "row" | "wrap";
  /** In a PDF: the line is the first or last on its page, where running headers and footers sit. */
  pageEdge?: "top" | "bottom";
}

export interface SourceDocument {
  lines: SourceLine[];
  /** What the reader could tell about the file (e.g. "PDF text had PUA glyph codes"), for the reviewer. */
  notes: string[];
}

/** Where a line is, as a person finds it: "page 2, line 14" or "line 37". */
export function placeOf(line: Pick<SourceLine, "page" | "line">): string {
  return line.page !== undefined ? `page ${line.page}, line ${line.line}` : `line ${line.line}`;
}

/** The line's text as one string (cells separated by " | "), for messages. */
export function lineText(line: SourceLine): string {
  return line.cells.filter((c) => c.trim()).join(" | ");
}

const PIPE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/**
 * Plain text: a tab separates cells; so does a pipe when the line has two or more (Markdown-style
 * tables, with their `|---|` rules skipped); a form feed starts a new page.
 */
export function readTextLines(text: string): SourceDocument {
  const lines: SourceLine[] = [];
  let page = 1;
  const hasPages = text.includes("\f");
  let lineOnPage = 0;
  const raw = text.replace(/\r\n?/g, "\n").split("\n");
  raw.forEach((content, i) => {
    let body = content;
    if (body.includes("\f")) {
      const pieces = body.split("\f");
      page += pieces.length - 1;
      lineOnPage = 0;
      body = pieces[pieces.length - 1] ?? "";
    }
    lineOnPage += 1;
    if (PIPE_RULE.test(body) && body.includes("-")) return;
    lines.push({ ...(hasPages ? { page } : {}), line: hasPages ? lineOnPage : i + 1, cells: splitCells(body), flow: "row" });
  });
  if (hasPages) markPageEdges(lines);
  return { lines, notes: [] };
}

function splitCells(line: string): string[] {
  if (line.includes("\t")) return line.split("\t");
  const pipes = line.match(/\|/g)?.length ?? 0;
  if (pipes >= 2) {
    const trimmed = line.trim().replace(/^\|/, "").replace(/\|$/, "");
    return trimmed.split("|");
  }
  return [line];
}

/** Marks the first and last non-empty line of every page, where running headers and footers sit. */
export function markPageEdges(lines: SourceLine[]): void {
  const byPage = new Map<number, SourceLine[]>();
  for (const line of lines) if (line.cells.some((c) => c.trim())) byPage.set(line.page ?? 1, [...(byPage.get(line.page ?? 1) ?? []), line]);
  for (const pageLines of byPage.values()) {
    const first = pageLines[0];
    const last = pageLines[pageLines.length - 1];
    if (last) last.pageEdge = "bottom";
    if (first) first.pageEdge = "top";
  }
}
