/**
 * Runs deliveries: sends every pending chunk with its stored retry key and records the outcome
 * chunk by chunk, so a run that dies half-way is resumed by the next run without repeating or
 * skipping anyone. Called by a Firestore trigger when a delivery is created, by a schedule for
 * what is due, and locally by a timer; all three may overlap, the lease keeps them apart.
 */
import type { Clock } from "../clock";
import type { Logger } from "../logs";
import type { Sender, SendResult } from "../line/sender";
import type { Delivery, DeliveryChunk } from "./delivery";
import type { DeliveryStore } from "./delivery-store";

export interface DeliveryRunnerDeps {
  store: DeliveryStore;
  sender: Sender;
  logger: Logger;
  clock: Clock;
  /** Pause between multicast calls (LINE allows 200/s); injected so tests run fast. */
  sleep?: (ms: number) => Promise<void>;
  leaseMs?: number;
}

export interface DeliveryRunner {
  /** Runs one delivery if it is due and free; returns it as it stands afterwards. */
  run(id: string): Promise<Delivery | undefined>;
  /** Runs everything due now; returns how many deliveries it finished. */
  runDue(): Promise<number>;
}

const BROADCASTS_PER_HOUR = 60;
const MULTICAST_SPACING_MS = 5;
const HOUR_MS = 60 * 60 * 1000;

export function createDeliveryRunner(deps: DeliveryRunnerDeps): DeliveryRunner {
  const { store, sender, logger, clock } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const leaseMs = deps.leaseMs ?? 5 * 60 * 1000;

  async function sendChunk(delivery: Delivery, chunk: DeliveryChunk): Promise<SendResult> {
    const [first] = chunk.to;
    switch (delivery.audienceType) {
      case "broadcast":
        return sender.broadcast(delivery.messages, { retryKey: chunk.retryKey });
      case "group":
        return sender.push(first ?? "", delivery.messages, { retryKey: chunk.retryKey });
      case "users":
        return chunk.to.length === 1
          ? sender.push(first ?? "", delivery.messages, { retryKey: chunk.retryKey })
          : (await sender.multicast(chunk.to, delivery.messages, { retryKeys: [chunk.retryKey] }))[0]!;
    }
  }

  async function run(id: string): Promise<Delivery | undefined> {
    if (!(await store.claim(id, clock.now(), leaseMs))) return store.get(id);
    const delivery = (await store.get(id))!;
    for (const chunk of await store.chunks(id)) {
      if (chunk.status !== "pending") continue;
      if (delivery.audienceType === "broadcast") {
        const recent = await store.broadcastsSince(new Date(clock.now().getTime() - HOUR_MS));
        if (recent >= BROADCASTS_PER_HOUR) {
          logger.warn("delivery.rate_limited", { deliveryId: id, recent });
          await store.postpone(id, new Date(clock.now().getTime() + 5 * 60 * 1000));
          return store.get(id);
        }
      }
      const result = await sendChunk(delivery, chunk);
      const status = result.error?.status;
      if (result.status === "sent") {
        await store.markChunk(id, chunk.index, { status: "sent", broadcast: delivery.audienceType === "broadcast" }, clock.now());
      } else if (status !== undefined && status >= 400 && status < 500 && status !== 429) {
        // LINE refused the request itself (e.g. a push to someone who blocked the bot): final.
        await store.markChunk(id, chunk.index, { status: "failed", lineStatus: status, error: result.error?.message }, clock.now());
      } else {
        // Out of retries on a transient failure: stop here; the next run resumes with the same keys.
        logger.warn("delivery.interrupted", { deliveryId: id, chunk: chunk.index, status });
        await store.postpone(id, new Date(clock.now().getTime() + 60 * 1000));
        return store.get(id);
      }
      if (delivery.audienceType === "users" && chunk.to.length > 1) await sleep(MULTICAST_SPACING_MS);
    }
    const done = await store.finish(id, clock.now());
    logger.info("delivery.finished", { deliveryId: id, kind: done.kind, status: done.status, chunks: done.chunkCount, failed: done.failedChunks });
    return done;
  }

  return {
    run,
    async runDue() {
      let finished = 0;
      for (const d of await store.due(clock.now())) {
        const after = await run(d.id);
        if (after && (after.status === "sent" || after.status === "partial")) finished++;
      }
      return finished;
    },
  };
}
