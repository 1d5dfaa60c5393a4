/**
 * Scripted failures for the next API calls, so tests can drive a bot's retry and timeout paths
 * (500s, 429s, slow or held answers, or an answer lost after LINE already accepted the request).
 */

export interface Fault {
  /** Answer with this status instead of the real answer. */
  status?: number;
  /** Body for {@link status}; defaults to a LINE-shaped body for that status. */
  body?: unknown;
  /** Wait this long before answering (alone: a slow but otherwise normal answer). */
  delayMs?: number;
  /**
   * Hold the call until this settles, then go on as with {@link delayMs}: a gate the test opens,
   * so "LINE answers after the bot gave up" does not depend on how fast the machine is.
   */
  until?: Promise<unknown>;
  /**
   * Process the request for real (record it, accept its retry key) and only then wait and answer
   * with {@link status} (or the real answer, when no status is given): the "LINE sent it but the
   * response was lost or late" case a retry key exists for.
   */
  afterAccept?: boolean;
  /** Only calls whose path (relative to the stand-in's mount point) matches are affected. */
  path?: string | RegExp;
  /** Only calls with this HTTP method are affected. */
  method?: string;
}

interface PendingFault {
  fault: Fault;
  remaining: number;
}

export class FaultInjector {
  private readonly pending: PendingFault[] = [];

  /** The next `count` matching calls get `fault`; faults queue in the order they were added. */
  failNext(count: number, fault: Fault): void {
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`failNext count must be a positive integer, got ${count}`);
    this.pending.push({ fault, remaining: count });
  }

  /** Takes the fault for this call, if one matches, and counts it down. */
  take(method: string, path: string): Fault | undefined {
    const index = this.pending.findIndex(({ fault }) => matches(fault, method, path));
    const entry = this.pending[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.pending.splice(index, 1);
    return entry.fault;
  }

  /** Faults not yet consumed; a test can assert its script ran out. */
  get remaining(): number {
    return this.pending.reduce((sum, entry) => sum + entry.remaining, 0);
  }

  clear(): void {
    this.pending.length = 0;
  }
}

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) return false;
  if (fault.path === undefined) return true;
  return typeof fault.path === "string" ? path === fault.path || path.startsWith(`${fault.path}/`) : fault.path.test(path);
}
