import type { DocumentReference, DocumentSnapshot, WriteBatch } from "firebase-admin/firestore";
import { createCoalescingFirestore } from "../../src/store/coalescing-firestore";
import { openTestFirestore, type TestFirestore } from "../support/firestore";

describe("coalescing Firestore (embedded Firestore)", () => {
  let fs: TestFirestore;
  beforeAll(() => {
    fs = openTestFirestore();
  });
  afterAll(() => fs.close());
  afterEach(() => jest.restoreAllMocks());

  const doc = (path: string) => fs.db.doc(path);

  it("sends the commits of callers in the same turn as one call, and each caller's writes land", async () => {
    const c = createCoalescingFirestore(fs.db);
    const batches = jest.spyOn(fs.db, "batch");
    await Promise.all(
      ["a", "b", "c"].map((id) => c.commit([(b) => b.set(doc(`group/${id}`), { id }), (b) => b.set(doc(`group/${id}-2`), { id })])),
    );
    expect(batches).toHaveBeenCalledTimes(1);
    const snaps = await fs.db.getAll(...["a", "a-2", "b", "b-2", "c", "c-2"].map((id) => doc(`group/${id}`)));
    expect(snaps.map((s) => s.get("id"))).toEqual(["a", "a", "b", "b", "c", "c"]);
  });

  it("commits a caller alone in a later turn separately", async () => {
    const c = createCoalescingFirestore(fs.db);
    const batches = jest.spyOn(fs.db, "batch");
    await c.commit([(b) => b.set(doc("later/x"), { n: 1 })]);
    await c.commit([(b) => b.set(doc("later/y"), { n: 2 })]);
    expect(batches).toHaveBeenCalledTimes(2);
  });

  it("fails only the caller whose create() finds its document; the others in the group still commit", async () => {
    await doc("taken/one").set({ by: "earlier" });
    const c = createCoalescingFirestore(fs.db);
    // The refused create goes first: the emulator applies a commit's writes one by one and stops at
    // the first refusal (real Firestore refuses the whole commit), so nothing of the group landed.
    const results = await Promise.allSettled([
      c.commit([(b) => b.create(doc("taken/one"), { by: "late" })]),
      c.commit([(b) => b.create(doc("taken/two"), { by: "second" })]),
      c.commit([(b) => b.set(doc("taken/three"), { by: "third" })]),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled", "fulfilled"]);
    expect((results[0] as PromiseRejectedResult).reason.code).toBe(6);
    const [one, two, three] = await fs.db.getAll(doc("taken/one"), doc("taken/two"), doc("taken/three"));
    expect([one?.get("by"), two?.get("by"), three?.get("by")]).toEqual(["earlier", "second", "third"]);
  });

  it("fails only the caller whose write cannot even be added to a batch", async () => {
    const c = createCoalescingFirestore(fs.db);
    const results = await Promise.allSettled([
      c.commit([(b) => b.set(doc("added/good"), { n: 1 })]),
      c.commit([(b) => b.set("added/not-a-reference" as unknown as DocumentReference, { n: 2 })]),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected"]);
    expect((await doc("added/good").get()).get("n")).toBe(1);
  });

  it("fails only the caller whose write the client cannot encode; the others in the group still commit", async () => {
    const c = createCoalescingFirestore(fs.db);
    const results = await Promise.allSettled([
      c.commit([(b) => b.set(doc("built/good"), { n: 1 })]),
      c.commit([(b) => b.set(doc("built/bad"), { n: () => 1 })]),
      c.commit([(b) => b.set(doc("built/also-good"), { n: 2 })]),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const [good, bad, alsoGood] = await fs.db.getAll(doc("built/good"), doc("built/bad"), doc("built/also-good"));
    expect([good?.get("n"), bad?.exists, alsoGood?.get("n")]).toEqual([1, false, 2]);
  });

  it("hands a failure that may have landed (unavailable) to every caller as it is, without sending again", async () => {
    const c = createCoalescingFirestore(fs.db);
    const realBatch = fs.db.batch.bind(fs.db);
    const batches = jest.spyOn(fs.db, "batch").mockImplementation(() => {
      const batch = realBatch();
      jest.spyOn(batch, "commit").mockRejectedValue(Object.assign(new Error("14 UNAVAILABLE: no connection"), { code: 14 }));
      return batch as WriteBatch;
    });
    const results = await Promise.allSettled([
      c.commit([(b) => b.set(doc("down/a"), { n: 1 })]),
      c.commit([(b) => b.set(doc("down/b"), { n: 1 })]),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(results.map((r) => (r as PromiseRejectedResult).reason.code)).toEqual([14, 14]);
    expect(batches).toHaveBeenCalledTimes(1);
  });

  it("reads the documents of callers in the same turn in one call, each caller getting its own, in order", async () => {
    await doc("read/p").set({ v: "p" });
    await doc("read/q").set({ v: "q" });
    const c = createCoalescingFirestore(fs.db);
    const getAll = jest.spyOn(fs.db, "getAll");
    const [first, second, third] = await Promise.all([
      c.getAll([doc("read/q"), doc("read/p")]),
      c.getAll([doc("read/missing")]),
      c.getAll([doc("read/p")]),
    ]);
    expect(getAll).toHaveBeenCalledTimes(1);
    expect(first.map((s) => s.get("v"))).toEqual(["q", "p"]);
    expect(second.map((s) => s.exists)).toEqual([false]);
    expect(third.map((s) => s.get("v"))).toEqual(["p"]);
  });

  it("fails only the caller whose read is refused; the others in the group still get their documents", async () => {
    await doc("read2/p").set({ v: "p" });
    const c = createCoalescingFirestore(fs.db);
    const results = await Promise.allSettled([c.getAll([doc("read2/p")]), c.getAll(["not/a-reference" as unknown as DocumentReference]), c.getAll([doc("read2/p")])]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[2] as PromiseFulfilledResult<DocumentSnapshot[]>).value.map((s) => s.get("v"))).toEqual(["p"]);
  });

  it("keeps a group under Firestore's write limit by starting a new one", async () => {
    const c = createCoalescingFirestore(fs.db);
    const batches = jest.spyOn(fs.db, "batch");
    const many = Array.from({ length: 150 }, (_, i) => (b: WriteBatch) => b.set(doc(`big/${i}`), { i }));
    await Promise.all([c.commit(many), c.commit(many.map((w, i) => (b: WriteBatch) => b.set(doc(`big/x${i}`), { i })))]);
    expect(batches).toHaveBeenCalledTimes(2);
    expect((await fs.db.collection("big").get()).size).toBe(300);
  });
});
