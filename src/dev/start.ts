/**
 * `npm start`: the whole bot on this machine with no account and no network. It starts the
 * embedded Firestore (data kept in LOCAL_DATA_DIR, default `.data/`), the webhook at POST /webhook, a stand-in for LINE's
 * API that records what the bot sends, and a chat page at http://localhost:PORT/ that talks to the
 * webhook through real signed LINE webhook requests. Set LINE_API_BASE_URL and the LINE credentials
 * to talk to another LINE API instead (the stand-in and chat page are then not started).
 *
 * It listens on HOST (127.0.0.1 unless told otherwise: the stand-in's routes have no
 * authentication), the embedded Firestore on loopback always. `npm start` execs this process
 * (package.json), so SIGTERM or SIGINT to npm reaches it and stops everything.
 */
import express from "express";
import { createApp } from "../app";
import { systemClock } from "../clock";
import { ConfigError, loadConfig } from "../config";
import { randomIds } from "../ids";
import { createLineApiClient } from "../line/line-api-client";
import { createContentFetcher } from "../line/message-content";
import { createLogger } from "../logs";
import { createPeopleStore } from "../people/people-store";
import { loadConfiguredPlan } from "../plan/load-plan";
import { createQuestionAnswerer } from "../qa/question-answerer";
import { openFirestore } from "../store/firestore";
import { errorAnswer } from "../http/error-answers";
import { createChatPageRouter } from "./chat-page/serve";
import { personaProfiles } from "./chat-page/personas";
import { DEV_OFFICER_UNIT, DEV_PERSONAS } from "./dev-personas";
import type { EmbeddedFirestore } from "./embedded-firestore";
import { createLineStandin, STANDIN_DEV_PATH } from "line-standin";
import { join } from "node:path";
import { createLocalEvidenceStore } from "../progress/evidence-store";
import { createLocalScheduler } from "../jobs/local-scheduler";
import { SCHEDULED_JOBS } from "../jobs/scheduled-jobs";
import { createRichMenuLinker } from "../rich-menus/linker";
import { setupRichMenus } from "../rich-menus/setup";
import { messagingApi } from "@line/bot-sdk";
import { unitIdFor } from "../units/units";
import { localSeedPlans, settleLocalPlan } from "./local-plans";
import { announceLocalFirestore } from "./local-firestore-host";

/** How often a local run looks for due deliveries (Cloud Functions is triggered instead). */
const LOCAL_JOB_INTERVAL_MS = 3000;

