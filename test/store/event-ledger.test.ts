import { createEventLedger } from "../../src/store/event-ledger";
import { openTestFirestore, type TestFirestore } from "../support/firestore";

describe("event ledger (embedded Firestore)", () => {
  let fs: TestFirestore;
  beforeAll(() => {
    fs = openTestFirestore();
  });
  afterAll(() => fs.close());

  const t0 = new Date("2026-11-25T03:00:00Z");
  const meta = { kind: "text", isRedelivery: false };

  it("lets exactly one of two claims on the same event through", async () => {
    const ledger = createEventLedger(fs.db);
    const results = await Promise.all([ledger.claim("ev-1", t0, meta), ledger.claim("ev-1", t0, meta)]);
    expect(results.sort()).toEqual(["claimed", "in-flight"]);
  });

  it("sorts out claims arriving together: a finished event among them is a duplicate, a double claim loses", async () => {
    // They share one group commit, which the finished event makes Firestore refuse; the emulator
    // has by then written the claim before it (its commits are not atomic), which that claimer
    // must still recognise as its own.
    const ledger = createEventLedger(fs.db);
    expect(await ledger.claim("ev-g0", t0, meta)).toBe("claimed");
    await ledger.complete("ev-g0", t0);
    const results = await Promise.all(
      ["ev-g1", "ev-g0", "ev-g2", "ev-g2"].map((id) => ledger.claim(id, t0, { ...meta, isRedelivery: id === "ev-g0" })),
    );
    expect(results).toEqual(["claimed", "duplicate", "claimed", "in-flight"]);
  });

  it("never hands out a completed event again, even long after", async () => {
    const ledger = createEventLedger(fs.db, { leaseMs: 1000 });
    expect(await ledger.claim("ev-2", t0, meta)).toBe("claimed");
    await ledger.complete("ev-2", t0);
    expect(await ledger.claim("ev-2", new Date(t0.getTime() + 3_600_000), { ...meta, isRedelivery: true })).toBe("duplicate");
  });

  it("gives an abandoned claim (the process died) to a redelivery once its lease has run out", async () => {
    const ledger = createEventLedger(fs.db, { leaseMs: 60_000 });
    expect(await ledger.claim("ev-3", t0, meta)).toBe("claimed");
    expect(await ledger.claim("ev-3", new Date(t0.getTime() + 30_000), meta)).toBe("in-flight");
    expect(await ledger.claim("ev-3", new Date(t0.getTime() + 61_000), { ...meta, isRedelivery: true })).toBe("claimed");
    const doc = (await fs.db.collection("webhookEvents").doc("ev-3").get()).data();
    expect(doc).toMatchObject({ state: "processing", attempts: 2, redelivered: true });
  });

  it("commits the writes an event left for its completion in the same batch as the done mark", async () => {
    const ledger = createEventLedger(fs.db);
    const counter = fs.db.collection("ledgerTestCounters").doc("c1");
    const { FieldValue } = await import("firebase-admin/firestore");
    await ledger.claim("ev-5", t0, meta);
    await ledger.complete("ev-5", t0, [(batch) => batch.set(counter, { n: FieldValue.increment(1) }, { merge: true })]);
    expect((await fs.db.collection("webhookEvents").doc("ev-5").get()).data()?.state).toBe("done");
    expect((await counter.get()).data()).toEqual({ n: 1 });
    // All or nothing: completing an event that was never claimed fails, and its writes with it.
    await expect(ledger.complete("ev-never-claimed", t0, [(batch) => batch.set(counter, { n: FieldValue.increment(1) }, { merge: true })])).rejects.toThrow();
    expect((await counter.get()).data()).toEqual({ n: 1 });
  });

  it("gives a released event back at once", async () => {
    const ledger = createEventLedger(fs.db);
    await ledger.claim("ev-4", t0, meta);
    await ledger.release("ev-4", t0, "store unavailable");
    expect(await ledger.claim("ev-4", t0, meta)).toBe("claimed");
  });
});
