/**
 * Activation against the embedded Firestore: one plan per fiscal year under an ID of its own, units
 * carried over by name with new ones added, officers untouched, the outgoing year frozen with its
 * reports, a corrected re-import kept as a revision, and activating what is current a no-op.
 */
import { createStaffDirectory } from "../../src/people/staff-directory";
import { activatePlan, storedIdFor } from "../../src/plan/activate-plan";
import { createPlanBook } from "../../src/plan/plan-book";
import { createPlanStore, PLAN_COLLECTIONS, PLAN_POINTER_PATH } from "../../src/plan/plan-store";
import { previewActivation, previewText } from "../../src/plan/preview-activation";
import { createFixedClock } from "../../src/clock";
import { createMemoryLogger } from "../../src/logs";
import { loadDefaultPlan } from "../../src/qa/answerer";
import { COLLECTIONS } from "../../src/store/collections";
import { unitIdFor } from "../../src/units/units";
import { openTestFirestore, type TestFirestore } from "../support/firestore";
import { planForYear } from "../support/plans";

const shipped = loadDefaultPlan();
const NEW_UNIT = "กองยุทธศาสตร์และงบประมาณ";
const next = planForYear(shipped, 2570, (p) => ({ ...p, issues: p.issues.map((i) => (i.number === 3 ? { ...i, measure: { ...i.measure, unit: NEW_UNIT } } : i)) }));
const NOW = new Date("2026-12-05T03:00:00Z");
const OFFICER = "U" + "1".repeat(32);

describe("storedIdFor", () => {
  const held = (plan: typeof shipped) => ({ plan, hash: "h", importedAt: NOW, importedBy: "", activatedAt: NOW, closedAt: undefined, frozenUnits: undefined });

  it("keeps a year's ID for a corrected plan of that year, whatever the file was called", () => {
    expect(storedIdFor({ ...shipped, id: "plan-2568" }, [held(shipped)])).toBe("wiang-tha-kan-2568");
  });

  it("gives another year's plan an ID of its own even when the file reused an ID", () => {
    expect(storedIdFor({ ...next, id: "wiang-tha-kan-2568" }, [held(shipped)])).toBe("wiang-tha-kan-2568-2570");
    expect(storedIdFor(next, [held(shipped)])).toBe("wiang-tha-kan-2570");
  });
});

