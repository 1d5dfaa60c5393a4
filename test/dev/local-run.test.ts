/**
 * `npm start` as a newcomer runs it: one command, no account, no network. The test starts the same
 * script in a child process and talks to it over HTTP: the chat page is served, a follow through
 * the stand-in (a real signed webhook) gets a Thai greeting, and data survives a restart.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../src/dev/free-port";
import { DEV_PERSONAS } from "../../src/dev/dev-personas";
import { startLocalRun } from "../support/local-run";

const root = join(__dirname, "..", "..");
/** Only stops a hang: two starts of the whole local run take minutes on a busy shared machine. */
const TWO_STARTS_MS = 300_000;

describe("npm start (local run)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "ita-local-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("serves the chat page, greets a new friend through a signed webhook, and keeps data across restarts", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = { PORT: String(port), LOCAL_DATA_DIR: dataDir };
    const citizen = DEV_PERSONAS.citizen.userId;

    const first = await startLocalRun(env);
    try {
      const page = await fetch(`${base}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('lang="th"');
      const personas = await (await fetch(`${base}/personas.json`)).json();
      expect(personas.personas.map((p: { role: string }) => p.role)).toEqual(["citizen", "officer", "admin"]);

      const sent = await fetch(`${base}/__standin/chats/${citizen}/send`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ type: "follow" }),
      });
      expect((await sent.json()).status).toBe(200);
      const transcript = await (await fetch(`${base}/__standin/chats/${citizen}`)).json();
      const botTexts = transcript.entries.filter((e: { from: string }) => e.from === "bot").map((e: { message: { text: string } }) => e.message.text);
      expect(botTexts[0]).toContain("สวัสดีค่ะ คุณสมชาย");
      expect(first.output()).toContain("(0 documents restored)");
    } finally {
      await first.stop();
    }

    const second = await startLocalRun(env);
    try {
      const sent = await fetch(`${base}/__standin/chats/${citizen}/send`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ type: "text", text: "สวัสดี" }),
      });
      expect((await sent.json()).status).toBe(200);
      const restored = /\((\d+) documents restored\)/.exec(second.output());
      expect(Number(restored?.[1])).toBeGreaterThanOrEqual(2);
    } finally {
      await second.stop();
    }
  }, TWO_STARTS_MS);

  it("refuses to start with a clear sentence when a setting is invalid", async () => {
    const { FIRESTORE_EMULATOR_HOST: _shared, ...parentEnv } = process.env;
    const child = spawn(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "src/dev/start.ts"], {
      cwd: root,
      env: { ...parentEnv, PORT: "not-a-port" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr?.on("data", (d) => (err += d));
    const code = await new Promise((r) => child.once("exit", r));
    expect(code).toBe(1);
    expect(err).toContain("PORT is not a number");
  });
});
