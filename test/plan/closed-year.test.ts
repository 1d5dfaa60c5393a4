/**
 * A plan whose fiscal year is over is a closed year with final figures, everywhere: nothing late,
 * no units "not reporting", no reminders or weekly summary, pages that say the year has ended (and
 * that nothing was reported, rather than 0% bars of a year nobody tracked here); a demonstration
 * copy says ตัวอย่าง on the page.
 */
import { createFixedClock } from "../../src/clock";
import { randomIds } from "../../src/ids";
import { createMemoryLogger } from "../../src/logs";
import { createDeliveryStore } from "../../src/outbox/delivery-store";
import { createStaffDirectory } from "../../src/people/staff-directory";
import { isClosedYear, planLastDay } from "../../src/plan/held-plan";
import { samplePlanFor } from "../../src/plan/sample-plan";
import { activitiesFromPlan } from "../../src/progress/activities";
import { computeOverview } from "../../src/progress/overview";
import { createProgressService } from "../../src/progress/progress-service";
import { runProgressReminders, runWeeklySummary } from "../../src/progress/reminders";
import { overviewMessages } from "../../src/progress/render";
import { DEFAULT_PROGRESS_SETTINGS } from "../../src/progress/settings";
import { loadPublicSnapshot } from "../../src/public-page/load-public-snapshot";
import { renderPublicPage } from "../../src/public-page/render-public-page";
import { loadDefaultPlan } from "../../src/qa/answerer";
import { COLLECTIONS } from "../../src/store/collections";
import { seedUnits } from "../../src/units/units";
import { openTestFirestore, type TestFirestore } from "../support/firestore";

const plan = loadDefaultPlan();
const IN_YEAR = new Date("2025-03-01T02:00:00Z");
const LAST_MOMENT = new Date("2025-09-30T16:59:00Z"); // 30 Sep 2568, 23:59 Bangkok
const AFTER = new Date("2026-12-05T03:00:00Z");

describe("a closed fiscal year", () => {
  const activities = activitiesFromPlan(plan, seedUnits(plan));
  const snapshot = { plan, activities, states: new Map(), settings: DEFAULT_PROGRESS_SETTINGS, archived: false };

  it("closes once the plan's last Bangkok day is over", () => {
    expect(planLastDay(plan)).toBe("2025-09-30");
    expect(isClosedYear(plan, LAST_MOMENT)).toBe(false);
    expect(isClosedYear(plan, new Date(LAST_MOMENT.getTime() + 60_000))).toBe(true);
    expect(isClosedYear(plan, IN_YEAR, "archived")).toBe(true);
  });

  it("has final figures in the overview: nothing late, nobody silent", () => {
    const live = computeOverview(snapshot, IN_YEAR);
    expect(live.closed).toBe(false);
    expect(live.late.length).toBe(85);
    const closed = computeOverview(snapshot, AFTER);
    expect(closed).toMatchObject({ closed: true, reported: 0, late: [], silentUnits: [] });
    const [summary, , details] = overviewMessages(closed, snapshot, "ภาพรวมความคืบหน้า") as Array<{ text?: string; altText?: string }>;
    expect(summary?.text).toContain("(ปิดปีงบประมาณแล้ว)");
    expect(summary?.text).toContain("ไม่มีรายงานความคืบหน้าในระบบสำหรับปีนี้ (85 กิจกรรม)");
    expect(summary?.text).not.toContain("ล่าช้า");
    expect(details?.text).toContain("ไม่มีการแจ้งเตือน");
  });

  describe("jobs and pages, against Firestore", () => {
    let fs: TestFirestore;
    beforeAll(async () => {
      fs = openTestFirestore();
      const people = fs.db.collection(COLLECTIONS.people);
      await people.doc("U" + "1".repeat(32)).set({ role: "officer", unitId: seedUnits(plan)[0]!.id, displayName: "สมศรี" });
      await people.doc("U" + "2".repeat(32)).set({ role: "admin", displayName: "ปลัด" });
    });
    afterAll(() => fs.close());

    const deps = (now: Date) => ({
      db: fs.db,
      progress: createProgressService(fs.db, plan),
      staff: createStaffDirectory(fs.db, { adminUserIds: [] }),
      deliveries: createDeliveryStore(fs.db, randomIds),
      clock: createFixedClock(now),
      logger: createMemoryLogger(),
    });

    it("stops reminders and the weekly summary for it", async () => {
      expect(await runProgressReminders(deps(AFTER))).toEqual({ officers: 0, nudges: 0 });
      expect(await runWeeklySummary(deps(AFTER))).toEqual({ admins: 0 });
      expect((await fs.db.collection(COLLECTIONS.deliveries).get()).size).toBe(0);
      // The same plan in its year does nudge: the stop comes from the year, not from a broken job.
      expect((await runProgressReminders(deps(IN_YEAR))).nudges).toBeGreaterThan(0);
    });

    it("says on the public page that the year has ended, and that nothing was reported", async () => {
      const html = renderPublicPage(await loadPublicSnapshot(fs.db, createProgressService(fs.db, plan), { now: AFTER, addFriendUrl: undefined }));
      expect(html).toContain("ปีงบประมาณ พ.ศ. 2568 (สิ้นสุดแล้ว)");
      expect(html).toContain("ไม่มีรายงานความคืบหน้าในระบบสำหรับปีงบประมาณ พ.ศ. 2568");
      expect(html).toContain(">ไม่มีรายงาน</td>");
      expect(html).not.toContain(">ยังไม่เริ่ม</td>");
    });

    it("marks a demonstration copy as an example at the top of its page", async () => {
      const sample = samplePlanFor(plan, 2570);
      const html = renderPublicPage(await loadPublicSnapshot(fs.db, createProgressService(fs.db, sample), { now: AFTER, addFriendUrl: undefined }));
      expect(html).toContain('id="sample"');
      expect(html).toContain("ไม่ใช่แผนที่หน่วยงานเผยแพร่");
      expect(html).toContain("ปีงบประมาณ พ.ศ. 2570 (ตัวอย่าง)");
      expect(html).toContain("อบต.เวียงท่ากาน (ตัวอย่าง)");
      expect(html).not.toContain("สิ้นสุดแล้ว");
    });
  });
});