describe("activating plans", () => {
  let fs: TestFirestore;
  const clock = createFixedClock(NOW);
  let book: ReturnType<typeof createPlanBook>;
  let deps: Parameters<typeof activatePlan>[0] & { staff: ReturnType<typeof createStaffDirectory> };

  beforeAll(async () => {
    fs = openTestFirestore();
    book = createPlanBook({ db: fs.db, clock, logger: createMemoryLogger(), seed: [shipped] });
    deps = { db: fs.db, units: book.units, store: createPlanStore(fs.db), staff: createStaffDirectory(fs.db, { adminUserIds: [] }) };
    await fs.db.collection(COLLECTIONS.people).doc(OFFICER).set({ userId: OFFICER, role: "officer", unitId: unitIdFor("กองคลัง"), displayName: "สมปอง" });
  });
  afterAll(() => fs.close());

  it("seeds the shipped plan as the first current plan, without touching units", async () => {
    const current = await book.current();
    expect(current.plan.id).toBe("wiang-tha-kan-2568");
    expect(current.status).toBe("current");
    expect((await fs.db.collection("units").get()).empty).toBe(true);
    expect(await activatePlan(deps, shipped, { by: "test", now: NOW })).toMatchObject({ outcome: "unchanged" });
  });

  it("switches to next year: new units added, officers untouched, last year's reports kept and its units frozen", async () => {
    const progress = await book.currentProgress();
    const klang = (await progress.activitiesOf(unitIdFor("กองคลัง")))[0]!;
    await progress.store.record(
      { planId: shipped.id, activityId: klang.id, unitId: klang.unitId, issueNumber: klang.issueNumber, stepNumber: klang.stepNumber, status: "done", percent: 100, note: "ครบ", reportedBy: OFFICER, reporterName: "สมปอง", draftId: "d1" },
      NOW,
    );
    const preview = await previewActivation(deps, next, NOW);
    expect(preview).toMatchObject({ outcome: "switched", measures: 7, previousMeasures: 7, previousActivities: 85, newUnits: [NEW_UNIT], keptReports: 1 });
    expect(preview.officers).toEqual([{ unit: "กองคลัง", count: 1, inPlan: true }]);
    expect(previewText(preview)).toContain("แทนแผน ปีงบประมาณ พ.ศ. 2568");

    const result = await activatePlan(deps, next, { by: "test", now: NOW });
    expect(result).toMatchObject({ outcome: "switched", addedUnits: [NEW_UNIT] });
    book.invalidate();
    expect((await book.current()).plan.id).toBe("wiang-tha-kan-2570");
    expect((await fs.db.collection(COLLECTIONS.people).doc(OFFICER).get()).get("unitId")).toBe(unitIdFor("กองคลัง"));

    const archived = (await book.ofYear(2568))!;
    expect(archived.status).toBe("archived");
    const old = await book.progressOf(archived).snapshot();
    expect(old.archived).toBe(true);
    expect(old.activities).toHaveLength(85);
    expect(old.states.get(klang.id)).toMatchObject({ percent: 100, status: "done" });
    // A unit added this year does not join last year's "ทุกส่วนราชการ" activities.
    expect(old.units.map((u) => u.name)).not.toContain(NEW_UNIT);
    await book.units.add("หน่วยตรวจสอบภายใน", NOW);
    expect(await book.progressOf(archived).activities()).toHaveLength(85);
    const now = await (await book.currentProgress()).snapshot();
    expect(now.states.size).toBe(0);
    expect(now.activities.every((a) => a.id.startsWith("wiang-tha-kan-2570."))).toBe(true);
    expect(now.units.map((u) => u.name)).toEqual(expect.arrayContaining([NEW_UNIT, "หน่วยตรวจสอบภายใน"]));
  });

  it("does nothing when the current plan is activated again", async () => {
    const before = (await fs.db.doc(PLAN_POINTER_PATH).get()).data();
    expect(await activatePlan(deps, next, { by: "test", now: NOW })).toMatchObject({ outcome: "unchanged", addedUnits: [] });
    expect((await fs.db.doc(PLAN_POINTER_PATH).get()).data()).toEqual(before);
    expect(previewText(await previewActivation(deps, next, NOW))).toContain("ใช้งานอยู่แล้ว ไม่มีอะไรเปลี่ยน");
  });

  it("keeps the replaced text of a corrected re-import as a revision", async () => {
    const corrected = { ...next, id: "plan-2570", title: `${next.title} (ฉบับแก้ไข)` };
    const result = await activatePlan(deps, corrected, { by: "test", now: NOW });
    expect(result).toMatchObject({ outcome: "revised" });
    expect(result.plan.id).toBe("wiang-tha-kan-2570");
    const revisions = await fs.db.collection(PLAN_COLLECTIONS.plans).doc("wiang-tha-kan-2570").collection(PLAN_COLLECTIONS.revisions).get();
    expect(revisions.size).toBe(1);
    expect(JSON.parse(revisions.docs[0]!.get("json")).title).toBe(next.title);
    book.invalidate();
    expect((await book.current()).plan.title).toContain("ฉบับแก้ไข");
  });

  it("switches back to a past year with the same preview, and its reports are still there", async () => {
    const preview = await previewActivation(deps, shipped, NOW);
    expect(preview).toMatchObject({ outcome: "switched", yearEnded: true });
    expect(previewText(preview)).toContain("สิ้นสุดแล้ว");
    await activatePlan(deps, shipped, { by: "test", now: NOW });
    book.invalidate();
    const current = await book.current();
    expect(current.plan.id).toBe("wiang-tha-kan-2568");
    expect((await book.progressOf(current).snapshot()).states.size).toBe(1);
    expect((await book.ofYear(2570))?.status).toBe("archived");
  });
});
