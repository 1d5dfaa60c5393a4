import { readFileSync } from "node:fs";
import { isAbsolute } from "node:path";
import { projectFile } from "./project-files";
import { PlanSchema, type Plan } from "./schema";

/** A plan file that is missing, not JSON, or not a valid plan; the message says where and why. */
export class PlanFileError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = "PlanFileError";
  }
}

/**
 * Validates parsed JSON as a plan. Every problem is listed with its path, so the person who reviews
 * an imported plan can fix them all in one pass.
 */
export function parsePlan(json: unknown, source = "plan"): Plan {
  const result = PlanSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  - ${i.path.join(".") || "(root)"}: ${i.message}`).join("\n");
  throw new PlanFileError(source, `not a valid plan:\n${problems}`);
}

/** Reads and validates a plan file synchronously (done once, at start). */
export function loadPlanFile(path: string): Plan {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new PlanFileError(path, `cannot read (${(err as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new PlanFileError(path, `not JSON (${(err as Error).message})`);
  }
  return parsePlan(json, path);
}

/** The plan a deployment is configured with: an absolute path (PLAN_FILE, resolved by config), or one under the project root. */
export function loadConfiguredPlan(planFile: string): Plan {
  return loadPlanFile(isAbsolute(planFile) ? planFile : projectFile(planFile));
}
