/**
 * Who gets nudged (a pure function, with a fixed clock) and the jobs that turn nudges and the
 * weekly summary into outbox deliveries, against the embedded Firestore: nobody is nudged twice for
 * the same thing on the same day, however often the job runs.
 */
import { createFixedClock } from "../../src/clock";
import { checkMessages } from "../../src/flex/check-limits";
import { randomIds } from "../../src/ids";
import { createMemoryLogger } from "../../src/logs";
import { createDeliveryStore } from "../../src/outbox/delivery-store";
import { createStaffDirectory, type StaffMember } from "../../src/people/staff-directory";
import { activitiesFromPlan, type Activity } from "../../src/progress/activities";
import { assessActivity } from "../../src/progress/overview";
import type { ActivityState } from "../../src/progress/progress-store";
import { createProgressService } from "../../src/progress/progress-service";
import { createConversationStore } from "../../src/bot/conversation-store";
import { nudgesDue, REMINDER_LOG_COLLECTION, runProgressReminders, runWeeklySummary, type ReminderJobDeps } from "../../src/progress/reminders";
import { DEFAULT_PROGRESS_SETTINGS } from "../../src/progress/settings";
import { loadDefaultPlan } from "../../src/qa/answerer";
import { COLLECTIONS } from "../../src/store/collections";
import { seedUnits, unitIdFor } from "../../src/units/units";
import { openTestFirestore, type TestFirestore } from "../support/firestore";

const plan = loadDefaultPlan();
const units = seedUnits(plan);
const SAMNAK = unitIdFor("สำนักปลัด");
const KLANG = unitIdFor("กองคลัง");
/** 1 March 2025, 09:00 in Bangkok: about 41% of the plan's period has passed. */
const MARCH_1 = new Date("2025-03-01T02:00:00Z");

const state = (a: Activity, percent: number, reportedAt: string, status: ActivityState["status"] = "in_progress"): ActivityState => ({
  activityId: a.id,
  planId: a.planId,
  unitId: a.unitId,
  status,
  percent,
  note: "",
  reportedAt: new Date(reportedAt),
  reportedBy: "U1",
  reporterName: undefined,
  reportId: "r1",
  reportCount: 1,
  evidenceCount: 0,
});

describe("nudgesDue", () => {
  const activities = activitiesFromPlan(plan, units).filter((a) => a.unitId === SAMNAK).slice(0, 5);
  const [fresh, never, behind, done, blocked] = activities as [Activity, Activity, Activity, Activity, Activity];
  const officer: StaffMember = { userId: "U-officer", displayName: "สมศรี", role: "officer", unitId: SAMNAK };
  const elsewhere: StaffMember = { userId: "U-klang", displayName: "สมปอง", role: "officer", unitId: KLANG };
  const admin: StaffMember = { userId: "U-admin", displayName: "ปลัด", role: "admin", unitId: SAMNAK };

  const assess = (a: Activity, s: ActivityState | undefined, now = MARCH_1) => assessActivity(a, s, DEFAULT_PROGRESS_SETTINGS, now);

  it("nudges the unit's officers about activities with no recent report or lagging the calendar", () => {
    const progress = [
      assess(fresh, state(fresh, 50, "2025-02-25T03:00:00Z")),
      assess(never, undefined),
      assess(behind, state(behind, 10, "2025-02-28T03:00:00Z")),
      assess(done, state(done, 100, "2024-11-01T03:00:00Z", "done")),
      assess(blocked, state(blocked, 60, "2025-02-27T03:00:00Z", "blocked")),
    ];
    expect(progress.map((p) => p.expected)).toEqual([41, 41, 41, 41, 41]);
    const nudges = nudgesDue(progress, [officer, elsewhere, admin]);
    expect(nudges.map((n) => [n.userId, n.activity.id, n.reason])).toEqual([
      ["U-officer", never.id, "stale"],
      ["U-officer", behind.id, "behind"],
      ["U-officer", blocked.id, "behind"],
    ]);
  });

  it("counts 14 days without a report as stale, 13 as not", () => {
    const at13 = assess(fresh, state(fresh, 60, "2025-02-16T03:00:00Z"));
    const at14 = assess(fresh, state(fresh, 60, "2025-02-15T03:00:00Z"));
    expect([at13.stale, at14.stale]).toEqual([false, true]);
  });

  it("nudges nobody before the period starts", () => {
    const before = assess(never, undefined, new Date("2024-09-20T03:00:00Z"));
    expect(nudgesDue([before], [officer])).toEqual([]);
  });
});

