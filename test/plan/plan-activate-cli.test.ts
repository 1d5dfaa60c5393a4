/**
 * `npm run -s plan:activate -- FILE` for real, against the embedded Firestore the tests run: a
 * preview first, nothing changed without `--yes` (or a "y" at the prompt), activated with it,
 * activating again harmless; exit codes 0 / 1 / 2; the file relative to where it is run from.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { activatePlan } from "../../src/plan/activate-plan";
import { PLAN_POINTER_PATH } from "../../src/plan/plan-store";
import { loadDefaultPlan } from "../../src/qa/answerer";
import { createUnitsStore } from "../../src/units/units-store";
import { openTestFirestore, type TestFirestore } from "../support/firestore";
import { planForYear } from "../support/plans";

const root = join(__dirname, "..", "..");
/** Each run starts npm and tsx; a busy shared machine makes that slow. */
const SLOW = 180_000;
const shipped = loadDefaultPlan();

describe("npm run plan:activate", () => {
  let fs: TestFirestore;
  const dir = mkdtempSync(join(tmpdir(), "plans-activate-"));
  /** Runs the command without blocking this process: the embedded Firestore may live in it. */
  const run = (args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      execFile(
        "npm",
        ["--prefix", root, "run", "-s", "plan:activate", "--", ...args],
        { cwd: dir, env: { ...process.env, GCLOUD_PROJECT: fs.projectId, INIT_CWD: dir }, encoding: "utf8", timeout: 150_000 },
        (error, stdout, stderr) => done({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
      );
    });
  const current = async () => (await fs.db.doc(PLAN_POINTER_PATH).get()).get("current");

  beforeAll(async () => {
    fs = openTestFirestore();
    await activatePlan({ db: fs.db, units: createUnitsStore(fs.db, shipped) }, shipped, { by: "test", now: new Date() });
    writeFileSync(join(dir, "plan-2570.json"), JSON.stringify(planForYear(shipped, 2570), null, 2));
    writeFileSync(join(dir, "broken.json"), JSON.stringify({ ...shipped, fiscalYear: "2570" }));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await fs.close();
  });

  it("previews, and changes nothing without a confirmation", async () => {
    const dry = await run(["plan-2570.json", "--dry-run"]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain("เปิดใช้แผน อบต.เวียงท่ากาน ปีงบประมาณ พ.ศ. 2570");
    expect(dry.stdout).toContain("แทนแผน ปีงบประมาณ พ.ศ. 2568");
    const unconfirmed = await run(["plan-2570.json"]);
    expect(unconfirmed.status).toBe(1);
    expect(unconfirmed.stderr).toContain("--yes");
    expect(await current()).toBe("wiang-tha-kan-2568");
  }, SLOW);

  it("activates with --yes, and a second run changes nothing", async () => {
    const first = await run(["plan-2570.json", "--yes"]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("activated wiang-tha-kan-2570");
    expect(await current()).toBe("wiang-tha-kan-2570");
    const version = (await fs.db.doc(PLAN_POINTER_PATH).get()).get("version");
    const again = await run(["plan-2570.json", "--yes"]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("ใช้งานอยู่แล้ว ไม่มีอะไรเปลี่ยน");
    expect((await fs.db.doc(PLAN_POINTER_PATH).get()).get("version")).toBe(version);
  }, SLOW);

  it("refuses a file that is not a valid plan (1) and a wrong command line (2)", async () => {
    const broken = await run(["broken.json", "--yes"]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("fiscalYear");
    expect((await run([])).status).toBe(2);
    expect((await run(["plan-2570.json", "--yes", "--dry-run"])).status).toBe(2);
  }, SLOW);
});
