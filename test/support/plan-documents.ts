/**
 * Builds the Word and PDF files a clerk would have, from a hand-written plan text, at test time:
 * Word with `docx` (tables with a repeated header row, cells merged down, steps as paragraphs),
 * PDF with `pdfkit` and the Sarabun font (SIL OFL, from @expo-google-fonts/sarabun) laid out as
 * Word lays out Thai: lines broken between words, tables with borders split across pages with
 * the header row repeated, a running header and a page number on every page. With `pua`, the PDF's
 * text layer uses the Private Use Area codes that legacy Thai fonts (TH Sarabun PSK) give shifted
 * tone marks and vowels, as PDFs made with those fonts do.
 */
import * as fontkit from "fontkit";
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from "docx";
import PDFDocument from "pdfkit";

export type Block = { kind: "paragraph"; text: string } | { kind: "table"; rows: string[][] };

/**
 * The fixture's paragraphs and tables (tab-separated rows), without its page furniture: each page
 * after a form feed starts with a running header, and "- N -" lines are page numbers. Each
 * format adds its own furniture.
 */
export function fixtureBlocks(text: string): Block[] {
  const lines = text
    .split("\f")
    .flatMap((page, i) => page.split("\n").slice(i === 0 ? 0 : 1))
    .filter((line) => !/^-\s*\S+\s*-$/.test(line.trim()));
  const blocks: Block[] = [];
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    if (line.includes("\t")) {
      if (last?.kind === "table") last.rows.push(line.split("\t"));
      else blocks.push({ kind: "table", rows: [line.split("\t")] });
    } else blocks.push({ kind: "paragraph", text: line });
  }
  return blocks;
}

/** A steps cell as Word holds it: one paragraph per numbered step. */
function cellParagraphs(cell: string): string[] {
  return cell.split(/\s(?=\([0-9๐-๙]{1,2}\))/);
}

const FONT_NAME = "TH Sarabun New";

export async function planDocx(blocks: Block[]): Promise<Buffer> {
  const children = blocks.map((block) =>
    block.kind === "paragraph" ? new Paragraph({ children: [new TextRun({ text: block.text, font: FONT_NAME, size: 32 })] }) : docxTable(block.rows),
  );
  const document = new Document({
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
  return Packer.toBuffer(document);
}

/** A table whose first row repeats on every page; an empty first cell is merged with the one above. */
function docxTable(rows: string[][]): Table {
  const columns = Math.max(...rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: Array.from({ length: columns }, (_, c) => {
            const text = row[c] ?? "";
            const merge =
              c === 0 && r > 1 && !text.trim()
                ? VerticalMergeType.CONTINUE
                : c === 0 && r > 0 && !(rows[r + 1]?.[0] ?? "x").trim()
                  ? VerticalMergeType.RESTART
                  : undefined;
            return new TableCell({
              ...(merge ? { verticalMerge: merge } : {}),
              children: cellParagraphs(text).map(
                (p) => new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: p, font: FONT_NAME, size: 28 })] }),
              ),
            });
          }),
        }),
    ),
  });
}

/** Sarabun's contextual glyphs, by name, and the PUA code a legacy Thai font uses for the same shape (HarfBuzz's Thai tables). */
const LEGACY_PUA: Record<string, number> = {
  // A tone mark with no vowel above it sits low: Sarabun's default glyph, legacy U+F70A–U+F70E.
  uni0E48: 0xf70a,
  uni0E49: 0xf70b,
  uni0E4A: 0xf70c,
  uni0E4B: 0xf70d,
  uni0E4C: 0xf70e,
  // Low and shifted left, on ป ฝ ฟ.
  "uni0E48.narrow": 0xf705,
  "uni0E49.narrow": 0xf706,
  "uni0E4A.narrow": 0xf707,
  "uni0E4B.narrow": 0xf708,
  "uni0E4C.narrow": 0xf709,
  // Upper vowels shifted left, on ป ฝ ฟ.
  "uni0E31.narrow": 0xf710,
  "uni0E34.narrow": 0xf701,
  "uni0E35.narrow": 0xf702,
  "uni0E36.narrow": 0xf703,
  "uni0E37.narrow": 0xf704,
  "uni0E47.narrow": 0xf712,
  // Lower vowels shifted down, under ฎ ฏ ฐ ญ.
  "uni0E38.small": 0xf718,
  "uni0E39.small": 0xf719,
  "uni0E3A.small": 0xf71a,
};

