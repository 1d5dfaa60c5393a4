/**
 * Deliveries against the LINE stand-in and the embedded Firestore: chunking, exactly-once across a
 * crash and a resume, rate-limited broadcast, blocked recipients, cancelling, and two runners.
 */
import { createFixedClock } from "../../src/clock";
import type { LineStandin } from "line-standin";
import { randomIds } from "../../src/ids";
import { createLineApiClient } from "../../src/line/line-api-client";
import { createSender, type Sender } from "../../src/line/sender";
import { createMemoryLogger } from "../../src/logs";
import { createDeliveryStore } from "../../src/outbox/delivery-store";
import { createDeliveryRunner } from "../../src/outbox/run-delivery";
import { openTestFirestore, type TestFirestore } from "../support/firestore";
import { STANDIN_TOKEN, startStandinServer } from "../support/standin-server";

const userId = (i: number) => "U" + i.toString(16).padStart(32, "0");
const hello = [{ type: "text" as const, text: "ประกาศ: ประชุมประชาคม 1 ธ.ค. 2569" }];

describe("delivery runner", () => {
  let fs: TestFirestore;
  let standin: LineStandin;
  let closeStandin: () => Promise<void>;
  let sender: Sender;
  const clock = createFixedClock(new Date("2026-11-25T02:00:00Z"));

  beforeAll(async () => {
    fs = openTestFirestore();
    const line = await startStandinServer({ clock });
    ({ standin } = line);
    closeStandin = line.close;
    sender = createSender({
      client: createLineApiClient({ channelAccessToken: STANDIN_TOKEN, baseURL: line.baseUrl }),
      logger: createMemoryLogger(),
      ids: randomIds,
      baseDelayMs: 1,
      maxAttempts: 2,
    });
  });
  afterAll(async () => {
    await closeStandin();
    await fs.close();
  });
  beforeEach(() => standin.state.reset());

  const setup = (s: Sender = sender) => {
    const store = createDeliveryStore(fs.db, randomIds);
    const runner = createDeliveryRunner({ store, sender: s, logger: createMemoryLogger(), clock, sleep: async () => undefined, leaseMs: 60_000 });
    return { store, runner };
  };
  const recipients = () => standin.state.calls.flatMap((c) => (c.endpoint === "multicast" || c.endpoint === "push" ? c.to : []));

  it("sends to 10,000 officers in 20 multicast calls, each person once", async () => {
    const { store, runner } = setup();
    const ids = Array.from({ length: 10_000 }, (_, i) => userId(i));
    const id = await store.create({ kind: "announcement", label: "t", audience: { type: "users", userIds: ids }, messages: hello, sendAt: clock.now(), createdBy: "admin" }, clock.now());
    const done = await runner.run(id);
    expect(done).toMatchObject({ status: "sent", chunkCount: 20, sentChunks: 20, recipientCount: 10_000 });
    expect(standin.state.calls.filter((c) => c.endpoint === "multicast")).toHaveLength(20);
    expect(recipients().sort()).toEqual([...ids].sort());
  });

  it("resumes after a crash between chunks: every recipient exactly once, none skipped", async () => {
    let calls = 0;
    // The process "dies" right after LINE accepted the third chunk, before it was marked sent.
    const crashing: Sender = {
      ...sender,
      multicast: async (to, messages, o) => {
        const result = await sender.multicast(to, messages, o);
        if (++calls === 3) throw new Error("process killed");
        return result;
      },
    };
    const ids = Array.from({ length: 2_300 }, (_, i) => userId(50_000 + i));
    const first = setup(crashing);
    const id = await first.store.create({ kind: "announcement", label: "t", audience: { type: "users", userIds: ids }, messages: hello, sendAt: clock.now(), createdBy: "admin" }, clock.now());
    await expect(first.runner.run(id)).rejects.toThrow("process killed");
    expect((await first.store.chunks(id)).map((c) => c.status)).toEqual(["sent", "sent", "pending", "pending", "pending"]);

    // A second runner right away finds the lease held and does nothing…
    const second = setup();
    expect((await second.runner.run(id))?.status).toBe("sending");
    // …and once the lease has run out, the schedule resumes it with the stored retry keys.
    clock.advance(61_000);
    expect(await second.runner.runDue()).toBe(1);
    expect((await second.store.get(id))?.status).toBe("sent");
    expect(recipients().sort()).toEqual([...ids].sort());
    expect(new Set(standin.state.calls.map((c) => c.retryKey)).size).toBe(5);
  });

  it("picks up a transient LINE outage on the next run with the same retry keys", async () => {
    const { store, runner } = setup();
    standin.state.failNext(2, { status: 503, path: /multicast/ });
    const ids = Array.from({ length: 3 }, (_, i) => userId(70_000 + i));
    const id = await store.create({ kind: "reminder", label: "t", audience: { type: "users", userIds: ids }, messages: hello, sendAt: clock.now(), createdBy: "system" }, clock.now());
    expect((await runner.run(id))?.status).toBe("sending");
    const [chunk] = await store.chunks(id);
    clock.advance(61_000);
    await runner.runDue();
    expect((await store.get(id))?.status).toBe("sent");
    expect(standin.state.calls.map((c) => c.retryKey)).toEqual([chunk?.retryKey]);
  });

  it("records a push to someone who blocked the bot as failed, and finishes the rest", async () => {
    const { store, runner } = setup();
    standin.state.block(userId(9));
    const blocked = await store.create({ kind: "ticket-answer", label: "t", audience: { type: "users", userIds: [userId(9)] }, messages: hello, sendAt: clock.now(), createdBy: "staff" }, clock.now());
    const done = await runner.run(blocked);
    expect(done).toMatchObject({ status: "partial", failedChunks: 1 });
    expect((await store.chunks(blocked))[0]).toMatchObject({ status: "failed", lineStatus: 400 });
  });

  it("does not send a scheduled delivery before its time, and never after it is cancelled", async () => {
    const { store, runner } = setup();
    const later = new Date(clock.now().getTime() + 3_600_000);
    const id = await store.create({ kind: "announcement", label: "t", audience: { type: "broadcast" }, messages: hello, sendAt: later, createdBy: "admin" }, clock.now());
    expect(await runner.runDue()).toBe(0);
    expect(await store.cancel(id, "admin", clock.now())).toBe(true);
    clock.advance(2 * 3_600_000);
    expect(await runner.runDue()).toBe(0);
    expect(standin.state.calls).toHaveLength(0);
    expect(await store.cancel(id, "admin", clock.now())).toBe(false);
  });

  it("broadcasts once, and holds broadcasts back past LINE's 60 an hour", async () => {
    const { store, runner } = setup();
    const id = await store.create({ kind: "announcement", label: "t", audience: { type: "broadcast" }, messages: hello, sendAt: clock.now(), createdBy: "admin" }, clock.now());
    expect((await runner.run(id))?.status).toBe("sent");
    expect(standin.state.calls.map((c) => c.endpoint)).toEqual(["broadcast"]);
    for (let i = 0; i < 59; i++) {
      const extra = await store.create({ kind: "announcement", label: "t", audience: { type: "broadcast" }, messages: hello, sendAt: clock.now(), createdBy: "admin" }, clock.now());
      await runner.run(extra);
    }
    const held = await store.create({ kind: "announcement", label: "t", audience: { type: "broadcast" }, messages: hello, sendAt: clock.now(), createdBy: "admin" }, clock.now());
    expect((await runner.run(held))?.status).toBe("sending");
    expect(standin.state.calls.filter((c) => c.endpoint === "broadcast")).toHaveLength(60);
  });
});
