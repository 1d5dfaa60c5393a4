/**
 * `npm run -s plan:import -- FILE [--out OUT.json] [--id ID]`: drafts a plan file from the plan
 * document the clerk has (.txt, .docx or .pdf), so that a new fiscal year, or another
 * organisation, needs a review and no code. The draft goes to OUT (or stdout); stderr lists what a
 * person must review, each with its place in the document.
 *
 * The contract (README, "Importing a plan"): exit 0 only when a draft that passes the plan schema
 * was written; 1 when the draft was written but does not pass yet (stderr says what to fill in) or
 * the file could not be read; 2 for a usage error. FILE and OUT are taken relative to the directory
 * the command was run from, as a person expects (npm runs scripts from the project root, and says
 * where it was started in INIT_CWD).
 */
import { writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { importPlanDocument } from "../src/plan/import-plan";
import { readPlanDocument } from "../src/plan/import/read-document";
import { PlanSchema } from "../src/plan/schema";

const USAGE = "usage: npm run -s plan:import -- FILE.(txt|docx|pdf) [--out OUT.json] [--id ID]\n";

async function main(argv: string[]): Promise<number> {
  const flags = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--out" || arg === "--id") {
      const value = argv[++i];
      if (!value) return usage(`${arg} needs a value`);
      flags.set(arg, value);
    } else if (arg.startsWith("--")) return usage(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) return usage(files.length ? "give one file" : "give the plan document to import");

  const here = process.env.INIT_CWD ?? process.cwd();
  const file = resolve(here, files[0] as string);
  const out = flags.has("--out") ? resolve(here, flags.get("--out") as string) : undefined;
  const outName = out ? basename(out).replace(/\.json$/i, "") : "";
  const id = flags.get("--id") ?? (/^[a-z0-9-]+$/.test(outName) ? outName : undefined);

  const { plan, warnings, notes } = importPlanDocument(await readPlanDocument(file), id ? { id } : {});
  const json = `${JSON.stringify(plan, null, 2)}\n`;
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);

  const err = (line: string) => process.stderr.write(`${line}\n`);
  const items = plan.issues.reduce((n, i) => n + i.items.length, 0);
  err(`${plan.organization.shortName || "(organisation not found)"}, fiscal year ${plan.fiscalYear || "?"}: ${plan.issues.length} issues, ${items} items${out ? ` → ${out}` : ""}`);
  for (const note of notes) err(`note: ${note}`);
  for (const warning of warnings) err(`review: ${warning}`);
  const valid = PlanSchema.safeParse(plan);
  if (!valid.success) {
    for (const issue of valid.error.issues) err(`invalid: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    err("the draft does not pass the plan schema yet: fill in what is listed above, then check it with the bot (PLAN_FILE=…)");
    return 1;
  }
  err(
    warnings.length
      ? `the draft passes the plan schema; review the ${warnings.length} point(s) above and the text fields before using it`
      : "the draft passes the plan schema; review its text fields before using it",
  );
  return 0;
}

function usage(problem: string): number {
  process.stderr.write(`${problem}\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`cannot import: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
