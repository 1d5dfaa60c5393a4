import { createFixedClock, type Clock } from "../../src/clock";
import { createLocalScheduler, dueSlot, parseSchedule } from "../../src/jobs/local-scheduler";
import { SCHEDULED_JOBS } from "../../src/jobs/scheduled-jobs";

/** A scheduler with a 09:00 job and a one-minute job, and the names of the runs so far. */
function dailyAndOften(clock: Clock) {
  const runs: string[] = [];
  const scheduler = createLocalScheduler({
    jobs: {
      daily: { schedule: "every day 09:00", timeoutSeconds: 1, run: async () => runs.push("daily") },
      often: { schedule: "every 1 minutes", timeoutSeconds: 1, run: async () => runs.push("often") },
    },
    services: {},
    clock,
    onError: () => undefined,
  });
  return { runs, scheduler };
}

describe("local scheduler", () => {
  it("understands every schedule the job table uses", () => {
    for (const job of Object.values(SCHEDULED_JOBS)) expect(() => parseSchedule(job.schedule)).not.toThrow();
    expect(() => parseSchedule("0 9 * * *")).toThrow(RangeError);
  });

  it("reads times in Bangkok: 09:00 there is 02:00 UTC", () => {
    expect(dueSlot("every day 09:00", new Date("2026-11-25T01:59:00Z"))).toBeUndefined();
    expect(dueSlot("every day 09:00", new Date("2026-11-25T02:00:00Z"))).toBe("2026-11-25");
    // 23:30 UTC on the 29th is Monday 06:30 the 30th in Bangkok: too early for 08:30.
    expect(dueSlot("every monday 08:30", new Date("2026-11-29T23:30:00Z"))).toBeUndefined();
    expect(dueSlot("every monday 08:30", new Date("2026-11-30T01:30:00Z"))).toBe("2026-11-30");
    expect(dueSlot("every monday 08:30", new Date("2026-12-01T01:30:00Z"))).toBeUndefined();
  });

  it("runs each job once per slot, and again in the next", async () => {
    const clock = createFixedClock(new Date("2026-11-25T01:00:00Z"));
    const { runs, scheduler } = dailyAndOften(clock);
    await scheduler.tick();
    await scheduler.tick();
    expect(runs).toEqual(["often"]);
    clock.advance(60 * 60 * 1000);
    await scheduler.tick();
    await scheduler.tick();
    expect(runs.sort()).toEqual(["daily", "often", "often"]);
    clock.advance(24 * 60 * 60 * 1000);
    await scheduler.tick();
    expect(runs.filter((r) => r === "daily")).toHaveLength(2);
  });

  it("does not catch up a time of day that passed before the run started, as Cloud Scheduler does not", async () => {
    // 19:00 in Bangkok: today's 09:00 has gone; the first tick runs only the interval job.
    const clock = createFixedClock(new Date("2026-11-25T12:00:00Z"));
    const { runs, scheduler } = dailyAndOften(clock);
    await scheduler.tick();
    expect(runs).toEqual(["often"]);
    // The next morning at 09:00 it runs.
    clock.advance(14 * 60 * 60 * 1000);
    await scheduler.tick();
    expect(runs).toContain("daily");
  });

  it("reports a failing job and keeps the others running", async () => {
    const errors: string[] = [];
    const runs: string[] = [];
    const scheduler = createLocalScheduler({
      jobs: {
        broken: { schedule: "every 1 minutes", timeoutSeconds: 1, run: async () => Promise.reject(new Error("boom")) },
        fine: { schedule: "every 1 minutes", timeoutSeconds: 1, run: async () => runs.push("fine") },
      },
      services: {},
      clock: createFixedClock(new Date()),
      onError: (job) => errors.push(job),
    });
    await scheduler.tick();
    expect(errors).toEqual(["broken"]);
    expect(runs).toEqual(["fine"]);
  });
});
