/**
 * `npm run -s plan:activate -- FILE [--yes | --dry-run]`: makes a reviewed plan file (the JSON
 * `npm run plan:import` writes) the plan the bot follows, in the configured Firestore, without a
 * redeploy. It prints what changes (the year it replaces, measures, activities, new units, officers
 * keeping their units, reports kept), asks to confirm (or takes `--yes`), then activates. Running
 * instances notice within seconds. Activating the plan that is already current changes nothing.
 *
 * Which Firestore: FIRESTORE_EMULATOR_HOST when set; else real Firestore of GCLOUD_PROJECT (the
 * deployment, with application default credentials); else, for a `demo-` project (the default),
 * the local run's data: the running `npm start` if there is one, otherwise LOCAL_DATA_DIR directly.
 *
 * Exit codes: 0 activated (or already current, or --dry-run); 1 the file is not a valid plan, or
 * the activation was not confirmed; 2 usage.
 */
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { ConfigError, loadConfig } from "../src/config";
import { announceLocalFirestore, runningLocalFirestore } from "../src/dev/local-firestore-host";
import { createStaffDirectory } from "../src/people/staff-directory";
import { activatePlan } from "../src/plan/activate-plan";
import { planYearLabel } from "../src/plan/held-plan";
import { loadPlanFile, PlanFileError } from "../src/plan/load-plan";
import { createPlanStore } from "../src/plan/plan-store";
import { previewActivation, previewText } from "../src/plan/preview-activation";
import { openFirestore } from "../src/store/firestore";
import { createUnitsStore } from "../src/units/units-store";

const USAGE = "usage: npm run -s plan:activate -- FILE.json [--yes | --dry-run]\n";

async function confirmed(): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question("เปิดใช้แผนนี้? พิมพ์ y เพื่อยืนยัน: ");
  rl.close();
  return /^(y|yes|ใช่|ยืนยัน)$/i.test(answer.trim());
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const files = argv.filter((a) => !a.startsWith("--"));
  const unknown = [...flags].filter((f) => f !== "--yes" && f !== "--dry-run");
  if (unknown.length || files.length !== 1 || (flags.has("--yes") && flags.has("--dry-run"))) {
    process.stderr.write(`${unknown.length ? `unknown option ${unknown[0]}\n` : ""}${USAGE}`);
    return 2;
  }
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), files[0] as string);
  let plan;
  try {
    plan = loadPlanFile(file);
  } catch (error) {
    if (error instanceof PlanFileError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }

  const config = loadConfig(process.env, "local");
  const projectId = config.projectId ?? "demo-ita-line-bot";
  let host = config.firestoreEmulatorHost;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!host && projectId.startsWith("demo-")) {
    host = await runningLocalFirestore(config.localDataDir);
    if (!host) {
      const { startEmbeddedFirestore } = await import("../src/dev/embedded-firestore");
      const embedded = await startEmbeddedFirestore({ port: 0, dataDir: config.localDataDir, projectId, openDb: (h) => openFirestore({ projectId, emulatorHost: h }).db });
      const unannounce = announceLocalFirestore(config.localDataDir, embedded.host);
      host = embedded.host;
      stopEmbedded = async () => {
        unannounce();
        await embedded.stop();
      };
    }
  }
  const where = host ? `Firestore ${host} (${projectId})` : `Firestore of project ${projectId}`;
  try {
    const { db } = openFirestore({ projectId, emulatorHost: host });
    const deps = { db, units: createUnitsStore(db, plan), store: createPlanStore(db), staff: createStaffDirectory(db, { adminUserIds: config.adminUserIds }) };
    const now = new Date();
    const preview = await previewActivation(deps, plan, now);
    process.stdout.write(`${where}\n${previewText(preview)}\n`);
    if (preview.outcome === "unchanged" || flags.has("--dry-run")) return 0;
    if (!flags.has("--yes") && !(await confirmed())) {
      process.stderr.write("not activated: confirm at the prompt, or add --yes\n");
      return 1;
    }
    const result = await activatePlan(deps, plan, { by: "plan:activate", now });
    process.stdout.write(
      `activated ${result.plan.id} (${planYearLabel(result.plan)}): ${result.outcome}${result.addedUnits.length ? `; units added: ${result.addedUnits.join(", ")}` : ""}\n`,
    );
    return 0;
  } finally {
    await stopEmbedded?.();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`cannot activate: ${error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
