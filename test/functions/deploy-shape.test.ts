/**
 * Loads the built entry point (`lib/functions/index.js`, what `package.json#main` names and the
 * Firebase deploy tool loads) in a fresh process, as the deploy tool does, and checks the endpoint
 * it declares. `npm test` builds before running jest.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const entry = join(root, JSON.parse(readFileSync(join(root, "package.json"), "utf8")).main as string);

function runNode(script: string, env: Record<string, string> = {}): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, ["-e", script], {
    cwd: root,
    encoding: "utf8",
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe("Cloud Functions deploy shape", () => {
  beforeAll(() => {
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` (npm test does) first`);
  });

  it("exports a 2nd-gen HTTPS function `webhook` in asia-southeast1 with the LINE secrets", () => {
    const out = runNode(`const m = require(${JSON.stringify(entry)}); process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.__endpoint]))));`);
    expect(out.stderr).toBe("");
    const endpoints = JSON.parse(out.stdout);
    expect(endpoints.webhook).toMatchObject({
      platform: "gcfv2",
      region: ["asia-southeast1"],
      httpsTrigger: {},
      secretEnvironmentVariables: [{ key: "LINE_CHANNEL_SECRET" }, { key: "LINE_CHANNEL_ACCESS_TOKEN" }],
    });
  });

  it("sends deliveries outside the webhook: on creation, and on a Bangkok-time schedule", () => {
    const out = runNode(`const m = require(${JSON.stringify(entry)}); process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.__endpoint]))));`);
    const endpoints = JSON.parse(out.stdout);
    expect(endpoints.deliveryCreated).toMatchObject({
      platform: "gcfv2",
      region: ["asia-southeast1"],
      eventTrigger: { eventType: "google.cloud.firestore.document.v1.created", eventFilterPathPatterns: { document: "deliveries/{deliveryId}" } },
    });
    expect(endpoints.dueDeliveries).toMatchObject({
      region: ["asia-southeast1"],
      scheduleTrigger: { schedule: "every 1 minutes", timeZone: "Asia/Bangkok" },
    });
    expect(endpoints.ticketReminders).toMatchObject({
      platform: "gcfv2",
      region: ["asia-southeast1"],
      scheduleTrigger: { schedule: "every day 09:00", timeZone: "Asia/Bangkok" },
    });
    for (const e of Object.values(endpoints) as Array<{ secretEnvironmentVariables: unknown }>) {
      expect(e.secretEnvironmentVariables).toEqual([{ key: "LINE_CHANNEL_SECRET" }, { key: "LINE_CHANNEL_ACCESS_TOKEN" }]);
    }
  });

  it("runs progress reminders daily and the admins' summary weekly, on Bangkok time", () => {
    const out = runNode(`const m = require(${JSON.stringify(entry)}); process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.__endpoint]))));`);
    const endpoints = JSON.parse(out.stdout);
    expect(endpoints.progressReminders).toMatchObject({
      platform: "gcfv2",
      region: ["asia-southeast1"],
      scheduleTrigger: { schedule: "every day 09:00", timeZone: "Asia/Bangkok" },
      secretEnvironmentVariables: [{ key: "LINE_CHANNEL_SECRET" }, { key: "LINE_CHANNEL_ACCESS_TOKEN" }],
    });
    expect(endpoints.progressSummary).toMatchObject({
      platform: "gcfv2",
      region: ["asia-southeast1"],
      scheduleTrigger: { schedule: "every monday 08:30", timeZone: "Asia/Bangkok" },
      secretEnvironmentVariables: [{ key: "LINE_CHANNEL_SECRET" }, { key: "LINE_CHANNEL_ACCESS_TOKEN" }],
    });
    // Citizens' waiting photos whose wait ended without a ticket are removed daily (waiting-photo-sweep.ts).
    expect(endpoints.waitingPhotos).toMatchObject({
      platform: "gcfv2",
      region: ["asia-southeast1"],
      scheduleTrigger: { schedule: "every day 03:00", timeZone: "Asia/Bangkok" },
    });
  });

  it("loads nothing heavy at import: no gRPC stack, no LINE SDK, no app", () => {
    const out = runNode(
      `require(${JSON.stringify(entry)}); process.stdout.write(JSON.stringify(Object.keys(require.cache)));`,
    );
    const loaded: string[] = JSON.parse(out.stdout);
    expect(loaded.some((p) => p.includes("/firebase-functions/"))).toBe(true);
    // firebase-functions' Firestore trigger loads the Firestore library's data classes; the gRPC
    // stack behind them, the LINE SDK and everything of ours must wait for the first request.
    for (const heavy of ["/google-gax/", "/@grpc/grpc-js/", "/@line/bot-sdk/"]) {
      expect(loaded.filter((p) => p.includes(heavy))).toEqual([]);
    }
    // Of our own code only the table of scheduled jobs, which loads each job when it runs.
    expect(loaded.filter((p) => p.includes("/lib/src/"))).toEqual([expect.stringMatching(/\/lib\/src\/jobs\/scheduled-jobs\.js$/)]);
  });

  it("needs no development dependency at run time: only local-run and setup code may load one", () => {
    // What Cloud Functions never runs: the local run (stand-in, chat page, embedded Firestore) and
    // the rich-menu setup, which draws images with @napi-rs/canvas (`npm run rich-menus:setup`).
    const devOnly = [/\/lib\/src\/dev\//, /\/lib\/src\/rich-menus\/(setup|menu-image)\.js$/];
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    const modules = readdirSync(join(root, "lib", "src"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".js"))
      .map((f) => join(root, "lib", "src", f))
      .filter((f) => !devOnly.some((d) => d.test(f)));
    expect(modules.length).toBeGreaterThan(50);
    const out = runNode(`for (const m of ${JSON.stringify(modules)}) require(m); process.stdout.write(JSON.stringify(Object.keys(require.cache)));`);
    const loaded: string[] = JSON.parse(out.stdout);
    expect(loaded.some((p) => p.endsWith("/lib/src/production.js"))).toBe(true);
    for (const dev of Object.keys(pkg.devDependencies)) {
      expect({ dev, loaded: loaded.filter((p) => p.includes(`/node_modules/${dev}/`)) }).toEqual({ dev, loaded: [] });
    }
  });

  it("builds the app on the first request from the secrets in the environment", () => {
    const script = `
      const http = require("node:http");
      const crypto = require("node:crypto");
      const { webhook } = require(${JSON.stringify(entry)});
      const server = http.createServer((req, res) => webhook(req, res)).listen(0, async () => {
        const url = "http://127.0.0.1:" + server.address().port + "/";
        const body = JSON.stringify({ destination: "x", events: [] });
        const sign = (b) => crypto.createHmac("sha256", "deploy-test-secret").update(b).digest("base64");
        const unsigned = await fetch(url, { method: "POST", body, headers: { "content-type": "application/json" } });
        const signed = await fetch(url, { method: "POST", body, headers: { "content-type": "application/json", "x-line-signature": sign(body) } });
        process.stdout.write(JSON.stringify([unsigned.status, signed.status]));
        server.close(); process.exit(0);
      });`;
    const out = runNode(script, {
      LINE_CHANNEL_SECRET: "deploy-test-secret",
      LINE_CHANNEL_ACCESS_TOKEN: "deploy-test-token",
      GCLOUD_PROJECT: "demo-deploy-test",
      FIRESTORE_EMULATOR_HOST: process.env.FIRESTORE_EMULATOR_HOST ?? "",
      LINE_API_BASE_URL: "http://127.0.0.1:9",
    });
    expect(JSON.parse(out.stdout)).toEqual([401, 200]);
  });

  it("caps every function's instances", () => {
    const out = runNode(`const m = require(${JSON.stringify(entry)}); process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.__endpoint]))));`);
    const endpoints = JSON.parse(out.stdout) as Record<string, { maxInstances?: number }>;
    expect(Object.keys(endpoints).length).toBeGreaterThan(0);
    for (const [name, endpoint] of Object.entries(endpoints)) {
      expect([name, endpoint.maxInstances]).toEqual([name, expect.any(Number)]);
      expect(endpoint.maxInstances).toBeLessThanOrEqual(10);
    }
  });

  it("deploys Cloud Storage rules that deny every client", () => {
    const firebase = JSON.parse(readFileSync(join(root, "firebase.json"), "utf8"));
    expect(firebase.storage).toEqual({ rules: "storage.rules" });
    const rules = readFileSync(join(root, "storage.rules"), "utf8").replace(/\/\/.*$/gm, "");
    expect(rules).toMatch(/service firebase\.storage/);
    expect(rules).toMatch(/match \/\{allPaths=\*\*\}\s*\{\s*allow read, write: if false;\s*\}/);
    expect(rules).not.toMatch(/if true|if request\.auth/);
  });

  it("keeps environment files out of git", () => {
    for (const file of [".env", ".env.local", ".env.my-project"]) {
      const check = spawnSync("git", ["check-ignore", "--no-index", "-q", file], { cwd: root });
      expect([file, check.status]).toEqual([file, 0]);
    }
  });

  it("deploys on nodejs22 with Firestore rules that deny every client", () => {
    const firebase = JSON.parse(readFileSync(join(root, "firebase.json"), "utf8"));
    expect(firebase.functions[0].runtime).toBe("nodejs22");
    expect(firebase.firestore.rules).toBe("firestore.rules");
    const rules = readFileSync(join(root, "firestore.rules"), "utf8").replace(/\/\/.*$/gm, "");
    expect(rules).toMatch(/match \/\{document=\*\*\}\s*\{\s*allow read, write: if false;\s*\}/);
    expect(rules).not.toMatch(/if true|if request\.auth/);
  });
});
