/**
 * The helper other capabilities (progress and ticket reminders) send through: one outbox delivery
 * per notification, created at most once per dedupe key, sent by the runner against the stand-in.
 */
import { createFixedClock } from "../../src/clock";
import type { LineStandin } from "line-standin";
import { randomIds } from "../../src/ids";
import { createLineApiClient } from "../../src/line/line-api-client";
import { createSender } from "../../src/line/sender";
import { createMemoryLogger } from "../../src/logs";
import { deterministicUuid } from "../../src/ids";
import { createDeliveryStore } from "../../src/outbox/delivery-store";
import { deliveryIdFor, notifyGroup, notifyUsers } from "../../src/outbox/notify";
import { createDeliveryRunner } from "../../src/outbox/run-delivery";
import { COLLECTIONS } from "../../src/store/collections";
import { openTestFirestore, type TestFirestore } from "../support/firestore";
import { STANDIN_TOKEN, startStandinServer } from "../support/standin-server";

const userId = (i: number) => "U" + (0xabc000 + i).toString(16).padStart(32, "0");
const reminder = [{ type: "text" as const, text: "เตือน: กรุณารายงานความคืบหน้ากิจกรรมของหน่วยงานภายในวันศุกร์ค่ะ" }];

describe("notifyUsers / notifyGroup", () => {
  let fs: TestFirestore;
  let standin: LineStandin;
  let closeStandin: () => Promise<void>;
  const clock = createFixedClock(new Date("2025-11-25T02:00:00Z"));
  let deps: Parameters<typeof notifyUsers>[0];
  let runner: ReturnType<typeof createDeliveryRunner>;

  beforeAll(async () => {
    fs = openTestFirestore();
    const line = await startStandinServer({ clock });
    ({ standin } = line);
    closeStandin = line.close;
    const sender = createSender({ client: createLineApiClient({ channelAccessToken: STANDIN_TOKEN, baseURL: line.baseUrl }), logger: createMemoryLogger(), ids: randomIds, baseDelayMs: 1 });
    const store = createDeliveryStore(fs.db, randomIds);
    deps = { outbox: { store }, clock };
    runner = createDeliveryRunner({ store, sender, logger: createMemoryLogger(), clock, sleep: async () => undefined });
  });
  afterAll(async () => {
    await closeStandin();
    await fs.close();
  });
  beforeEach(() => standin.state.reset());

  const recipients = () => standin.state.calls.flatMap((c) => c.to);

  it("creates one delivery per dedupe key, however often a job asks, and sends it once", async () => {
    const ids = Array.from({ length: 700 }, (_, i) => userId(i));
    const n = { kind: "progress-reminder", userIds: [...ids, ids[0] as string], messages: reminder, ref: { unitId: "finance" }, dedupeKey: "2568-11:finance" };
    const first = await notifyUsers(deps, n);
    const again = await notifyUsers(deps, n);
    expect(first).toBe(deliveryIdFor("progress-reminder", "2568-11:finance"));
    expect(again).toBe(first);
    expect(await deps.outbox.store.get(first as string)).toMatchObject({ kind: "progress-reminder", recipientCount: 700, chunkCount: 2, ref: { unitId: "finance" }, createdBy: "system" });
    await runner.runDue();
    await runner.runDue();
    expect(standin.state.calls.map((c) => c.endpoint)).toEqual(["multicast", "multicast"]);
    expect(recipients().sort()).toEqual([...ids].sort());
  });

  it("gives two racing creations of the same delivery the same retry keys, so LINE takes each chunk once", async () => {
    const ids = Array.from({ length: 3 }, (_, i) => userId(1000 + i));
    const n = { kind: "ticket-reminder", userIds: ids, messages: reminder, dedupeKey: "T-0042:day-3" };
    const [a, b] = await Promise.all([notifyUsers(deps, n), notifyUsers(deps, n)]);
    expect(a).toBe(b);
    const [chunk] = await deps.outbox.store.chunks(a as string);
    expect(chunk?.retryKey).toBe(deterministicUuid(`${a}:0`));
    expect(chunk?.retryKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await runner.runDue();
    expect(recipients().sort()).toEqual([...ids].sort());
    const docs = await fs.db.collection(COLLECTIONS.deliveries).where("kind", "==", "ticket-reminder").get();
    expect(docs.size).toBe(1);
  });

  it("without a dedupe key makes a new delivery each time", async () => {
    const n = { kind: "ticket-answer", userIds: [userId(2000)], messages: reminder };
    expect(await notifyUsers(deps, n)).not.toBe(await notifyUsers(deps, n));
    await runner.runDue();
    expect(standin.state.calls.map((c) => c.endpoint)).toEqual(["push", "push"]);
  });

  it("returns nothing when there is nobody to tell, and refuses message counts LINE would refuse", async () => {
    expect(await notifyUsers(deps, { kind: "progress-reminder", userIds: [], messages: reminder })).toBeUndefined();
    await expect(notifyUsers(deps, { kind: "x", userIds: [userId(1)], messages: [] })).rejects.toThrow(RangeError);
    await expect(notifyUsers(deps, { kind: "x", userIds: [userId(1)], messages: Array(6).fill(reminder[0]) })).rejects.toThrow(RangeError);
  });

  it("pushes to a group, and holds a scheduled one until its time", async () => {
    const group = "C" + "2".repeat(32);
    const later = new Date(clock.now().getTime() + 3_600_000);
    await notifyGroup(deps, { kind: "ticket-reminder", groupId: group, messages: reminder, sendAt: later, dedupeKey: "staff-daily" });
    await runner.runDue();
    expect(standin.state.calls).toHaveLength(0);
    clock.advance(3_600_000);
    await runner.runDue();
    expect(standin.state.calls.map((c) => [c.endpoint, c.to])).toEqual([["push", [group]]]);
  });

  it("refuses a delivery ID that is not a safe document ID", async () => {
    await expect(deps.outbox.store.create({ kind: "x", label: "x", audience: { type: "broadcast" }, messages: reminder, sendAt: clock.now(), createdBy: "t" }, clock.now(), { id: "a/b" })).rejects.toThrow(RangeError);
  });
});
