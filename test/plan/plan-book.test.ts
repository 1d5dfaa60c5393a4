/**
 * How a running instance notices a switch made elsewhere (another instance, `plan:activate`): it
 * reads `settings/plans` at most every few seconds of its own clock, and a plan that no longer
 * validates never takes it down.
 */
import { createFixedClock } from "../../src/clock";
import { createMemoryLogger } from "../../src/logs";
import { activatePlan } from "../../src/plan/activate-plan";
import { isClosedYear } from "../../src/plan/held-plan";
import { createPlanBook } from "../../src/plan/plan-book";
import { PLAN_COLLECTIONS, PLAN_POINTER_PATH } from "../../src/plan/plan-store";
import { samplePlanFor } from "../../src/plan/sample-plan";
import { loadDefaultPlan } from "../../src/qa/answerer";
import { localSeedPlans } from "../../src/dev/local-plans";
import { openTestFirestore, type TestFirestore } from "../support/firestore";
import { planForYear } from "../support/plans";

const shipped = loadDefaultPlan();
const NOW = new Date("2026-12-05T03:00:00Z");

describe("the plan book of a running instance", () => {
  let fs: TestFirestore;
  afterEach(() => fs?.close());

  it("sees a switch made by another instance within its check interval, and not before", async () => {
    fs = openTestFirestore();
    const clock = createFixedClock(NOW);
    const logger = createMemoryLogger();
    const here = createPlanBook({ db: fs.db, clock, logger, seed: [shipped], checkEveryMs: 5000 });
    const elsewhere = createPlanBook({ db: fs.db, clock, logger, seed: [shipped], checkEveryMs: 5000 });
    expect((await here.current()).plan.fiscalYear).toBe(2568);
    expect((await elsewhere.current()).plan.fiscalYear).toBe(2568);

    await activatePlan({ db: fs.db, units: elsewhere.units }, planForYear(shipped, 2570), { by: "test", now: NOW });
    elsewhere.invalidate();
    expect((await elsewhere.current()).plan.fiscalYear).toBe(2570);
    clock.advance(4000);
    expect((await here.current()).plan.fiscalYear).toBe(2568);
    clock.advance(1000);
    expect((await here.current()).plan.fiscalYear).toBe(2570);
    expect(here.latest.plan.fiscalYear).toBe(2570);
    expect((await here.all()).map((p) => [p.plan.fiscalYear, p.status])).toEqual([
      [2570, "current"],
      [2568, "archived"],
    ]);
  });

  it("keeps serving the plan it has when the pointer names a plan that no longer validates", async () => {
    fs = openTestFirestore();
    const clock = createFixedClock(NOW);
    const logger = createMemoryLogger();
    const book = createPlanBook({ db: fs.db, clock, logger, seed: [shipped], checkEveryMs: 0 });
    expect((await book.current()).plan.id).toBe(shipped.id);
    await fs.db.collection(PLAN_COLLECTIONS.plans).doc("broken").set({ json: "{\"id\":\"broken\"}", hash: "x" });
    await fs.db.doc(PLAN_POINTER_PATH).set({ current: "broken", version: 99 });
    expect((await book.current()).plan.id).toBe(shipped.id);
    expect(JSON.stringify(logger.records)).toContain("plans.current_missing");
  });
});

describe("plans of a local run", () => {
  it("offers a demonstration copy for the current year once the shipped plan's year is over, labelled ตัวอย่าง", () => {
    const [real, sample] = localSeedPlans(shipped, { planFileSet: false, now: NOW });
    expect(real).toBe(shipped);
    expect(sample?.fiscalYear).toBe(2570);
    expect(sample?.id).toBe("wiang-tha-kan-2570-sample");
    expect(sample?.organization.shortName).toBe("อบต.เวียงท่ากาน (ตัวอย่าง)");
    expect(sample?.organization.name).toContain("(ตัวอย่าง)");
    expect(sample?.sample?.basedOn).toBe(shipped.id);
    expect(sample?.issues[0]?.measure.period).toEqual({ start: "2026-10-01", end: "2027-09-30", text: "1 ตุลาคม 2569 - 30 กันยายน 2570" });
    expect(isClosedYear(sample!, NOW)).toBe(false);
    expect(localSeedPlans(shipped, { planFileSet: true, now: NOW })).toEqual([shipped]);
    expect(localSeedPlans(shipped, { planFileSet: false, now: new Date("2025-03-01T00:00:00Z") })).toEqual([shipped]);
  });

  it("moves 29 February to the 28th in a common year", () => {
    const leap = { ...shipped, issues: shipped.issues.map((i) => ({ ...i, measure: { ...i.measure, period: { start: "2024-02-29", end: "2024-02-29" } } })) };
    expect(samplePlanFor(leap, 2569).issues[0]?.measure.period.start).toBe("2025-02-28");
  });
});
