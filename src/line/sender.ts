/**
 * The one module that sends messages to LINE. Handlers return messages; this decides how they go:
 * - reply first (free, and the only way that does not count against the monthly quota);
 * - push and multicast carry an `X-Line-Retry-Key` that is generated once and reused on every
 *   retry, so a retry after a timeout can never deliver twice (LINE answers 409 for a key it has
 *   accepted: that counts as sent);
 * - 429 and 5xx (and timeouts) are retried with exponential backoff, honouring `Retry-After`;
 * - a reply has no retry key, so a reply attempt that got no definite answer (5xx, timeout) may
 *   have been delivered: a later "Invalid reply token" then means our own earlier attempt used the
 *   token, and counts as delivered, never as a reason to push the same messages again;
 * - a reply token that was already unusable before any attempt (a redelivered event's) falls back
 *   to push when the caller asks, with the caller's retry key (derived from the event, so a second
 *   delivery of the event cannot push twice).
 * https://developers.line.biz/en/reference/messaging-api/#retry-api-request
 */
import { HTTPFetchError } from "@line/bot-sdk";
import { timerDeadlines, withDeadline, type Deadlines } from "../deadlines";
import { deterministicUuid, type Ids } from "../ids";
import type { Logger } from "../logs";
import type { Message } from "./message-types";
import { LINE_LIMITS } from "./limits";
import type { LineApiClient } from "./line-api-client";

export interface SenderOptions {
  client: LineApiClient;
  logger: Logger;
  ids: Ids;
  /** Attempts per call, the first included. */
  maxAttempts?: number;
  /** Delay before the first retry; doubles each time. */
  baseDelayMs?: number;
  /** A call that has not answered by then is treated like a 5xx and retried (with the same key). */
  timeoutMs?: number;
  /** Where that timeout comes from: timers, or a test's own (src/deadlines.ts). */
  deadlines?: Deadlines;
  sleep?: (ms: number) => Promise<void>;
}

export interface ReplyOptions {
  /**
   * The chat the reply goes to, and a retry key derived from the event: messages beyond the first
   * five follow there by push (one reply carries five at most).
   */
  chat?: { to: string; retryKey: string };
  /**
   * Push everything to `chat` when LINE refused the reply token before any attempt of ours could
   * have used it (a redelivered event's token has usually expired).
   */
  pushIfTokenRefused?: boolean;
}

export interface SendResult {
  /**
   * "sent" also covers a 409 for a retry key LINE had already accepted, and a reply whose token
   * was refused after an attempt of ours that got no definite answer (`uncertain`).
   */
  status: "sent" | "failed";
  /**
   * An attempt got no definite answer (5xx, timeout, connection lost): LINE may have accepted it.
   * On "failed", sending the same messages again without a retry key may deliver them twice.
   */
  uncertain?: boolean;
  retryKey?: string;
  error?: SendError;
}

export interface Sender {
  reply(replyToken: string, messages: Message[], opts?: ReplyOptions): Promise<SendResult>;
  push(to: string, messages: Message[], opts?: { retryKey?: string }): Promise<SendResult>;
  /** Sends to many users, ≤ 500 per call, one retry key per chunk (given or generated). */
  multicast(to: string[], messages: Message[], opts?: { retryKeys?: string[] }): Promise<SendResult[]>;
  /** Sends to every friend of the account (LINE allows 60 calls an hour). */
  broadcast(messages: Message[], opts?: { retryKey?: string }): Promise<SendResult>;
}

/** A failed LINE call, with what is needed to look it up with LINE support. */
export class SendError extends Error {
  override name = "SendError";
  constructor(
    readonly endpoint: string,
    readonly status: number | undefined,
    readonly lineRequestId: string | undefined,
    readonly body: string | undefined,
    cause?: unknown,
  ) {
    super(`LINE ${endpoint} failed${status ? ` with ${status}` : ""}${body ? `: ${body.slice(0, 300)}` : ""}`, { cause });
  }
}

