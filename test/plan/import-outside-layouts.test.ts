/**
 * Six more plans, written as an outside judge would, each laid out unlike the fixtures before
 * them: a เทศบาลตำบล's labelled blocks headed "ประเด็นการพัฒนาที่ N", with codes written with
 * their tool (IIT 1, EIT ข้อ 5, O 12), scores as ร้อยละ, steps ขั้นที่ N / 1.1 / - / • / ๑) and
 * "หน้า N/M" page headers; one tab table holding analysis and measures together, headed หัวข้อ,
 * with the unit before the measure and the score after the analysis, codes (i๑๒), scores "87.5
 * คะแนน" and the scanning slips เเ, ํา and a space inside a word; a Word table exported one cell per
 * line with issues lettered ก. ข. ค.; and nine issues in one pipe table whose measure columns
 * come first and whose codes are bare numbers under a tool column; a text table whose cells
 * wrapped onto rows of their own (a PDF saved as text); and blocks labelled in other words
 * (สภาพปัญหา, ชื่อมาตรการ, วิธีดำเนินการ, หน่วยงานรับผิดชอบ) with OCR's O for 0 in scores. The .docx and .pdf are built
 * from the one-table plan, and a .pdf from the blocks plan. Each must read to what its text says, and say where it needed a decision.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importPlanDocument, importPlanText } from "../../src/plan/import-plan";
import { readDocxLines } from "../../src/plan/import/read-docx";
import { readPdfLines } from "../../src/plan/import/read-pdf";
import { PlanSchema } from "../../src/plan/schema";
import { HUAI_SAI_THONG_2570, MAE_THA_KHAM_2571, NONG_PAO_NGAM_2569, PA_SAK_NGAM_2570, SAN_KLANG_NGAM_2570, THUNG_TOK_NGAM_2570, expectDraftToSay } from "./fixtures/expected-plans";
import { fixtureBlocks, planDocx, planPdf } from "../support/plan-documents";

/** Blocks whose codes are bare numbers: the tool from a เครื่องมือ line, or from the label itself. */
const BARE_NUMBERS = [
  "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
  "องค์การบริหารส่วนตำบลทดลองงาม อำเภอเมือง จังหวัดน่าน",
  "ประจำปีงบประมาณ พ.ศ. 2570",
  "ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2569 ได้คะแนน 90.00 คะแนน ระดับ “ผ่านดี”",
  "ประเด็นที่ 1: การเปิดเผยข้อมูล",
  "เครื่องมือ: OIT",
  "ข้อคำถาม: ข้อ 12, ข้อ 13",
  "คะแนน: 100 80.00",
  "ผลการวิเคราะห์: ข้อ o13 ต้องเผยแพร่",
  "มาตรการ: ปรับปรุงเว็บไซต์",
  "ขั้นตอน: 1. ตรวจ 2. เผยแพร่",
  "ผู้รับผิดชอบ: สำนักปลัด",
  "ระยะเวลา: ไตรมาส 2",
  "ประเด็นที่ 2: การใช้ทรัพย์สิน",
  "ข้อคำถาม (IIT): ข้อ 10, ข้อ 11",
  "คะแนน: 100 100",
  "ผลการวิเคราะห์: ผ่าน",
  "มาตรการ: จัดทำทะเบียน",
  "ขั้นตอน: 1. สำรวจ",
  "ผู้รับผิดชอบ: กองคลัง",
  "ระยะเวลา: ไตรมาส 3",
].join("\n");
const fixture = (name: string) => readFileSync(join(__dirname, "fixtures", name), "utf8");
/** The PDF tests compile pdf.js for Jest on first use; a busy shared machine makes that slow. */
const SLOW = 120_000;

