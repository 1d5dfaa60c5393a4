/**
 * How long a page (the public page, a progress report) may wait on the store before it answers
 * 503: with Firestore down, the client library keeps retrying for most of a minute, and a visitor
 * should hear "try again" within a few seconds instead (issue 14).
 */
import { withDeadline, type Deadlines } from "../deadlines";

export const PAGE_DEADLINE_MS = 5000;

/** Thrown when a page's work did not finish within {@link PAGE_DEADLINE_MS}. */
export class PageTimeoutError extends Error {
  override name = "PageTimeoutError";
  /** Express and ./error-answers.ts read this as the answer's status. */
  readonly status = 503;
}

/** `work`, or a {@link PageTimeoutError} once the page's deadline passes first. */
export function withinPageDeadline<T>(deadlines: Deadlines, work: Promise<T>): Promise<T> {
  return withDeadline(deadlines, PAGE_DEADLINE_MS, work, () => {
    throw new PageTimeoutError(`no answer from the store in ${PAGE_DEADLINE_MS} ms`);
  });
}
