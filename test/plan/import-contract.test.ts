/**
 * The contract that tests outside the repository rely on (README, "Importing a plan"), run for
 * real: `npm run -s plan:import -- FILE --out OUT.json` exits 0 when it wrote a draft that passes
 * the schema, and `PLAN_FILE=OUT.json npm run -s ask -- --batch` answers from that plan. Paths are
 * relative to the directory the person runs from, or absolute.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { PlanSchema } from "../../src/plan/schema";
import { fixtureBlocks, planPdf } from "../support/plan-documents";

const root = join(__dirname, "..", "..");
/** Each test starts real commands (npm, tsx, pdf.js); a busy shared machine makes that slow. */
const SLOW = 180_000;
const fixture = join(__dirname, "fixtures", "don-kaeo-ngam-2570-blocks.txt");

/** `npm run` as a person types it, from `cwd` (npm finds the project with --prefix, as from a subfolder). */
function npm(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}, input?: string) {
  const run = spawnSync("npm", ["--prefix", root, "run", "-s", ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: "utf8",
    input,
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function ask(cwd: string, planFile: string, questions: string[]): Map<string, string> {
  const run = npm(cwd, ["ask", "--", "--batch"], { PLAN_FILE: planFile }, questions.map((q) => JSON.stringify({ q })).join("\n"));
  expect(run.status).toBe(0);
  const answers = new Map<string, string>();
  for (const line of run.stdout.trim().split("\n")) {
    const { q, messages } = JSON.parse(line) as { q: string; messages: Array<{ text?: string; altText?: string }> };
    answers.set(q, JSON.stringify(messages));
  }
  return answers;
}

describe("the plan import contract", () => {
  const dir = mkdtempSync(join(tmpdir(), "importer-contract-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imports another organisation's plan to a relative OUT.json and answers from it", () => {
    const work = join(dir, "clerk");
    mkdirSync(work);
    const imported = npm(work, ["plan:import", "--", relative(work, fixture), "--out", "drafts-2570.json"]);
    expect(imported.stderr).toContain("the draft passes the plan schema");
    expect(imported.status).toBe(0);
    const out = join(work, "drafts-2570.json");
    const plan = PlanSchema.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(plan.id).toBe("drafts-2570");
    expect(imported.stderr).toContain('review: line 70: not read: "ประกาศ ณ วันที่ 15 ตุลาคม พ.ศ. 2569"');

    const answers = ask(work, "drafts-2570.json", [
      "ข้อ o12 ได้คะแนนเท่าไหร่",
      "ประเด็นที่ 2 ใครรับผิดชอบ",
      "ประเด็นที่ 3 ทำช่วงไหน",
      "คะแนน ITA ได้เท่าไหร่",
    ]);
    expect(answers.get("ข้อ o12 ได้คะแนนเท่าไหร่")).toContain("80.00");
    expect(answers.get("ประเด็นที่ 2 ใครรับผิดชอบ")).toContain("กองช่าง");
    // The period as the plan writes it, or the dates it means.
    expect(answers.get("ประเด็นที่ 3 ทำช่วงไหน")).toMatch(/ไตรมาส 2|31 มีนาคม (?:2570|๒๕๗๐)/);
    expect(answers.get("คะแนน ITA ได้เท่าไหร่")).toMatch(/ทต\.ดอนแก้วงาม[\s\S]*88\.42/);
    for (const answer of answers.values()) expect(answer).not.toMatch(/เวียงท่ากาน|2568/);
  }, SLOW);

  it("imports a PDF to an absolute OUT.json from the project root", async () => {
    const pdf = join(dir, "แผน ITA 2570.pdf");
    const blocks = fixtureBlocks(readFileSync(join(__dirname, "fixtures", "mae-kha-noi-2570-tabs.txt"), "utf8"));
    writeFileSync(pdf, await planPdf(blocks, { runningHeader: "มาตรการส่งเสริมคุณธรรมฯ เทศบาลเมืองแม่ขาน้อย ปีงบประมาณ ๒๕๗๐" }));
    const out = join(dir, "mae-kha-noi-2570.json");
    const imported = npm(root, ["plan:import", "--", pdf, "--out", out]);
    expect(imported.status).toBe(0);
    const answers = ask(root, out, ["ประเด็นที่ 6 ใครรับผิดชอบ"]);
    expect(answers.get("ประเด็นที่ 6 ใครรับผิดชอบ")).toContain("กองสาธารณสุขและสิ่งแวดล้อม");
  }, SLOW);

  it("exits 1 and says what to fill in when the draft does not pass the schema yet; 2 for a usage error", () => {
    const partial = join(dir, "partial.txt");
    writeFileSync(partial, readFileSync(fixture, "utf8").replace("ผู้รับผิดชอบ: กองช่าง\n", ""));
    const out = join(dir, "partial.json");
    const imported = npm(dir, ["plan:import", "--", partial, "--out", out]);
    expect(imported.status).toBe(1);
    expect(imported.stderr).toContain("review: line 19: issue 2 names no responsible unit (ผู้รับผิดชอบ) — fill it in");
    expect(imported.stderr).toContain("invalid: issues.1.measure.unit");
    expect(existsSync(out)).toBe(true);
    expect(npm(dir, ["plan:import"]).status).toBe(2);
    expect(npm(dir, ["plan:import", "--", join(dir, "missing.pdf")]).status).toBe(1);
  }, SLOW);
});
