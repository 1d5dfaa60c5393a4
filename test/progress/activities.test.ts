/** Activities from the plan, the calendar arithmetic behind "late", and the settings' defaults. */
import { activitiesFromPlan, daysBetween, elapsedPercent } from "../../src/progress/activities";
import { parsePercent } from "../../src/progress/chat/report-input";
import { stateFromReports, type ProgressReport } from "../../src/progress/progress-store";
import { parseProgressSettings } from "../../src/progress/settings";
import { loadDefaultPlan } from "../../src/qa/answerer";
import { seedUnits, unitIdFor } from "../../src/units/units";

const plan = loadDefaultPlan();
const units = seedUnits(plan);

describe("activities", () => {
  const activities = activitiesFromPlan(plan, units);

  it("makes one activity per step and responsible unit, ทุกส่วนราชการ expanding to every unit", () => {
    // Issues 1, 2, 5, 6, 7 (13 steps) for all 6 units; issue 3 (3 steps) สำนักปลัด; issue 4 (4 steps) กองคลัง.
    expect(activities).toHaveLength(13 * 6 + 3 + 4);
    expect(activities.filter((a) => a.unitId === unitIdFor("สำนักปลัด"))).toHaveLength(16);
    expect(activities.filter((a) => a.unitId === unitIdFor("กองช่าง"))).toHaveLength(13);
    expect(activities.filter((a) => a.issueNumber === 4).every((a) => a.unitName === "กองคลัง")).toBe(true);
    expect(new Set(activities.map((a) => a.id)).size).toBe(activities.length);
  });

  it("gives a measure two units name together (กองคลัง, กองช่าง / … ร่วมกับ …) to each of them", () => {
    for (const unit of ["กองคลัง, กองช่าง", "กองยุทธศาสตร์และงบประมาณ ร่วมกับ กองช่าง"]) {
      const joint = { ...plan, issues: plan.issues.map((i) => (i.number === 4 ? { ...i, measure: { ...i.measure, unit } } : i)) };
      const owners = activitiesFromPlan(joint, seedUnits(joint)).filter((a) => a.issueNumber === 4);
      expect(new Set(owners.map((a) => a.unitName))).toEqual(new Set(unit.split(/, | ร่วมกับ /)));
      expect(owners).toHaveLength(4 * 2);
    }
  });

  it("reads every unit in the words plans use (ทุกกอง, ทุกสำนัก/กอง), never as a unit of its own", () => {
    for (const unit of ["ทุกกอง", "ทุกสำนัก/กอง", "ทุกหน่วยงาน"]) {
      const shared = { ...plan, issues: plan.issues.map((i) => (i.number === 4 ? { ...i, measure: { ...i.measure, unit } } : i)) };
      const sharedUnits = seedUnits(shared);
      expect(sharedUnits).toEqual(seedUnits({ ...shared, issues: shared.issues.filter((i) => i.number !== 4) }));
      expect(activitiesFromPlan(shared, sharedUnits).filter((a) => a.issueNumber === 4)).toHaveLength(4 * sharedUnits.length);
    }
  });

  it("keeps IDs stable and short enough for postback data", () => {
    expect(activitiesFromPlan(plan, units).map((a) => a.id)).toEqual(activities.map((a) => a.id));
    expect(activities[0]?.id).toBe(`wiang-tha-kan-2568.1.1.${unitIdFor("สำนักปลัด")}`);
    expect(Math.max(...activities.map((a) => a.id.length))).toBeLessThan(60);
  });

  it("measures elapsed time in Bangkok calendar days", () => {
    const period = { start: "2024-10-01", end: "2025-09-30" };
    expect(elapsedPercent(period, new Date("2024-09-30T16:59:00Z"))).toBe(0);
    expect(elapsedPercent(period, new Date("2024-09-30T17:00:00Z"))).toBe(0); // 1 Oct 00:00 Bangkok
    expect(elapsedPercent(period, new Date("2025-04-01T05:00:00Z"))).toBe(50);
    expect(elapsedPercent(period, new Date("2025-10-01T00:00:00Z"))).toBe(100);
    expect(daysBetween("2025-01-01", new Date("2025-01-14T18:00:00Z"))).toBe(14);
  });

  it("reads percents typed in Thai or Arabic digits", () => {
    expect(["๖๐", "60%", "ร้อยละ 60", "60 เปอร์เซ็นต์", " 100 "].map(parsePercent)).toEqual([60, 60, 60, 60, 100]);
    expect(["101", "-1", "6.5"].map(parsePercent)).toEqual([undefined, undefined, undefined]);
  });

  it("falls back to default settings for missing or invalid values", () => {
    expect(parseProgressSettings(undefined)).toEqual({ staleDays: 14, lagPercent: 20 });
    expect(parseProgressSettings({ staleDays: 7, lagPercent: "x" })).toEqual({ staleDays: 7, lagPercent: 20 });
  });
});

describe("latest state from reports", () => {
  const report = (id: string, at: string, percent: number, photos = 0): ProgressReport => ({
    id,
    planId: "p",
    activityId: "a",
    unitId: "u",
    issueNumber: 1,
    stepNumber: 1,
    status: "in_progress",
    percent,
    note: id,
    reportedBy: "U",
    reporterName: undefined,
    reportedAt: new Date(at),
    evidence: Array.from({ length: photos }, (_, i) => ({ path: `p${i}`, contentType: "image/png", size: 1, messageId: `m${i}` })),
  });

  it("takes the newest report, breaking a tie in time by ID, whatever order the reports come in", () => {
    const reports = [report("b", "2025-01-02T00:00:00Z", 40, 1), report("c", "2025-01-02T00:00:00Z", 50, 2), report("a", "2025-01-01T00:00:00Z", 10)];
    for (const order of [reports, [...reports].reverse()]) {
      expect(stateFromReports(order)).toMatchObject({ reportId: "c", percent: 50, reportCount: 3, evidenceCount: 3 });
    }
    expect(stateFromReports([])).toBeUndefined();
  });
});
