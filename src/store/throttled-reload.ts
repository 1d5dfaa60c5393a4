/**
 * Keeping an in-memory copy of something in Firestore fresh without reading it on every event: a
 * reload runs at most every `checkEveryMs` of the given clock (the reload itself compares a version
 * document and stops there when nothing changed), at once after `invalidate()` (a change made on
 * this instance), and callers arriving during a reload share it. A failed reload is logged and
 * retried at the next call; the copy in memory keeps serving meanwhile.
 */
import type { Clock } from "../clock";
import type { Logger } from "../logs";

export interface ThrottledReload {
  /** Reloads if the interval has passed or the copy was invalidated; resolves when it is fresh enough. */
  refresh(): Promise<void>;
  invalidate(): void;
}

export function createThrottledReload(opts: { reload: () => Promise<void>; clock: Clock; logger: Logger; checkEveryMs: number; failure: string }): ThrottledReload {
  let lastCheck = -Infinity;
  let stale = true;
  let inFlight: Promise<void> | undefined;
  return {
    invalidate() {
      stale = true;
    },
    async refresh() {
      const now = opts.clock.now().getTime();
      if (!stale && now - lastCheck < opts.checkEveryMs) return;
      inFlight ??= (async () => {
        lastCheck = now;
        stale = false;
        try {
          await opts.reload();
        } catch (error) {
          stale = true;
          opts.logger.warn(opts.failure, { error });
        } finally {
          inFlight = undefined;
        }
      })();
      await inFlight;
    },
  };
}
