import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Data files (`data/plans/…`, `flex-templates/…`) sit at the project root, while this code runs
 * from `src/` under tsx and from `lib/src/` once compiled. Walking up to the nearest package.json
 * finds the root in both cases without reading the environment.
 */
let root: string | undefined;

export function projectRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  root = dir;
  return root;
}

/** Absolute path of a file given relative to the project root. */
export function projectFile(...parts: string[]): string {
  return join(projectRoot(), ...parts);
}
