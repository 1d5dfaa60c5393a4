/**
 * `npm run plan:import -- FILE [--id ID] [--out PATH]`: drafts a plan file from a plan's text so
 * that a new fiscal year, or another organisation, needs a review and no code. Prints the draft
 * (or writes it to --out), then lists on stderr what the reviewer must check and whether the draft
 * already passes the plan schema.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { importPlanText } from "../src/plan/import-plan";
import { PlanSchema } from "../src/plan/schema";

function main(argv: string[]): number {
  const file = argv.find((a, i) => !a.startsWith("--") && !["--id", "--out"].includes(argv[i - 1] ?? ""));
  const valueOf = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (!file) {
    process.stderr.write("usage: npm run plan:import -- FILE [--id ID] [--out PATH]\n");
    return 2;
  }
  const id = valueOf("--id");
  const { plan, warnings } = importPlanText(readFileSync(file, "utf8"), id ? { id } : {});
  const json = `${JSON.stringify(plan, null, 2)}\n`;
  const out = valueOf("--out");
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);

  const items = plan.issues.reduce((n, i) => n + i.items.length, 0);
  process.stderr.write(`drafted ${plan.issues.length} issues, ${items} items, fiscal year ${plan.fiscalYear}\n`);
  for (const w of warnings) process.stderr.write(`check: ${w}\n`);
  const valid = PlanSchema.safeParse(plan);
  if (valid.success) process.stderr.write("the draft passes the plan schema; review the text fields before shipping it\n");
  else for (const i of valid.error.issues) process.stderr.write(`invalid: ${i.path.join(".")}: ${i.message}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
