/**
 * Plans arrive as Word and PDF documents. These are built here at test time from one of the
 * hand-written plans (test/support/plan-documents.ts) the way a clerk's would be: a Word table
 * with merged cells and a repeated header row; a PDF with wrapped cells, borders, page breaks, a
 * running header and page numbers; and a PDF whose text layer has the PUA glyph codes of legacy
 * Thai fonts. Each must import to the same draft the text says.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importPlanDocument } from "../../src/plan/import-plan";
import { readPlanDocument } from "../../src/plan/import/read-document";
import { PlanSchema } from "../../src/plan/schema";
import { fixtureBlocks, planDocx, planPdf } from "../support/plan-documents";
import { MAE_KHA_NOI_2570, expectDraftToSay } from "./fixtures/expected-plans";

const blocks = fixtureBlocks(readFileSync(join(__dirname, "fixtures", "mae-kha-noi-2570-tabs.txt"), "utf8"));
/** The first PDF test compiles pdf.js for Jest (cached afterwards); a busy shared machine makes that slow. */
const SLOW = 120_000;
const runningHeader = "มาตรการส่งเสริมคุณธรรมฯ เทศบาลเมืองแม่ขาน้อย ปีงบประมาณ ๒๕๗๐";

describe("importing Word and PDF plans", () => {
  const dir = mkdtempSync(join(tmpdir(), "importer-formats-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const importFile = async (name: string, data: Buffer) => {
    const file = join(dir, name);
    writeFileSync(file, data);
    const document = await readPlanDocument(file);
    return { document, ...importPlanDocument(document) };
  };

  it("reads a .docx: table rows and merged cells on the header's grid, steps as paragraphs in a cell", async () => {
    const { plan, warnings } = await importFile("plan.docx", await planDocx(blocks));
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expectDraftToSay(plan, MAE_KHA_NOI_2570);
    expect(warnings).toEqual([]);
  }, SLOW);

  it("reads a .pdf: rows rebuilt from text positions across pages, running header and page numbers left out", async () => {
    const { plan, warnings, notes, document } = await importFile("plan.pdf", await planPdf(blocks, { runningHeader }));
    expect(new Set(document.lines.map((l) => l.page)).size).toBeGreaterThan(1);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expectDraftToSay(plan, MAE_KHA_NOI_2570);
    expect(warnings).toEqual([]);
    expect(notes.join("\n")).toMatch(/left out \d+ page header\/footer\/page-number line\(s\), e\.g\. page 1, line \d+: "- 1 -"/);
  }, SLOW);

  it("maps the PUA glyph codes of legacy Thai fonts in a PDF's text back to Thai", async () => {
    const { plan, notes, document } = await importFile("plan-pua.pdf", await planPdf(blocks, { runningHeader, pua: true }));
    // The file really carries PUA codes (the reader says so), and none are left in what it read.
    expect(notes).toContain(
      "the PDF's text used private-use glyph codes for shifted Thai marks (as TH Sarabun PSK and similar fonts produce); they were mapped back",
    );
    expect(document.lines.flatMap((l) => l.cells).join("")).not.toMatch(/[\uf700-\uf71a]/);
    expectDraftToSay(plan, MAE_KHA_NOI_2570);
  }, SLOW);

  it("tells a mis-named or unsupported file by its content", async () => {
    const pdf = await planPdf(blocks.slice(0, 3), { runningHeader });
    const named = join(dir, "plan.txt");
    writeFileSync(named, pdf);
    const document = await readPlanDocument(named);
    expect(document.lines.some((l) => l.cells.join(" ").includes("เทศบาลเมืองแม่ขาน้อย"))).toBe(true);
    const doc = join(dir, "old.doc");
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    await expect(readPlanDocument(doc)).rejects.toThrow(/old Word \.doc file; .* save it as \.docx/);
  }, SLOW);
});
