import { lineText, placeOf, type SourceLine } from "./source-lines";

/**
 * Page headers, footers and page numbers repeat on every page and land mid-text, often in the
 * middle of a table. A line is taken for one when it is a page number ("- 3 -", "หน้า 3/12"), or
 * when it carries the marks of a running header (the organisation's name, the plan's title,
 * "หน้า N") and repeats or sits at the top or bottom of a later page, or when it repeats at page
 * edges. The first copy of a repeated
 * line is kept when it is at the top of the document (it is the title itself); the others go.
 * Every line dropped is counted for the reviewer.
 */
const PAGE_NUMBER = /^[\s\-–—(]*(?:(?:หน้า(?:ที่)?|page)\s*\d{1,3}(?:\s*(?:\/|จาก|of)\s*\d{1,3})?|\d{1,3}\s*(?:\/|จาก|of)\s*\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—])[\s\-–—)]*$/i;
const BARE_NUMBER = /^\s*\d{1,3}\s*$/;
/** Lines at the top of the document: a repeated line there is the title itself, kept once. */
const TOP_OF_DOCUMENT = 15;
const CONTINUED = /^\s*\(?\s*(?:ต่อ|มีต่อ|ต่อหน้าถัดไป|ต่อจากหน้าที่แล้ว)\s*\)?\s*$/;

export function removePageFurniture(lines: SourceLine[], marks: string[]): { lines: SourceLine[]; notes: string[] } {
  const single = (l: SourceLine) => l.cells.filter((c) => c.trim()).length === 1;
  const key = (l: SourceLine) => lineText(l).replace(/\d+/g, "#").replace(/\s+/g, "");
  const counts = new Map<string, number>();
  for (const l of lines) if (single(l)) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
  const usefulMarks = marks.map((m) => m.replace(/\s+/g, "")).filter((m) => m.length >= 4);
  const seen = new Set<string>();
  const dropped: SourceLine[] = [];

  const kept = lines.filter((l) => {
    if (!single(l)) return true;
    const text = lineText(l);
    if (PAGE_NUMBER.test(text) || CONTINUED.test(text) || (BARE_NUMBER.test(text) && l.pageEdge !== undefined)) {
      dropped.push(l);
      return false;
    }
    const k = key(l);
    const marked = /หน้า#/.test(k) || usefulMarks.some((m) => k.includes(m.replace(/\d+/g, "#")));
    const repeated = (counts.get(k) ?? 0) >= 2 && (marked || l.pageEdge !== undefined);
    const header = marked && l.pageEdge !== undefined && (l.page ?? 1) > 1;
    if (!repeated && !header) return true;
    const first = !seen.has(k);
    seen.add(k);
    if (first && l.pageEdge !== "bottom" && lines.indexOf(l) < TOP_OF_DOCUMENT) return true;
    dropped.push(l);
    return false;
  });

  const notes = dropped.length
    ? [`left out ${dropped.length} page header/footer/page-number line(s), e.g. ${dropped.slice(0, 3).map((l) => `${placeOf(l)}: "${lineText(l).slice(0, 60)}"`).join("; ")}`]
    : [];
  return { lines: kept, notes };
}
