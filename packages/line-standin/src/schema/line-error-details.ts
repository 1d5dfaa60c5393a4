/**
 * Turns ajv's errors into the `details` LINE's API answers with: `{message, property}`, the
 * property written as LINE writes it (`messages[0].quickReply.items[2].action.label`) and the
 * message in LINE's words where they are known ("must be specified", "Length must be between 0 and
 * 20", "Size must be between 1 and 5"). Summary errors (oneOf, allOf) are dropped: the error
 * inside says more.
 * https://developers.line.biz/en/reference/messaging-api/#error-responses
 */
import type { ErrorObject } from "ajv";
import type { ValidationProblem } from "../line-error-bodies";

const SUMMARY_KEYWORDS = new Set(["oneOf", "anyOf", "allOf", "if", "then", "else", "not"]);

export function toLineProblems(errors: readonly ErrorObject[]): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (SUMMARY_KEYWORDS.has(error.keyword)) continue;
    const problem = toLineProblem(error);
    const key = `${problem.property}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function toLineProblem(error: ErrorObject): ValidationProblem {
  const at = propertyOf(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { message: "must be specified", property: join(at, String(params["missingProperty"])) };
    case "discriminator": {
      const property = join(at, String(params["tag"]));
      if (params["error"] === "tag") return { message: "must be specified", property };
      return { message: oneOfValues(discriminatorValues(parent)), property };
    }
    case "enum":
      return { message: oneOfValues(params["allowedValues"] as unknown[]), property: at };
    case "const":
      return { message: oneOfValues([params["allowedValue"]]), property: at };
    case "minLength":
      return { message: params["limit"] === 1 ? "May not be empty" : `Length must be at least ${String(params["limit"])}`, property: at };
    case "minItems":
    case "maxItems":
      return { message: `Size must be between ${numberOr(parent["minItems"], 0)} and ${numberOr(parent["maxItems"], "unlimited")}`, property: at };
    case "minimum":
    case "maximum":
      return { message: `Must be between ${numberOr(parent["minimum"], "unlimited")} and ${numberOr(parent["maximum"], "unlimited")}`, property: at };
    case "type":
      return { message: `Must be of type ${String(params["type"])}`, property: at };
    case "format":
      return { message: `Must be a valid ${String(params["format"])}`, property: at };
    case "pattern":
      return { message: `Must match ${String(params["pattern"])}`, property: at };
    default:
      return { message: error.message ?? error.keyword, property: at };
  }
}

/** `/messages/0/quickReply` → `messages[0].quickReply` (JSON Pointer to LINE's notation). */
export function propertyOf(instancePath: string): string {
  if (instancePath === "") return "";
  return instancePath
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : join(path, segment)), "");
}

function join(path: string, property: string): string {
  return path === "" ? property : `${path}.${property}`;
}

function oneOfValues(values: readonly unknown[]): string {
  return `Must be one of the following values: [${values.map(String).join(", ")}]`;
}

function discriminatorValues(dispatcher: Record<string, unknown>): unknown[] {
  const branches = Array.isArray(dispatcher["oneOf"]) ? (dispatcher["oneOf"] as Array<{ properties?: Record<string, { const?: unknown }> }>) : [];
  return branches.flatMap((branch) => Object.values(branch.properties ?? {}).map((tag) => tag.const));
}

function numberOr(value: unknown, fallback: number | string): string {
  return typeof value === "number" ? String(value) : String(fallback);
}
