/** Units: seeded from the plan and the default divisions, found by what an admin types, kept in Firestore. */
import { loadDefaultPlan } from "../../src/qa/answerer";
import { DEFAULT_DIVISIONS, findUnit, seedUnits, unitIdFor, unitsOfMeasure } from "../../src/units/units";
import { createUnitsStore, UNITS_COLLECTION } from "../../src/units/units-store";
import { openTestFirestore, type TestFirestore } from "../support/firestore";

const plan = loadDefaultPlan();

describe("units", () => {
  it("seeds the plan's named units first, then the other divisions, without ทุกส่วนราชการ or duplicates", () => {
    const names = seedUnits(plan).map((u) => u.name);
    expect(names.slice(0, 2)).toEqual(["สำนักปลัด", "กองคลัง"]);
    expect(new Set(names)).toEqual(new Set(DEFAULT_DIVISIONS));
    expect(names).not.toContain("ทุกส่วนราชการ");
  });

  it("gives each unit a short ASCII ID that ignores spacing", () => {
    expect(unitIdFor("กองการศึกษา ศาสนาและวัฒนธรรม")).toMatch(/^u[0-9a-f]{8}$/);
    expect(unitIdFor("กองการศึกษา  ศาสนาและวัฒนธรรม")).toBe(unitIdFor("กองการศึกษาศาสนาและวัฒนธรรม"));
    expect(unitIdFor("กองช่าง")).not.toBe(unitIdFor("กองคลัง"));
  });

  it("finds a unit by ID, name, folded name or a unique prefix, and nothing for an ambiguous one", () => {
    const units = seedUnits(plan);
    expect(findUnit(units, "กองการศึกษา")?.name).toBe("กองการศึกษา ศาสนาและวัฒนธรรม");
    expect(findUnit(units, unitIdFor("กองช่าง"))?.name).toBe("กองช่าง");
    expect(findUnit(units, " สำนักปลัด ")?.id).toBe(unitIdFor("สำนักปลัด"));
    expect(findUnit(units, "กอง")).toBeUndefined();
    expect(findUnit(units, "")).toBeUndefined();
  });
});

describe("units of a measure", () => {
  it("splits names given together, never the และ inside a name", () => {
    expect(unitsOfMeasure("กองคลัง, กองช่าง")).toEqual(["กองคลัง", "กองช่าง"]);
    expect(unitsOfMeasure("กองยุทธศาสตร์และงบประมาณ ร่วมกับ กองช่าง")).toEqual(["กองยุทธศาสตร์และงบประมาณ", "กองช่าง"]);
    expect(unitsOfMeasure("สำนักปลัด และ กองคลัง")).toEqual(["สำนักปลัด", "กองคลัง"]);
    expect(unitsOfMeasure("กองคลัง/กองช่าง")).toEqual(["กองคลัง", "กองช่าง"]);
    expect(unitsOfMeasure("กองการศึกษา ศาสนาและวัฒนธรรม")).toEqual(["กองการศึกษา ศาสนาและวัฒนธรรม"]);
    expect(unitsOfMeasure("กองสาธารณสุขและสิ่งแวดล้อม")).toEqual(["กองสาธารณสุขและสิ่งแวดล้อม"]);
    expect(unitsOfMeasure("ทุกส่วนราชการ")).toEqual(["ทุกส่วนราชการ"]);
  });
});

describe("units store", () => {
  let fs: TestFirestore;
  beforeAll(() => {
    fs = openTestFirestore();
  });
  afterAll(() => fs.close());

  it("seeds once, even when two instances start together, and keeps a rename across restarts", async () => {
    const [a, b] = [createUnitsStore(fs.db, plan), createUnitsStore(fs.db, plan)];
    const [la, lb] = await Promise.all([a.list(), b.list()]);
    expect(la).toEqual(lb);
    expect(la).toHaveLength(6);
    await a.rename(unitIdFor("กองช่าง"), "กองช่างและผังเมือง", new Date("2025-01-01T00:00:00Z"));
    const again = await createUnitsStore(fs.db, plan).list();
    expect(again.find((u) => u.id === unitIdFor("กองช่าง"))?.name).toBe("กองช่างและผังเมือง");
    expect((await fs.db.collection(UNITS_COLLECTION).get()).size).toBe(6);
  });

  it("adds a unit once and lists it after the seeded ones", async () => {
    const store = createUnitsStore(fs.db, plan);
    const first = await store.add("หน่วยตรวจสอบภายใน", new Date("2025-01-02T00:00:00Z"));
    const second = await store.add("หน่วยตรวจสอบ ภายใน", new Date("2025-01-03T00:00:00Z"));
    expect(first.created).toBe(true);
    expect(second).toEqual({ unit: first.unit, created: false });
    expect((await store.list()).at(-1)?.name).toBe("หน่วยตรวจสอบภายใน");
  });
});