function sarabun(pua: boolean): fontkit.Font {
  const font = fontkit.openSync(require.resolve("@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf")) as fontkit.Font;
  if (!pua) return font;
  const layout = font.layout.bind(font);
  font.layout = ((text: string, features?: never) => {
    const run = layout(text, features);
    for (const glyph of run.glyphs) {
      const code = LEGACY_PUA[glyph.name];
      if (code) (glyph as { codePoints: number[] }).codePoints = [code];
    }
    return run;
  }) as typeof font.layout;
  return font;
}

const SIZE = 11;
const LINE = SIZE * 1.45;
const PAD = 4;
const words = new Intl.Segmenter("th", { granularity: "word" });

export async function planPdf(blocks: Block[], options: { runningHeader: string; pua?: boolean }): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", layout: "landscape", margins: { top: 30, bottom: 20, left: 40, right: 40 }, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.registerFont("body", sarabun(options.pua ?? false) as never);
  doc.font("body").fontSize(SIZE);

  const left = 40;
  const width = doc.page.width - 80;
  const bottom = doc.page.height - 45;
  let y = 0;
  const startPage = () => {
    doc.text(options.runningHeader, left, 30, { lineBreak: false });
    y = 30 + LINE * 2;
  };
  startPage();

  /** Lines of at most `max` points, broken between words as Word breaks Thai; a space stays at the end of its line. */
  const wrap = (text: string, max: number): string[] => {
    const out: string[] = [];
    let line = "";
    for (const { segment } of words.segment(text)) {
      if (line.trim() && doc.widthOfString((line + segment).trimEnd()) > max) {
        out.push(line);
        line = segment.trim() ? segment : "";
      } else line += segment;
    }
    if (line.trim()) out.push(line);
    return out.length ? out : [""];
  };

  for (const block of blocks) {
    if (block.kind === "paragraph") {
      if (!block.text.trim()) {
        y += LINE / 2;
        continue;
      }
      for (const line of wrap(block.text, width)) {
        if (y + LINE > bottom) {
          doc.addPage();
          startPage();
        }
        doc.text(line, left, y, { lineBreak: false });
        y += LINE;
      }
      continue;
    }
    const columns = Math.max(...block.rows.map((r) => r.length));
    const natural = Array.from({ length: columns }, (_, c) => Math.min(240, Math.max(60, ...block.rows.map((r) => doc.widthOfString(r[c] ?? "") / 2))));
    const scale = width / natural.reduce((a, b) => a + b, 0);
    const widths = natural.map((w) => w * scale);
    const drawRow = (row: string[]) => {
      const cells = widths.map((w, c) => cellParagraphs(row[c] ?? "").flatMap((p) => wrap(p, w - 2 * PAD)));
      const height = Math.max(...cells.map((l) => l.length)) * LINE + 2 * PAD;
      if (y + height > bottom) {
        doc.addPage();
        startPage();
        if (row !== block.rows[0]) drawRow(block.rows[0] as string[]);
      }
      let x = left;
      cells.forEach((lines, c) => {
        doc.rect(x, y, widths[c] as number, height).stroke();
        lines.forEach((line, k) => line.trim() && doc.text(line, x + PAD, y + PAD + k * LINE, { lineBreak: false }));
        x += widths[c] as number;
      });
      y += height;
    };
    for (const row of block.rows) drawRow(row);
    y += LINE;
  }

  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    const label = `- ${String(i + 1).replace(/[0-9]/g, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)] as string)} -`;
    doc.text(label, doc.page.width / 2 - doc.widthOfString(label) / 2, doc.page.height - 35, { lineBreak: false });
  }
  doc.end();
  return done;
}
