/** The importer's smaller readers, each on the forms plans write. */
import { tokenizeItems } from "../../src/plan/import/item-tokens";
import { readPeriod } from "../../src/plan/import/period";
import { splitSteps } from "../../src/plan/import/steps";
import { normalizeThaiText } from "../../src/plan/import/thai-glyphs";
import { readTextLines } from "../../src/plan/import/source-lines";
import { removePageFurniture } from "../../src/plan/import/page-furniture";
import { loadConfig } from "../../src/config";
import { joinBrokenWords } from "../../src/plan/import/broken-words";
import { issueMarker } from "../../src/plan/import/issue-records";
import { headerRoles } from "../../src/plan/import/roles";
import { fixOcrSlips } from "../../src/plan/import/thai-glyphs";

describe("item codes", () => {
  const codes = (text: string, tool?: "i" | "e" | "o") =>
    tokenizeItems(normalizeThaiText(text), tool).tokens.map((t) => (t.kind === "code" ? t.code ?? `?${t.text}` : `=${t.score}`));
  it.each([
    ["i 3", ["i3"]],
    ["ข้อ e๕", ["e5"]],
    ["O12", ["o12"]],
    ["๐๑๒", ["o12"]],
    ["ข้อ ๐๗", ["o7"]],
    ["ข้อi๑๐ ข้อ E-8", ["i10", "e8"]],
    ["o1–o6", ["o1", "o2", "o3", "o4", "o5", "o6"]],
    ["i1 = 95.50, i2 (100)", ["i1", "=95.50", "i2", "=100"]],
    ["E-Service", []],
    ["IIT 3 ร้อยละ 87.50", ["i3", "=87.50"]],
    ["EIT ข้อ 5, OIT-12", ["e5", "o12"]],
    ["(i๑๒) ๘๗.๕ คะแนน", ["i12", "=87.5"]],
    ["IIT OIT", []],
    ["ข้อ 7 (IIT) ได้ 80.50 คะแนน", ["i7", "=80.50"]],
  ])("reads %s", (text, expected) => expect(codes(text)).toEqual(expected));
  it("takes a bare number's letter from the row's tool, and says when there is none", () => {
    expect(codes("ข้อ 12", "o")).toEqual(["o12"]);
    expect(codes("ข้อ 12")).toEqual(["?ข้อ 12"]);
  });
});

describe("periods", () => {
  it.each([
    ["1 ตุลาคม 2569 - 30 กันยายน 2570", "2026-10-01", "2027-09-30"],
    ["มกราคม – มิถุนายน 2570", "2027-01-01", "2027-06-30"],
    ["ต.ค. 69 - มี.ค. 70", "2026-10-01", "2027-03-31"],
    ["ตุลาคม - ธันวาคม 2569", "2026-10-01", "2026-12-31"],
    ["ไตรมาส 2", "2027-01-01", "2027-03-31"],
    ["ไตรมาสที่ 1-2", "2026-10-01", "2027-03-31"],
    ["ไตรมาส 4", "2027-07-01", "2027-09-30"],
    ["ตลอดปีงบประมาณ", "2026-10-01", "2027-09-30"],
    ["1 ธ.ค. 2569 ถึง 28 ก.พ. 2570", "2026-12-01", "2027-02-28"],
    ["มีนาคม 2570", "2027-03-01", "2027-03-31"],
    ["ตลอดปี งบประมาณ", "2026-10-01", "2027-09-30"],
    ["ตุลาคม 2569 ถึง มีนาคม 2570", "2026-10-01", "2027-03-31"],
  ])("reads %s in fiscal year 2570", (text, start, end) => {
    expect(readPeriod(normalizeThaiText(text), 2570)).toEqual({ start, end });
  });
  it("says what it assumed, and reads nothing into what is not a period", () => {
    expect(readPeriod("มกราคม - มีนาคม", 2570)).toEqual({ start: "2027-01-01", end: "2027-03-31", assumed: "the year is the fiscal year's" });
    expect(readPeriod("31 ก.พ. 2570 - 30 มี.ค. 2570", 2570)).toBeUndefined();
    expect(readPeriod("ช่วงฤดูฝน", 2570)).toBeUndefined();
    expect(readPeriod("ไตรมาส 5", 2570)).toBeUndefined();
    expect(readPeriod("ภายในเดือนมิถุนายน 2570", 2570)).toEqual({ start: "2026-10-01", end: "2027-06-30", assumed: "starts when the fiscal year starts" });
  });
});

