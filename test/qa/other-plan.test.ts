import { createAnswerer, loadDefaultPlan } from "../../src/qa/answerer";
import { parsePlan } from "../../src/plan/load-plan";
import { evalVisibleText } from "./eval-match";

/**
 * Understanding is built from the plan, not from this organisation: another อบต.'s plan, with its
 * own years, units and result, is read the same way (its units become names the engine knows, its
 * years are "now" and "last year").
 */
const shipped = loadDefaultPlan();
const other = parsePlan({
  ...shipped,
  id: "ban-thung-2569",
  organization: { ...shipped.organization, name: "องค์การบริหารส่วนตำบลบ้านทุ่ง", shortName: "อบต.บ้านทุ่ง" },
  fiscalYear: 2569,
  assessment: { year: 2568, score: "95.50", level: "ผ่านดีเยี่ยม" },
  issues: shipped.issues.map((i) => (i.number === 4 ? { ...i, measure: { ...i.measure, unit: "กองพัสดุและทรัพย์สิน" } } : i)),
});
const answerer = createAnswerer({ plan: other });
const text = (q: string): string => evalVisibleText(answerer.answer(q).messages).join("\n");

describe("another organisation's plan", () => {
  it("reads years against that plan: last year is its assessment, its own year's result it does not hold", () => {
    expect(text("ITA ปีที่แล้วได้เท่าไร")).toContain("95.50");
    expect(text("ITA result 2025")).toContain("95.50");
    expect(answerer.answer("ผล ITA ปี 2567 ได้เท่าไร").answered).toBe(false);
    expect(answerer.answer("ผล ITA ปีนี้ออกยัง").answered).toBe(false);
    expect(text("แผนนี้ใช้ปีงบประมาณอะไร")).toContain("2569");
  });

  it("knows the units that plan names and what each must do", () => {
    expect(text("ใครรับผิดชอบเรื่องของหลวง")).toContain("กองพัสดุและทรัพย์สิน");
    const unit = text("กองพัสดุและทรัพย์สินต้องทำอะไรบ้าง");
    expect(unit).toContain("17 กิจกรรม");
    expect(unit).not.toContain("เวียงท่ากาน");
  });

  it("says each measure's own period when a unit's measures run at different times, not the first measure's", () => {
    const staggered = parsePlan({
      ...other,
      issues: other.issues.map((i) =>
        i.number === 2 ? { ...i, measure: { ...i.measure, unit: "กองช่าง", period: { start: "2026-01-01", end: "2026-06-30", text: "ม.ค. 69 - มิ.ย. 69" } } }
        : i.number === 4 ? { ...i, measure: { ...i.measure, unit: "กองช่าง", period: { start: "2026-04-01", end: "2026-09-30", text: "เมษายน – กันยายน 2569" } } }
        : i,
      ),
    });
    const reply = evalVisibleText(createAnswerer({ plan: staggered }).answer("กองช่างต้องทำอะไรบ้าง").messages).join("\n");
    expect(reply).toMatch(/ประเด็นที่ 2[^\n]*1 มกราคม 2569 - 30 มิถุนายน 2569/);
    expect(reply).toMatch(/ประเด็นที่ 4[^\n]*1 เมษายน 2569 - 30 กันยายน 2569/);
    expect(reply).not.toContain("1 ตุลาคม 2568");
  });

  it("says the plan's fiscal year as 1 ต.ค. – 30 ก.ย., not the first measure's period", () => {
    const firstHalf = parsePlan({
      ...other,
      issues: other.issues.map((i) => (i.number === 1 ? { ...i, measure: { ...i.measure, period: { start: "2025-10-01", end: "2026-03-31", text: "ต.ค. 68 - มี.ค. 69" } } } : i)),
    });
    const reply = evalVisibleText(createAnswerer({ plan: firstHalf }).answer("แผนนี้ของปีงบประมาณไหน").messages).join("\n");
    expect(reply).toContain("2569 (1 ตุลาคม 2568 - 30 กันยายน 2569)");
  });

  it("reads a เทศบาล's short name (ทต./ทม.) and the organisation's own name as whose plan, not as a topic", () => {
    const municipality = parsePlan({ ...other, organization: { name: "เทศบาลตำบลหนองเป้างาม", shortName: "ทต.หนองเป้างาม" } });
    const ask = (q: string) => evalVisibleText(createAnswerer({ plan: municipality }).answer(q).messages).join("\n");
    expect(ask("ทต.หนองเป้างาม ได้คะแนน ITA เท่าไหร่")).toContain("95.50");
    expect(ask("ทต.หนองเป้างามมีกี่ประเด็น")).toContain(`มี ${municipality.issues.length} ประเด็น`);
    expect(text("อบต.บ้านทุ่งมีกี่ประเด็น")).toContain(`มี ${other.issues.length} ประเด็น`);
  });

  it("finds an issue by the letter a plan gives it (ประเด็น ค.), and ณ stays a word", () => {
    expect(text("ประเด็น ค. ใครรับผิดชอบ")).toContain(`ประเด็นที่ 3 ${other.issues[2]?.title}`);
    expect(text("หัวข้อ ข ผู้รับผิดชอบคือใคร")).toContain(`ประเด็นที่ 2 ${other.issues[1]?.title}`);
    expect(text("มาตรการ ณ ที่ตั้งหน่วยงานมีอะไร")).not.toContain("ประเด็นที่ 16");
  });

  it("answers a unit that shares a measure with another (… ร่วมกับ กองช่าง) with that measure, not 'not named'", () => {
    const joint = parsePlan({ ...other, issues: other.issues.map((i) => (i.number === 2 ? { ...i, measure: { ...i.measure, unit: "กองยุทธศาสตร์และงบประมาณ ร่วมกับ กองช่าง" } } : i)) });
    const reply = evalVisibleText(createAnswerer({ plan: joint }).answer("กองช่างต้องทำอะไรบ้าง").messages).join("\n");
    expect(reply).toMatch(/ประเด็นที่ 2 [^\n]*ร่วมกับ กองยุทธศาสตร์และงบประมาณ/);
    expect(reply).not.toContain("ไม่ได้ระบุ");
  });

  it("quotes a period as the plan words it, with the dates it means", () => {
    const quarter = parsePlan({ ...other, issues: other.issues.map((i) => (i.number === 3 ? { ...i, measure: { ...i.measure, period: { start: "2026-01-01", end: "2026-03-31", text: "ไตรมาส 2" } } } : i)) });
    expect(evalVisibleText(createAnswerer({ plan: quarter }).answer("ประเด็นที่ 3 ทำช่วงไหน").messages).join("\n")).toContain("ไตรมาส 2 (1 มกราคม 2569 - 31 มีนาคม 2569)");
    // A period the plan writes as its dates is said once.
    expect(text("ประเด็นที่ 3 ทำช่วงไหน")).toContain("ระยะเวลาดำเนินการ: 1 ตุลาคม 2567 - 30 กันยายน 2568\n");
  });
});