describe("importing plans laid out as other organisations lay them out", () => {
  it("reads a เทศบาลตำบล's blocks: ประเด็นการพัฒนาที่ N, IIT 1 / EIT ข้อ 5 / O 12, ร้อยละ, steps ขั้นที่ N, 1.1, -, •, ๑), deadline ภายในเดือน…", () => {
    const { plan, warnings, notes } = importPlanText(fixture("nong-pao-ngam-2569-development-issues.txt"));
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expectDraftToSay(plan, NONG_PAO_NGAM_2569);
    expect(notes).toEqual([expect.stringMatching(/left out 5 page header\/footer\/page-number line\(s\), e\.g\. line 17: "หน้า 2\/5"/)]);
    expect(warnings).toEqual([
      'line 66: not read: "ลงชื่อ นายกเทศมนตรีตำบลหนองเป้างาม"',
      'line 63: issue 5: period "ภายในเดือนมิถุนายน 2569" read as 2025-10-01 – 2026-06-30; starts when the fiscal year starts — check',
    ]);
  });

  it("reads the same blocks headed ก. ข. ค. instead, their steps numbered 1) and ๑) staying steps", () => {
    const text = fixture("nong-pao-ngam-2569-development-issues.txt").replace(/^ประเด็นการพัฒนาที่ (\d) /gm, (_, n: string) => `${"กขคงจ"[Number(n) - 1]}. `);
    expect(text).toContain("\nจ. การส่งเสริม");
    expectDraftToSay(importPlanText(text).plan, NONG_PAO_NGAM_2569);
  });

  it("reads an issue heading that ran onto a second line", () => {
    const text = fixture("nong-pao-ngam-2569-development-issues.txt").replace("ที่ 5 การส่งเสริมคุณธรรมในการศึกษา\n", "ที่ 5 การส่งเสริมคุณธรรม\nในการศึกษา\n");
    expect(text).toContain("คุณธรรม\nในการศึกษา");
    expectDraftToSay(importPlanText(text).plan, NONG_PAO_NGAM_2569);
  });

  it("reads one table holding analysis and measure, headed หัวข้อ, unit before measure, (i12) codes, 87.5 คะแนน, scanning slips", () => {
    const { plan, warnings, notes } = importPlanText(fixture("huai-sai-thong-2570-one-table.txt"));
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expectDraftToSay(plan, HUAI_SAI_THONG_2570);
    expect(warnings).toEqual([]);
    expect(notes).toContain("line 1: scanning slip read as เเ → แ");
  });

  it("reads a Word table exported one cell per line, issues lettered ก. ข. ค., steps 1. 2. inside a row", () => {
    const { plan, warnings } = importPlanText(fixture("san-klang-ngam-2570-cell-per-line.txt"));
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expectDraftToSay(plan, SAN_KLANG_NGAM_2570);
    expect(warnings).toEqual([]);
  });

  it("keeps a cell's paragraphs together when a one-cell-per-line row holds codes and scores one per line", () => {
    const text = fixture("san-klang-ngam-2570-cell-per-line.txt").replace("i1 i2 i3\n100 100 96.00\n", "i1\ni2\ni3\n100\n100\n96.00\n");
    const { plan, warnings } = importPlanText(text);
    expectDraftToSay(plan, SAN_KLANG_NGAM_2570);
    expect(warnings).toEqual([]);
  });

  it("gives bare item numbers the letter of the one tool their issue or their label names", () => {
    const { plan, warnings } = importPlanText(BARE_NUMBERS);
    expect(plan.issues.map((i) => i.items.map((it) => `${it.code}:${it.score}`))).toEqual([["o12:100", "o13:80.00"], ["i10:100", "i11:100"]]);
    expect(warnings).toEqual([]);
  });

  it("names where it looked when the ITA result, or an item's remark, is not there", () => {
    const text = BARE_NUMBERS.replace("ได้คะแนน 90.00 คะแนน ระดับ “ผ่านดี”", "").replace("ข้อ o13 ต้องเผยแพร่", "ต้องเผยแพร่");
    const { warnings } = importPlanText(text);
    expect(warnings).toEqual([
      "line 1 to line 4: overall ITA score not found (looked for ได้คะแนน N / คะแนน N near ผลการประเมิน)",
      "line 1 to line 4: ITA result level not found (looked for ระดับ “ผ่านดีเยี่ยม”, ระดับ A…)",
      "line 9: issue 1: o13 scores 80.00 but the analysis does not name it — check",
    ]);
  });

  it("names a one-cell-per-line row that does not fit its columns instead of guessing silently", () => {
    const text = fixture("san-klang-ngam-2570-cell-per-line.txt").replace("กองยุทธศาสตร์และงบประมาณ\n", "");
    const { warnings } = importPlanText(text);
    expect(warnings).toContain("line 37: a table written one cell per line: this row has 4 lines for 5 columns; read in order — check");
  });

  it("reads nine issues in one pipe table, measure columns first, bare item numbers under a tool column", () => {
    const { plan, warnings } = importPlanText(fixture("mae-tha-kham-2571-nine-issues.txt"));
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expectDraftToSay(plan, MAE_THA_KHAM_2571);
    expect(warnings).toEqual([]);
  });

  it("reads a text table whose cells wrapped onto rows without an issue number (a PDF saved as text), across a page break", () => {
    const { plan, warnings } = importPlanText(fixture("thung-tok-ngam-2570-wrapped-rows.txt"));
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expectDraftToSay(plan, THUNG_TOK_NGAM_2570);
    // Said once per issue, with the first such row.
    expect(warnings).toEqual([1, 2, 3, 4].map((n, k) => `${["page 1, line 9", "page 1, line 12", "page 2, line 5", "page 2, line 8"][k]}: issue ${n}: a row with no issue number, read as issue ${n}'s cells wrapped onto another line — check`));
  });

  it("reads blocks labelled in other words: ข้อ 7 (IIT) ได้ 8O.5O, EIT 8 ได้ 83 คะแนน, o1 – o6 ได้ 100 ทุกข้อ, the ITA result as = 90.12 คะแนน", () => {
    const { plan, warnings, notes } = importPlanText(fixture("pa-sak-ngam-2570-other-labels.txt"));
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expectDraftToSay(plan, PA_SAK_NGAM_2570);
    expect(warnings).toEqual([]);
    expect(notes).toEqual(["line 7: scanning slip read as O → 0 in a number"]);
  });

  it("reads the blocks plan as a .pdf, where no blank line parts the last period from the signature", async () => {
    const pdf = await planPdf(fixtureBlocks(fixture("nong-pao-ngam-2569-development-issues.txt")), { runningHeader: "มาตรการส่งเสริมคุณธรรมฯ ทต.หนองเป้างาม" });
    const { plan, warnings } = importPlanDocument(await readPdfLines(new Uint8Array(pdf)));
    expectDraftToSay(plan, NONG_PAO_NGAM_2569);
    expect(warnings).toContainEqual(expect.stringMatching(/^page \d+, line \d+: not read: "ลงชื่อ นายกเทศมนตรีตำบลหนองเป้างาม"$/));
  }, SLOW);

  it("reads a ลำดับ column lettered ก. ข. ค. as it reads one numbered", () => {
    const lettered = fixture("mae-tha-kham-2571-nine-issues.txt").replace(/^\| (\d) \|/gm, (_, n: string) => `| ${"กขคงจฉชซฌ"[Number(n) - 1]}. |`);
    expect(lettered).toContain("| ฌ. |");
    const { plan, warnings } = importPlanText(lettered);
    expectDraftToSay(plan, MAE_THA_KHAM_2571);
    expect(warnings).toEqual([]);
  });

  describe("the one-table plan as .docx and .pdf", () => {
    const blocks = fixtureBlocks(fixture("huai-sai-thong-2570-one-table.txt"));

    it("reads the .docx", async () => {
      const { plan, warnings } = importPlanDocument(await readDocxLines(await planDocx(blocks)));
      expect(PlanSchema.safeParse(plan).success).toBe(true);
      expectDraftToSay(plan, HUAI_SAI_THONG_2570);
      expect(warnings).toEqual([]);
    }, SLOW);

    it("reads the .pdf, its eight columns wrapped and split across pages", async () => {
      const pdf = await planPdf(blocks, { runningHeader: "แผนมาตรการฯ อบต.ห้วยทรายทอง ปีงบประมาณ ๒๕๗๐" });
      const { plan, warnings } = importPlanDocument(await readPdfLines(new Uint8Array(pdf)));
      expect(PlanSchema.safeParse(plan).success).toBe(true);
      // Two units in one cell, on two lines ("งานนิติการ" / "สำนักปลัด"), keep their space: the other
      // measures name สำนักปลัด alone. A wrap between two words of one name ("กองการศึกษา" / "ศาสนา…")
      // leaves no trace in pdf.js's text (it drops a line's trailing space), so it reads joined, as Thai
      // lines join.
      const glued = { ...HUAI_SAI_THONG_2570, issues: HUAI_SAI_THONG_2570.issues.map((i) => ({ ...i, unit: i.unit.replace("กองการศึกษา ศาสนา", "กองการศึกษาศาสนา") })) };
      expectDraftToSay(plan, glued);
      expect(plan.issues[2]?.measure.unit).toBe("งานนิติการ สำนักปลัด");
      expect(warnings).toEqual([]);
    }, SLOW);
  });
});