describe("reminder and summary jobs", () => {
  let fs: TestFirestore;
  let deps: ReminderJobDeps;
  const clock = createFixedClock(MARCH_1);
  const OFFICER = "U" + "1".repeat(32);
  const ADMIN = "U" + "2".repeat(32);

  beforeAll(async () => {
    fs = openTestFirestore();
    const people = fs.db.collection(COLLECTIONS.people);
    await people.doc(OFFICER).set({ userId: OFFICER, role: "officer", unitId: KLANG, displayName: "สมปอง" });
    await people.doc(ADMIN).set({ userId: ADMIN, role: "admin", displayName: "ปลัด" });
    deps = {
      db: fs.db,
      progress: createProgressService(fs.db, plan),
      staff: createStaffDirectory(fs.db, { adminUserIds: [] }),
      deliveries: createDeliveryStore(fs.db, randomIds),
      clock,
      logger: createMemoryLogger(),
    };
    // กองคลัง reports one activity fully; the rest of its activities have no report at all.
    const first = (await deps.progress.activitiesOf(KLANG))[0]!;
    await deps.progress.store.record(
      { planId: plan.id, activityId: first.id, unitId: KLANG, issueNumber: first.issueNumber, stepNumber: first.stepNumber, status: "done", percent: 100, note: "", reportedBy: OFFICER, reporterName: "สมปอง", draftId: "d1" },
      new Date("2025-02-20T03:00:00Z"),
    );
  });
  afterAll(() => fs.close());

  it("creates one reminder delivery per officer per day, however often it runs", async () => {
    const first = await runProgressReminders(deps);
    const klangActivities = (await deps.progress.activitiesOf(KLANG)).length;
    expect(first).toEqual({ officers: 1, nudges: klangActivities - 1 });
    expect(await runProgressReminders(deps)).toEqual({ officers: 0, nudges: 0 });
    const deliveries = await deps.deliveries.list({ kind: "progress-reminder", limit: 10 });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ audienceType: "users", recipientCount: 1 });
    expect(checkMessages(deliveries[0]!.messages)).toEqual([]);
    expect(JSON.stringify(deliveries[0]!.messages)).toContain("ยังไม่เคยรายงาน");

    clock.advance(24 * 60 * 60 * 1000);
    expect((await runProgressReminders(deps)).officers).toBe(1);
    expect(await deps.deliveries.list({ kind: "progress-reminder", limit: 10 })).toHaveLength(2);
    expect((await fs.db.collection(REMINDER_LOG_COLLECTION).count().get()).data().count).toBe(2 * (klangActivities - 1));
  });

  it("holds the reminder of an officer who is in the middle of a flow until that flow ends", async () => {
    clock.advance(24 * 60 * 60 * 1000);
    const conversations = createConversationStore(fs.db);
    await conversations.start(OFFICER, "progress-report", { step: "note" }, clock.now(), 10 * 60 * 1000);
    expect((await runProgressReminders(deps)).officers).toBe(1);
    const [held] = await deps.deliveries.list({ kind: "progress-reminder", limit: 10 });
    expect(held!.sendAt).toEqual(new Date(clock.now().getTime() + 10 * 60 * 1000));
    // Not due now: the runner sends it once the flow's time is up.
    expect((await deps.deliveries.due(clock.now())).map((d) => d.id)).not.toContain(held!.id);
    await conversations.clear(OFFICER);
  });

  it("sends the weekly summary to admins once a day at most, with Flex bars that fit LINE's limits", async () => {
    expect(await runWeeklySummary(deps)).toEqual({ admins: 1 });
    expect(await runWeeklySummary(deps)).toEqual({ admins: 0 });
    const [summary, ...rest] = await deps.deliveries.list({ kind: "progress-summary", limit: 10 });
    expect(rest).toEqual([]);
    expect(checkMessages(summary!.messages)).toEqual([]);
    expect(JSON.stringify(summary!.messages)).toContain("สรุปความคืบหน้าประจำสัปดาห์");
  });
});
