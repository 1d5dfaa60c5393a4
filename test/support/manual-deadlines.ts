/**
 * Deadlines a test expires by hand (see src/deadlines.ts): none passes on its own, however slow
 * the machine, and a test that wants one to pass waits until it has started, then expires it.
 */
import type { Deadline, Deadlines } from "../../src/deadlines";

export interface ManualDeadlines extends Deadlines {
  /** Deadlines started and neither expired nor cancelled, with the `ms` they were given. */
  readonly pending: ReadonlyArray<{ ms: number }>;
  /** Resolves once at least `count` deadlines are pending. */
  started(count?: number): Promise<void>;
  /** Expires every pending deadline (or those of exactly `ms`); returns how many. */
  expire(ms?: number): number;
}

export function createManualDeadlines(): ManualDeadlines {
  const pending: Array<{ ms: number; resolve: () => void }> = [];
  let waiters: Array<{ count: number; resolve: () => void }> = [];
  const notify = () => {
    const ready = waiters.filter((w) => pending.length >= w.count);
    waiters = waiters.filter((w) => pending.length < w.count);
    for (const w of ready) w.resolve();
  };
  const remove = (entry: (typeof pending)[number]) => {
    const i = pending.indexOf(entry);
    if (i >= 0) pending.splice(i, 1);
  };
  return {
    pending,
    after(ms): Deadline {
      let resolve!: () => void;
      const expired = new Promise<void>((r) => (resolve = r));
      const entry = { ms, resolve };
      pending.push(entry);
      notify();
      return { expired, cancel: () => remove(entry) };
    },
    started(count = 1) {
      if (pending.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    expire(ms) {
      const due = pending.filter((p) => ms === undefined || p.ms === ms);
      for (const p of due) {
        remove(p);
        p.resolve();
      }
      return due.length;
    },
  };
}
