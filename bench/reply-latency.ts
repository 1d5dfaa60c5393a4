/**
 * Reply latency by kind of event, one event at a time: from the moment LINE posts the webhook to
 * the moment the bot's reply reaches LINE (what a citizen waits for), and to the webhook's answer.
 * Measured with Firestore behind the delay proxy at 0 ms and at a fixed round-trip time, the
 * difference divided by that RTT is the number of Firestore round trips the bot makes one after
 * another before it replies. On a busy shared machine single latencies are noisy (a process may
 * wait tens of milliseconds for a core), so the two delays alternate event by event on the same
 * bot process and connection, and the count comes from the median of the paired differences:
 * load that comes and goes falls on both alike.
 */
import type { LineStandin } from "line-standin";

/** What a simulated user sends (the stand-in's input type, which its package does not export by name). */
export type UserInput = Parameters<LineStandin["sendAsUser"]>[1];

/** One event to time: who sends what. */
export interface Sample {
  userId: string;
  input: UserInput;
}

export interface KindScenario<S = Sample> {
  kind: string;
  /** What the event is, for the table. */
  description: string;
  /** The reply the event must get (its first message's text or altText): a wrong reply is an error, not a sample. */
  expect: RegExp;
  /** Unmeasured events that make the measured ones what they claim to be (a draft, a known sender). */
  prepare: Sample[];
  samples: S[];
}

interface Reply {
  at: number;
  text: string;
}

const textOf = (message: unknown): string => {
  const m = message as { text?: unknown; altText?: unknown };
  return String(m.text ?? m.altText ?? "");
};

/** Resolves with performance.now() and the text when the next reply in `chatId` reaches the stand-in. */
function watchReplies(standin: LineStandin): { next(chatId: string): Promise<Reply>; stop(): void } {
  const waiting = new Map<string, (reply: Reply) => void>();
  const stop = standin.state.subscribe((e) => {
    if (e.kind !== "entry" || e.entry.from !== "bot" || e.entry.endpoint !== "reply") return;
    const resolve = waiting.get(e.chatId);
    if (resolve) {
      waiting.delete(e.chatId);
      resolve({ at: performance.now(), text: textOf(e.entry.message) });
    }
  });
  return {
    next: (chatId) => new Promise((resolve) => waiting.set(chatId, resolve)),
    stop,
  };
}

export interface Timed {
  replyMs: number;
  webhookMs: number;
}

/** Sends one event and times it; `undefined` when it was not answered 200 or got a reply other than `expect`. */
export async function timeOne(standin: LineStandin, { userId, input }: Sample, expect: RegExp, log: (line: string) => void): Promise<Timed | undefined> {
  const watch = watchReplies(standin);
  try {
    const replied = watch.next(userId);
    const t0 = performance.now();
    const r = await standin.sendAsUser(userId, input);
    const answeredAt = performance.now();
    // The reply goes out before the webhook is answered, so it has arrived by now if it came.
    const reply = await Promise.race([replied, new Promise<undefined>((resolve) => setTimeout(resolve, 50))]);
    if (r.status !== 200 || !reply || !expect.test(reply.text)) {
      log(`unexpected outcome for ${JSON.stringify(input).slice(0, 80)}: status ${r.status}, reply ${JSON.stringify(reply?.text.slice(0, 80))}`);
      return undefined;
    }
    return { replyMs: reply.at - t0, webhookMs: answeredAt - t0 };
  } finally {
    watch.stop();
  }
}

/** Sends the scenario's unmeasured events (their outcome is not checked: the samples show it). */
export async function prepare(standin: LineStandin, scenario: Pick<KindScenario, "prepare">): Promise<void> {
  for (const { userId, input } of scenario.prepare) await standin.sendAsUser(userId, input);
}