async function main(): Promise<void> {
  const config = loadConfig(process.env, "local");
  const logger = createLogger();
  const projectId = config.projectId ?? "demo-ita-line-bot";

  let embedded: (EmbeddedFirestore & { restored: number }) | undefined;
  let firestoreHost = config.firestoreEmulatorHost;
  if (!firestoreHost) {
    // Loaded only when used: the emulator is a large module and most starts point elsewhere.
    const { startEmbeddedFirestore } = await import("./embedded-firestore");
    embedded = await startEmbeddedFirestore({
      port: 0,
      dataDir: config.localDataDir,
      projectId,
      openDb: (host) => openFirestore({ projectId, emulatorHost: host }).db,
    });
    firestoreHost = embedded.host;
  }
  const unannounce = embedded ? announceLocalFirestore(config.localDataDir, embedded.host) : undefined;
  const { db } = openFirestore({ projectId, emulatorHost: firestoreHost });

  const useStandin = config.lineApiBaseUrl === undefined;
  // Where this process reaches itself: the address it listens on, or loopback when that is "any".
  const ownHost = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host.includes(":") ? `[${config.host}]` : config.host;
  const ownUrl = `http://${ownHost}:${config.port}`;
  const personas = Object.values(DEV_PERSONAS);
  const standin = useStandin
    ? createLineStandin({
        channelSecret: config.lineChannelSecret,
        channelAccessToken: config.lineChannelAccessToken,
        webhookUrl: `${ownUrl}/webhook`,
        profiles: personaProfiles(personas),
      })
    : undefined;

  const plan = loadConfiguredPlan(config.planFile);
  const localPlans = { planFileSet: config.planFileSet, now: systemClock.now() };
  const adminUserIds = useStandin ? [...config.adminUserIds, DEV_PERSONAS.admin.userId] : config.adminUserIds;
  const lineClient = createLineApiClient({ channelAccessToken: config.lineChannelAccessToken, baseURL: config.lineApiBaseUrl ?? ownUrl });
  const { app, services } = createApp({
    channelSecret: config.lineChannelSecret,
    adminUserIds,
    db,
    line: lineClient,
    fetchContent: createContentFetcher({
      channelAccessToken: config.lineChannelAccessToken,
      baseURL: config.lineDataApiBaseUrl ?? ownUrl,
    }),
    // Answers follow the plans held: the current one (switched in chat or by plan:activate), and past years' when named.
    questions: (plans) => createQuestionAnswerer(plans),
    seedPlans: localSeedPlans(plan, localPlans),
    logger,
    clock: systemClock,
    ids: randomIds,
    richMenus: createRichMenuLinker(lineClient, logger),
    evidence: createLocalEvidenceStore(join(config.localDataDir, "evidence")),
    publicBaseUrl: config.publicBaseUrl,
    // LINE takes images only from https: the stand-in gets https://localhost:PORT/media/…, which
    // the chat page fetches from this server's own /media route.
    mediaBaseUrl: useStandin ? ownUrl.replace(/^http:/, "https:") : undefined,
    lineBasicId: config.lineBasicId,
  });

  await settleLocalPlan({ db, units: services.plans.units, store: services.plans.store, plans: services.plans }, plan, localPlans);
  const current = (await services.plans.current()).plan;
  services.questions.answer(""); // builds the answerer now rather than at the first question

  if (useStandin) {
    // The officer persona is an officer from the first run, so officer flows can be tried at once.
    const people = createPeopleStore(db, { adminUserIds });
    const officer = await people.get(DEV_PERSONAS.officer.userId);
    if (!officer || officer.role === "citizen" || officer.unitId === DEV_OFFICER_UNIT) {
      await people.setRole(DEV_PERSONAS.officer.userId, "officer", unitIdFor(DEV_OFFICER_UNIT));
    }
  }

  const server = express();
  server.disable("x-powered-by");
  if (standin) {
    // Before the app: the app answers every path it does not know with its own 404.
    server.use(standin.router);
    const { shortName, district, province } = current.organization;
    const address = [district && `อ.${district}`, province && `จ.${province}`].filter(Boolean).join(" ");
    server.use(createChatPageRouter({ standinPath: STANDIN_DEV_PATH, personas, organization: { name: shortName, ...(address ? { address } : {}) } }));
  }
  server.use(app);
  // Errors of the stand-in and the chat page (the app's own are answered inside it).
  server.use(errorAnswer({ logger }));
  const listening = server.listen(config.port, config.host, () => {
    const lines = [
      ``,
      `  ${current.organization.shortName}: LINE bot running locally (plan FY ${current.fiscalYear}${current.sample ? ", a sample" : ""})`,
      `  webhook      POST ${ownUrl}/webhook`,
      useStandin ? `  chat page    http://localhost:${config.port}/` : `  LINE API     ${config.lineApiBaseUrl}`,
      `  public page  http://localhost:${config.port}/public`,
      `  listening on ${config.host}${config.host === "127.0.0.1" ? " (this machine only; set HOST=0.0.0.0 to open it to the network)" : ""}`,
      `  Firestore    ${embedded ? `embedded at ${firestoreHost}, data in ${config.localDataDir}/ (${embedded.restored} documents restored)` : firestoreHost}`,
      ``,
    ];
    process.stdout.write(lines.join("\n") + "\n");
  });

  if (useStandin) {
    // The stand-in keeps menus in memory: set them up on every start, with the personas linked.
    listening.once("listening", () => void setupRichMenus({
      client: lineClient,
      blob: new messagingApi.MessagingApiBlobClient({ channelAccessToken: config.lineChannelAccessToken, baseURL: ownUrl }),
      logger,
      relink: [
        { userId: DEV_PERSONAS.officer.userId, role: "officer" },
        { userId: DEV_PERSONAS.admin.userId, role: "admin" },
      ],
    }).catch((error: unknown) => logger.error("rich_menu.setup_failed", { error })));
  }

  // Cloud Functions runs the job table from its scheduler; locally a timer runs the same table at
  // the same Bangkok times, and sends new deliveries at every tick as the Firestore trigger would.
  const scheduler = createLocalScheduler({
    jobs: SCHEDULED_JOBS,
    services,
    clock: systemClock,
    onError: (job, error) => logger.error("job.failed", { job, error }),
  });
  const jobs = setInterval(() => {
    services.outbox.runner.runDue().catch((error: unknown) => logger.error("delivery.run_failed", { error }));
    void scheduler.tick();
  }, LOCAL_JOB_INTERVAL_MS);

  const shutdown = async (): Promise<void> => {
    clearInterval(jobs);
    listening.close();
    listening.closeAllConnections();
    unannounce?.();
    await embedded?.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