describe("steps", () => {
  it.each([
    ["(1) ก (2) ข", ["ก", "ข"]],
    ["1. ก 2. ข ได้ 99.39 คะแนน 3. ค", ["ก", "ข ได้ 99.39 คะแนน", "ค"]],
    ["๑) ก ๒) ข", ["ก", "ข"]],
    ["• ก\n• ข", ["ก", "ข"]],
    ["- ก\n- ข 1 ต.ค. - 30 ก.ย.", ["ก", "ข 1 ต.ค. - 30 ก.ย."]],
    ["- จัดทำทะเบียน - ตรวจสอบทุกไตรมาส - รายงานผล 1 ต.ค. - 30 ก.ย.", ["จัดทำทะเบียน", "ตรวจสอบทุกไตรมาส", "รายงานผล 1 ต.ค. - 30 ก.ย."]],
    ["○ ก ○ ข", ["ก", "ข"]],
    ["ก\nข", ["ก", "ข"]],
    ["ทำเพียงอย่างเดียว", ["ทำเพียงอย่างเดียว"]],
    ["ขั้นที่ 1 ก\nขั้นที่ 2 ข", ["ก", "ข"]],
    ["ขั้นตอนที่ 1: ก ขั้นตอนที่ 2: ข", ["ก", "ข"]],
    ["2.1 ก\n2.2 ข ใช้ 1.5 วัน", ["ก", "ข ใช้ 1.5 วัน"]],
  ])("splits %j", (text, steps) => expect(splitSteps(normalizeThaiText(text)).steps).toEqual(steps));
  it("keeps the document's numbers so a gap can be reported", () => {
    expect(splitSteps("1. ก 2. ข 3. ค 6. ง").numbers).toEqual([1, 2, 3, 6]);
  });
});

describe("Thai text from PDFs", () => {
  it("maps every shifted-glyph PUA code (Windows and Mac) back to its character", () => {
    const windows = "\uf70a\uf70b\uf70c\uf70d\uf70e\uf718\uf719\uf71a\uf705\uf706\uf707\uf708\uf709\uf713\uf714\uf715\uf716\uf717\uf710\uf701\uf702\uf703\uf704\uf712\uf711\uf70f\uf700";
    const mac = "\uf88b\uf88e\uf891\uf894\uf897\uf89b\uf89c\uf89d\uf88c\uf88f\uf892\uf895\uf898\uf88a\uf88d\uf890\uf893\uf896\uf884\uf885\uf886\uf887\uf888\uf889\uf899\uf89a\uf89e";
    const thai = "่้๊๋์ฺุู่้๊๋์่้๊๋์ัิีึื็ํญฐ";
    expect([...windows].map((c) => normalizeThaiText(`ก${c}`).slice(1)).join("")).toBe(thai);
    expect([...mac].map((c) => normalizeThaiText(`ก${c}`).slice(1)).join("")).toBe(thai);
  });
  it("reads words as PDF text layers give them", () => {
    expect(normalizeThaiText("ข\uf70bอ ป\uf702\uf713 ผู\uf70bรับ")).toBe("ข้อ ปี่ ผู้รับ");
    expect(normalizeThaiText("ผูร้ับ")).toBe("ผู้รับ");
    expect(normalizeThaiText("ดำาเนินการ น้ำา ทํา")).toBe("ดำเนินการ น้ำ ทำ");
    expect(normalizeThaiText("ผู ้รับผิดชอบ เ ผยแพร่ ๙๙.๖๑")).toBe("ผู้รับผิดชอบ เผยแพร่ 99.61");
    expect(normalizeThaiText("ต่าง ๆ")).toBe("ต่าง ๆ");
  });
});

