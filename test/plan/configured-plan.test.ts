/**
 * A new plan is a file, not code: PLAN_FILE points the bot at another reviewed plan, and the same
 * engine answers from it (here through `npm run ask`, the way the eval calls the bot).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config";
import { loadConfiguredPlan, PlanFileError } from "../../src/plan/load-plan";

const root = join(__dirname, "..", "..");

describe("the configured plan", () => {
  const dir = mkdtempSync(join(tmpdir(), "ita-plan-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("defaults to the shipped plan, relative to the project root", () => {
    const plan = loadConfiguredPlan(loadConfig({}, "local").planFile);
    expect(plan.organization.shortName).toBe("อบต.เวียงท่ากาน");
    expect(plan.fiscalYear).toBe(2568);
  });

  it("answers from another organisation's plan when PLAN_FILE points at it", () => {
    const shipped = JSON.parse(readFileSync(join(root, "data", "plans", "wiang-tha-kan-2568.json"), "utf8"));
    const other = {
      ...shipped,
      id: "ban-thung-2569",
      organization: { ...shipped.organization, name: "องค์การบริหารส่วนตำบลบ้านทุ่ง", shortName: "อบต.บ้านทุ่ง" },
      fiscalYear: 2569,
      assessment: { ...shipped.assessment, year: 2568, score: "95.50" },
    };
    const file = join(dir, "ban-thung-2569.json");
    writeFileSync(file, JSON.stringify(other));
    const run = spawnSync(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/ask.ts", "คะแนน ITA ได้เท่าไหร่"], {
      cwd: root,
      env: { ...process.env, PLAN_FILE: file },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.stderr.replace(/npm warn.*\n/g, "")).toBe("");
    expect(run.stdout).toContain("อบต.บ้านทุ่ง");
    expect(run.stdout).toContain("95.50");
    expect(run.stdout).toContain("2569");
    expect(run.stdout).not.toContain("เวียงท่ากาน");
  });

  it("names the file and the problem when the plan is not valid", () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, id: "x" }));
    expect(() => loadConfiguredPlan(file)).toThrow(PlanFileError);
    expect(() => loadConfiguredPlan(file)).toThrow(/broken\.json/);
    expect(() => loadConfig({ PLAN_FILE: "plan.txt" }, "local")).toThrow(/PLAN_FILE is not a \.json plan file/);
  });
});
