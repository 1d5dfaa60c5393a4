/**
 * Deadlines (how long a webhook request, a LINE call or a page may take), passed in like the
 * clock. Production uses timers; tests use deadlines they expire by hand, so no outcome depends on
 * how fast a busy machine happens to be: a test that wants a deadline hit says so, and one that
 * does not can never hit it by being slow.
 */
export interface Deadline {
  /** Resolves when the deadline has passed; never rejects. */
  readonly expired: Promise<void>;
  /** Stops the deadline (its work finished in time); `expired` then never resolves. */
  cancel(): void;
}

export interface Deadlines {
  /** A deadline `ms` from now. */
  after(ms: number): Deadline;
}

export const timerDeadlines: Deadlines = {
  after(ms) {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });
    return { expired, cancel: () => clearTimeout(timer) };
  },
};

/**
 * Races `work` against a deadline of `ms`: the work's result, or `onTimeout()`'s once the deadline
 * passes first. The deadline is cancelled either way; the work itself is not stopped.
 */
export async function withDeadline<T, U>(deadlines: Deadlines, ms: number, work: Promise<T>, onTimeout: () => U): Promise<T | U> {
  const deadline = deadlines.after(ms);
  try {
    return await Promise.race([work, deadline.expired.then(onTimeout)]);
  } finally {
    deadline.cancel();
  }
}