describe("issue headings", () => {
  it.each([
    ["ประเด็นที่ 3: การใช้ทรัพย์สิน", 3, "explicit"],
    ["ประเด็นการพัฒนาที่ 3 การใช้ทรัพย์สิน", 3, "explicit"],
    ["หัวข้อ ๔. คุณภาพการดำเนินงาน", 4, "explicit"],
    ["๒) การใช้งบประมาณ", 2, "paren"],
    ["ค. การป้องกันการทุจริต", 3, "letter"],
    ["(ข) การเปิดเผยข้อมูล", 2, "letter"],
  ])("reads %s", (text, number, style) => expect(issueMarker(normalizeThaiText(text))).toMatchObject({ number, style }));
  it("does not read an abbreviation or a sentence as one", () => {
    expect(issueMarker("ต.ค. 69 - มี.ค. 70")).toBeUndefined();
    expect(issueMarker("จ.เชียงใหม่")).toBeUndefined();
    expect(issueMarker("ประเด็นกระบวนการปฏิบัติงานที่โปร่งใส")).toBeUndefined();
  });
});

describe("column headers", () => {
  it("knows the other words plans head their columns with", () => {
    const header = ["หัวข้อ", "แบบวัด", "ตัวชี้วัด", "ผลคะแนน", "ข้อเสนอแนะ", "มาตรการ", "แนวทางการดำเนินการ", "ผู้ดำเนินการ", "กำหนดเวลา"];
    expect([...(headerRoles(header)?.values() ?? [])]).toEqual(["issue", "tools", "codes", "scores", "analysis", "measure", "steps", "unit", "period"]);
  });
});

describe("words broken by a space", () => {
  it("joins a space inside a dictionary word, and keeps one between words", () => {
    expect(joinBrokenWords("ประชา สัมพันธ์ช่องทาง")).toBe("ประชาสัมพันธ์ช่องทาง");
    expect(joinBrokenWords("ขั้นต อน")).toBe("ขั้นตอน");
    expect(joinBrokenWords("กองการศึกษา ศาสนาและวัฒนธรรม")).toBe("กองการศึกษา ศาสนาและวัฒนธรรม");
    expect(joinBrokenWords("ต่าง ๆ ที่เกี่ยวข้อง")).toBe("ต่าง ๆ ที่เกี่ยวข้อง");
  });
  it("reads two SARA E as SARA AE, and says so", () => {
    expect(fixOcrSlips("เเผน")).toEqual({ text: "แผน", fixed: ["เเ → แ"] });
    expect(fixOcrSlips("ข้อ 7 ได้ 8O.5O และ 1OO คะแนน o12").text).toBe("ข้อ 7 ได้ 80.50 และ 100 คะแนน o12");
    expect(fixOcrSlips("No Gift Policy, OIT").fixed).toEqual([]);
    expect(fixOcrSlips("IIT ๐IT".replace("๐", "0"))).toEqual({ text: "IIT OIT", fixed: ["0IT → OIT"] });
  });
});

describe("page furniture", () => {
  it("leaves out page numbers and a running header, keeping the title once", () => {
    const doc = readTextLines(["มาตรการส่งเสริม อบต.ทดลอง", "เนื้อหา", "หน้า 2 จาก 5", "มาตรการส่งเสริม อบต.ทดลอง", "เนื้อหา", "- 3 -", "3/5"].join("\n"));
    const { lines, notes } = removePageFurniture(doc.lines, ["อบต.ทดลอง"]);
    expect(lines.map((l) => l.cells.join(""))).toEqual(["มาตรการส่งเสริม อบต.ทดลอง", "เนื้อหา", "เนื้อหา"]);
    expect(notes[0]).toMatch(/^left out 4 /);
  });
});

describe("PLAN_FILE", () => {
  it("is taken relative to where the command was run (npm's INIT_CWD), or as given when absolute", () => {
    expect(loadConfig({ PLAN_FILE: "plans/next.json", INIT_CWD: "/home/clerk" }, "local").planFile).toBe("/home/clerk/plans/next.json");
    expect(loadConfig({ PLAN_FILE: "/srv/plan.json", INIT_CWD: "/home/clerk" }, "local").planFile).toBe("/srv/plan.json");
  });
});
