import { readdirSync, readFileSync } from "node:fs";
import { projectFile } from "../plan/project-files";

/**
 * Flex templates live as JSON files in `flex-templates/` (one bubble per file) so that wording and
 * layout can change without code. Read once, on first use.
 */
const cache = new Map<string, unknown>();

export function loadTemplate(name: string): unknown {
  let template = cache.get(name);
  if (template === undefined) {
    template = JSON.parse(readFileSync(projectFile("flex-templates", `${name}.json`), "utf8")) as unknown;
    cache.set(name, template);
  }
  return template;
}

/** Names of every template file, for tests that render them all. */
export function templateNames(): string[] {
  return readdirSync(projectFile("flex-templates"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort();
}
