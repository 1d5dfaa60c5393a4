/**
 * Composes the bot for Cloud Functions: real LINE, real Firestore (firebase-admin with the
 * runtime's credentials), PLAN_FILE as the first plan (later plans are activated in Firestore). Built once per instance, on the first request or job,
 * never at import, so the deploy tool can load the functions module quickly and without secrets.
 */
import { createApp, type BotApp } from "./app";
import { systemClock } from "./clock";
import { loadConfig } from "./config";
import { randomIds } from "./ids";
import { createLineApiClient } from "./line/line-api-client";
import { createContentFetcher } from "./line/message-content";
import { createLogger } from "./logs";
import { loadConfiguredPlan } from "./plan/load-plan";
import { createQuestionAnswerer } from "./qa/question-answerer";
import { openFirestore } from "./store/firestore";
import { createCloudEvidenceStore } from "./progress/cloud-evidence-store";
import { createRichMenuLinker } from "./rich-menus/linker";

let bot: BotApp | undefined;

export function productionBot(env: NodeJS.ProcessEnv = process.env): BotApp {
  if (bot) return bot;
  const config = loadConfig(env, "production");
  const logger = createLogger();
  const { db, app: firebaseApp } = openFirestore({ projectId: config.projectId, emulatorHost: config.firestoreEmulatorHost });
  const plan = loadConfiguredPlan(config.planFile);
  const line = createLineApiClient({
    channelAccessToken: config.lineChannelAccessToken,
    baseURL: config.lineApiBaseUrl ?? "https://api.line.me",
  });
  bot = createApp({
    channelSecret: config.lineChannelSecret,
    adminUserIds: config.adminUserIds,
    integrityOfficerIds: config.integrityOfficerIds,
    db,
    line,
    fetchContent: createContentFetcher({
      channelAccessToken: config.lineChannelAccessToken,
      baseURL: config.lineDataApiBaseUrl ?? "https://api-data.line.me",
    }),
    // Answers follow the plans in Firestore: the current one, and past years' when a question names them.
    questions: (plans) => createQuestionAnswerer(plans),
    plan,
    logger,
    clock: systemClock,
    ids: randomIds,
    webhookPaths: ["/webhook", "/"],
    richMenus: createRichMenuLinker(line, logger),
    evidence: createCloudEvidenceStore(firebaseApp),
    publicBaseUrl: config.publicBaseUrl,
    lineBasicId: config.lineBasicId,
  });
  return bot;
}
