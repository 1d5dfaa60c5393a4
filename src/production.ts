/**
 * Composes the bot for Cloud Functions: real LINE, real Firestore (firebase-admin with the
 * runtime's credentials), the shipped plan. Called lazily on the first request, never at import,
 * so the deploy tool can load the functions module quickly and without secrets.
 */
import type { Express } from "express";
import { createApp } from "./app";
import { systemClock } from "./clock";
import { loadConfig } from "./config";
import { randomIds } from "./ids";
import { createLineApiClient } from "./line/line-api-client";
import { createContentFetcher } from "./line/message-content";
import { createLogger } from "./logs";
import { createQuestionAnswerer } from "./qa/question-answerer";
import { openFirestore } from "./store/firestore";

export function createProductionApp(env: NodeJS.ProcessEnv = process.env): Express {
  const config = loadConfig(env, "production");
  const logger = createLogger();
  const { db } = openFirestore({ projectId: config.projectId, emulatorHost: config.firestoreEmulatorHost });
  const questions = createQuestionAnswerer();
  const line = createLineApiClient({
    channelAccessToken: config.lineChannelAccessToken,
    baseURL: config.lineApiBaseUrl ?? "https://api.line.me",
  });
  return createApp({
    channelSecret: config.lineChannelSecret,
    adminUserIds: config.adminUserIds,
    db,
    line,
    fetchContent: createContentFetcher({
      channelAccessToken: config.lineChannelAccessToken,
      baseURL: config.lineDataApiBaseUrl ?? "https://api-data.line.me",
    }),
    questions,
    orgName: questions.orgName,
    logger,
    clock: systemClock,
    ids: randomIds,
    webhookPaths: ["/webhook", "/"],
  }).app;
}