class TimeoutError extends Error {
  override name = "TimeoutError";
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isRetryable(err: unknown): boolean {
  if (err instanceof HTTPFetchError) return err.status === 429 || err.status >= 500;
  return true; // network failures and timeouts
}

function retryAfterMs(err: unknown): number | undefined {
  if (!(err instanceof HTTPFetchError)) return undefined;
  const value = err.headers?.get?.("retry-after");
  const seconds = value ? Number(value) : NaN;
  return Number.isFinite(seconds) ? Math.min(seconds * 1000, 60_000) : undefined;
}

function toSendError(endpoint: string, err: unknown): SendError {
  if (err instanceof HTTPFetchError) {
    return new SendError(endpoint, err.status, err.headers?.get?.("x-line-request-id") ?? undefined, err.body, err);
  }
  return new SendError(endpoint, undefined, undefined, err instanceof Error ? err.message : String(err), err);
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function createSender(opts: SenderOptions): Sender {
  const { client, logger, ids } = opts;
  const maxAttempts = opts.maxAttempts ?? 4;
  const baseDelayMs = opts.baseDelayMs ?? 250;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const sleep = opts.sleep ?? sleepFor;

  const deadlines = opts.deadlines ?? timerDeadlines;

  async function withTimeout<T>(p: Promise<T>): Promise<T> {
    return withDeadline(deadlines, timeoutMs, p, () => {
      throw new TimeoutError(`no answer in ${timeoutMs} ms`);
    });
  }

  /** Runs `call` until it succeeds, fails for good, or attempts run out. */
  async function attempt(endpoint: string, call: () => Promise<unknown>, retryKey?: string): Promise<SendResult> {
    let uncertain = false;
    for (let n = 1; ; n++) {
      try {
        await withTimeout(call());
        return { status: "sent", retryKey };
      } catch (err) {
        if (retryKey && err instanceof HTTPFetchError && err.status === 409) {
          logger.info("line.send.already_accepted", {
            endpoint,
            retryKey,
            acceptedRequestId: err.headers?.get?.("x-line-accepted-request-id") ?? undefined,
          });
          return { status: "sent", retryKey };
        }
        const error = toSendError(endpoint, err);
        if (!(err instanceof HTTPFetchError) || err.status >= 500) uncertain = true;
        const retry = isRetryable(err) && n < maxAttempts;
        logger.warn(retry ? "line.send.retrying" : "line.send.failed", {
          endpoint,
          attempt: n,
          status: error.status,
          lineRequestId: error.lineRequestId,
          body: error.body?.slice(0, 500),
          retryKey,
        });
        if (!retry) return { status: "failed", retryKey, error, ...(uncertain ? { uncertain } : {}) };
        const backoff = baseDelayMs * 2 ** (n - 1);
        await sleep(retryAfterMs(err) ?? backoff + Math.floor(Math.random() * baseDelayMs));
      }
    }
  }

  async function push(to: string, messages: Message[], o: { retryKey?: string } = {}): Promise<SendResult> {
    let last: SendResult = { status: "sent" };
    const batches = chunk(messages, LINE_LIMITS.messagesPerRequest);
    for (const [i, batch] of batches.entries()) {
      // Later batches' keys follow from a given key, so a retry of the whole push reuses them too.
      const retryKey = o.retryKey ? (i === 0 ? o.retryKey : deterministicUuid(`${o.retryKey}/${i}`)) : ids.uuid();
      last = await attempt("push", () => client.pushMessage({ to, messages: batch }, retryKey), retryKey);
      if (last.status === "failed") return last;
    }
    return last;
  }

  async function reply(replyToken: string, messages: Message[], o: ReplyOptions = {}): Promise<SendResult> {
    const [first, ...rest] = chunk(messages, LINE_LIMITS.messagesPerRequest);
    if (!first) return { status: "sent" };
    let result = await attempt("reply", () => client.replyMessage({ replyToken, messages: first }));
    if (result.status === "failed" && result.error?.status === 400 && /reply token/i.test(result.error.body ?? "")) {
      if (result.uncertain) {
        // Our own earlier attempt used the token; its answer was lost, not the messages.
        logger.info("line.reply.presumed_delivered", { lineRequestId: result.error.lineRequestId });
        result = { status: "sent", uncertain: true };
      } else if (o.chat && o.pushIfTokenRefused) {
        logger.info("line.reply.fallback_to_push", { to: o.chat.to });
        result = await push(o.chat.to, first, { retryKey: o.chat.retryKey });
      }
    }
    if (rest.length === 0 || result.status !== "sent") return result;
    // More than five messages: the rest cannot ride on the reply token, so they follow by push.
    if (!o.chat) {
      logger.warn("line.reply.truncated", { dropped: rest.flat().length });
      return result;
    }
    return push(o.chat.to, rest.flat(), { retryKey: deterministicUuid(`${o.chat.retryKey}/rest`) });
  }

  async function multicast(to: string[], messages: Message[], o: { retryKeys?: string[] } = {}): Promise<SendResult[]> {
    const results: SendResult[] = [];
    for (const [i, recipients] of chunk(to, LINE_LIMITS.multicastRecipients).entries()) {
      const retryKey = o.retryKeys?.[i] ?? ids.uuid();
      results.push(await attempt("multicast", () => client.multicast({ to: recipients, messages }, retryKey), retryKey));
    }
    return results;
  }

  async function broadcast(messages: Message[], o: { retryKey?: string } = {}): Promise<SendResult> {
    const retryKey = o.retryKey ?? ids.uuid();
    return attempt("broadcast", () => client.broadcast({ messages }, retryKey), retryKey);
  }

  return { reply, push, multicast, broadcast };
}
