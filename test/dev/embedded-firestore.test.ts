import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deleteApp, type App } from "firebase-admin/app";
import { GeoPoint, Timestamp } from "firebase-admin/firestore";
import { startEmbeddedFirestore } from "../../src/dev/embedded-firestore";
import { openFirestore } from "../../src/store/firestore";

describe("embedded Firestore of the local run", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "ita-fs-"));
  const apps: App[] = [];
  const openDb = (host: string) => {
    const { db, app } = openFirestore({ projectId: "demo-local", emulatorHost: host });
    apps.push(app);
    return db;
  };
  // firebase-admin lets FIRESTORE_EMULATOR_HOST override an explicit host: this suite's own
  // emulators must not be shadowed by the test run's shared one.
  const sharedHost = process.env.FIRESTORE_EMULATOR_HOST;
  beforeAll(() => {
    delete process.env.FIRESTORE_EMULATOR_HOST;
  });
  afterAll(async () => {
    process.env.FIRESTORE_EMULATOR_HOST = sharedHost;
    await Promise.all(apps.map((a) => deleteApp(a)));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps its data in a folder between runs", async () => {
    const first = await startEmbeddedFirestore({ port: 0, dataDir, projectId: "demo-local", openDb });
    expect(first.restored).toBe(0);
    const db1 = openDb(first.host);
    const at = Timestamp.fromDate(new Date("2026-11-25T03:00:00Z"));
    await db1.doc("people/U1").set({ name: "สมชาย", n: 3, x: 1.5, ok: true, at, tags: ["a", { b: 2 }], where: new GeoPoint(18.6, 98.9), nothing: null });
    await db1.doc("people/U1/reports/r1").set({ pct: 40 });
    await first.stop();

    const second = await startEmbeddedFirestore({ port: 0, dataDir, projectId: "demo-local", openDb });
    const db2 = openDb(second.host);
    expect(second.restored).toBe(2);
    const data = (await db2.doc("people/U1").get()).data();
    expect(data).toEqual({ name: "สมชาย", n: 3, x: 1.5, ok: true, at, tags: ["a", { b: 2 }], where: new GeoPoint(18.6, 98.9), nothing: null });
    expect((await db2.doc("people/U1/reports/r1").get()).data()).toEqual({ pct: 40 });
    await second.stop();
  });
});
