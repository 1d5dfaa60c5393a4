/**
 * Runs the scheduled jobs in a local run, where there is no Cloud Scheduler: on every tick, each job
 * whose time has come (in Bangkok) runs once. It understands the three forms the table uses:
 * "every N minutes", "every day HH:MM" and "every <weekday> HH:MM". A job that is still running is
 * not started again. Like Cloud Scheduler, a job at a time of day runs when that time comes while
 * the run is up: starting at 19:00 does not fire the 09:00 reminders at once (they would land in
 * the middle of whatever the person trying the chat page is doing, and a test's outcome would
 * depend on the hour it ran). Interval jobs start on the first tick.
 */
import type { Clock } from "../clock";
import type { ScheduledJob } from "./scheduled-jobs";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

type Parsed = { everyMinutes: number } | { weekday: number | undefined; minuteOfDay: number };

export function parseSchedule(schedule: string): Parsed {
  const every = /^every (\d+) minutes?$/.exec(schedule);
  if (every) return { everyMinutes: Number(every[1]) };
  const at = /^every (day|[a-z]+day) (\d{2}):(\d{2})$/.exec(schedule);
  if (!at) throw new RangeError(`unsupported schedule "${schedule}"`);
  const weekday = at[1] === "day" ? undefined : WEEKDAYS.indexOf(at[1]!);
  if (weekday === -1) throw new RangeError(`unknown weekday in "${schedule}"`);
  return { weekday, minuteOfDay: Number(at[2]) * 60 + Number(at[3]) };
}

/** The key of the slot a job last ran in: a job runs once per key. */
export function dueSlot(schedule: string, now: Date): string | undefined {
  const parsed = parseSchedule(schedule);
  const bangkok = new Date(now.getTime() + BANGKOK_OFFSET_MS);
  if ("everyMinutes" in parsed) return String(Math.floor(now.getTime() / (parsed.everyMinutes * 60_000)));
  const minute = bangkok.getUTCHours() * 60 + bangkok.getUTCMinutes();
  if (minute < parsed.minuteOfDay) return undefined;
  if (parsed.weekday !== undefined && bangkok.getUTCDay() !== parsed.weekday) return undefined;
  return bangkok.toISOString().slice(0, 10);
}

export function createLocalScheduler<S>(opts: {
  jobs: Record<string, Omit<ScheduledJob, "run"> & { run(services: S): Promise<unknown> }>;
  services: S;
  clock: Clock;
  onError(job: string, error: unknown): void;
}): { tick(): Promise<void> } {
  const lastSlot = new Map<string, string>();
  const running = new Set<string>();
  const startedAt = opts.clock.now();
  for (const [name, job] of Object.entries(opts.jobs)) {
    const slot = dueSlot(job.schedule, startedAt);
    // Today's slot of a time-of-day job began before the run did: it is not ours to catch up.
    if (slot !== undefined && !("everyMinutes" in parseSchedule(job.schedule))) lastSlot.set(name, slot);
  }
  return {
    async tick() {
      const now = opts.clock.now();
      await Promise.all(
        Object.entries(opts.jobs).map(async ([name, job]) => {
          const slot = dueSlot(job.schedule, now);
          if (slot === undefined || lastSlot.get(name) === slot || running.has(name)) return;
          lastSlot.set(name, slot);
          running.add(name);
          try {
            await job.run(opts.services);
          } catch (error) {
            opts.onError(name, error);
          } finally {
            running.delete(name);
          }
        }),
      );
    },
  };
}
