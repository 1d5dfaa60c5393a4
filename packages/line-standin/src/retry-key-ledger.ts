/**
 * LINE's memory of `X-Line-Retry-Key`s: a key accepted once answers 409 for 24 hours, naming the
 * first request. This is what lets a bot retry a push after a timeout without sending it twice.
 */

const RETRY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AcceptedRetry {
  requestId: string;
  at: number;
  /** What the first request answered, so a duplicate push can repeat its `sentMessages`. */
  sentMessages?: unknown[];
}

/** LINE only accepts UUIDs (hex, with dashes) as retry keys. */
export function isRetryKey(value: string): boolean {
  return UUID.test(value);
}

export class RetryKeyLedger {
  private readonly accepted = new Map<string, AcceptedRetry>();

  constructor(private readonly now: () => Date) {}

  /** The earlier acceptance of this key, if it is still remembered. */
  find(key: string): AcceptedRetry | undefined {
    const entry = this.accepted.get(key.toLowerCase());
    if (!entry || this.now().getTime() - entry.at >= RETRY_KEY_TTL_MS) return undefined;
    return entry;
  }

  accept(key: string, requestId: string, sentMessages?: unknown[]): void {
    this.accepted.set(key.toLowerCase(), { requestId, at: this.now().getTime(), sentMessages });
  }

  clear(): void {
    this.accepted.clear();
  }
}
