/**
 * `npm start` as people stop it: SIGTERM or SIGINT to the npm process stops everything it started
 * (the bot's process used to outlive npm and keep answering), and what it listens on: loopback
 * unless HOST says otherwise, the embedded Firestore on loopback always. Linux only (reads /proc).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../src/dev/free-port";

const root = join(__dirname, "..", "..");
const onLinux = existsSync("/proc/net/tcp");
/** Only stops a hang: a start of the whole local run takes a minute or more on a busy machine. */
const START_AND_STOP_MS = 300_000;

/** Addresses (hex, as /proc/net/tcp* writes them) listening on `port`. */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[3] === "0A" && cols[1]?.endsWith(`:${hexPort}`))
      .map((cols) => cols[1]!.split(":")[0]!),
  );
}
const LOOPBACK = "0100007F";
const ANY = "00000000";

/** Every process descended from `pid`, from /proc. */
function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  let frontier = [pid];
  while (frontier.length) {
    frontier = [...parentOf].filter(([, parent]) => frontier.includes(parent)).map(([child]) => child);
    found.push(...frontier);
  }
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits, for as long as it takes, until `check` holds (the test's timeout stops a hang). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function npmStart(env: Record<string, string>): Promise<{ npm: ChildProcess; output: () => string; firestorePort: number }> {
  const { FIRESTORE_EMULATOR_HOST: _shared, ...parentEnv } = process.env;
  const npm = spawn("npm", ["start"], { cwd: root, env: { ...parentEnv, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  await new Promise<void>((resolve, reject) => {
    const read = (d: Buffer) => {
      out += d;
      if (out.includes("chat page")) resolve();
    };
    npm.stdout?.on("data", read);
    npm.stderr?.on("data", read);
    npm.once("exit", () => reject(new Error(`npm start exited before it started:\n${out}`)));
  });
  const firestorePort = Number(/embedded at 127\.0\.0\.1:(\d+)/.exec(out)?.[1]);
  return { npm, output: () => out, firestorePort };
}

(onLinux ? describe : describe.skip)("npm start: where it listens and how it stops", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "ita-lifecycle-"));
  /** Everything a test started, killed at the end whatever happened (a failed test leaves nothing). */
  const startedAll: number[] = [];
  afterAll(() => {
    for (const pid of startedAll) if (alive(pid)) process.kill(pid, "SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    ["SIGTERM", "on loopback by default", {}, LOOPBACK],
    ["SIGINT", "on every interface with HOST=0.0.0.0, Firestore still on loopback", { HOST: "0.0.0.0" }, ANY],
  ] as const)("stops everything on %s to npm; listens %s", async (signal, _where, extraEnv, botAddress) => {
    const port = await freePort();
    const { npm, firestorePort } = await npmStart({ PORT: String(port), LOCAL_DATA_DIR: join(dataDir, signal), ...extraEnv });
    const started = descendants(npm.pid!);
    startedAll.push(npm.pid!, ...started);
    try {
      expect(started.length).toBeGreaterThan(0);
      expect(listeners(port)).toEqual([botAddress]);
      expect(listeners(firestorePort)).toEqual([LOOPBACK]);

      const exited = new Promise((resolve) => npm.once("exit", resolve));
      process.kill(npm.pid!, signal);
      await exited;
      await until(() => started.every((pid) => !alive(pid)));
      expect(listeners(port)).toEqual([]);
      expect(listeners(firestorePort)).toEqual([]);
    } finally {
      for (const pid of started) if (alive(pid)) process.kill(pid, "SIGKILL");
    }
  }, START_AND_STOP_MS);
});
