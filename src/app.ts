/**
 * Builds the bot's express app from its parts. Everything it needs is passed in, so the same
 * function serves Cloud Functions (real LINE and Firestore), the local run (stand-ins) and tests
 * (fixed clock and IDs). No environment is read here.
 */
import type { Plan } from "./plan/schema";
import express, { type Express } from "express";
import type { Firestore } from "firebase-admin/firestore";
import type { Clock } from "./clock";
import type { Ids } from "./ids";
import type { Logger } from "./logs";
import { createEventProcessor } from "./bot/process-events";
import { createConversationStore } from "./bot/conversation-store";
import { createQaContextStore } from "./bot/qa-context-store";
import { createEventRouter, type QuestionAnswerer } from "./bot/route-event";
import { createCapabilities, type CapabilityServices } from "./capabilities";
import type { LineApiClient } from "./line/line-api-client";
import { createSender, type SenderOptions } from "./line/sender";
import { createWebhookHandler } from "./line/webhook-route";
import { createPeopleStore } from "./people/people-store";
import { createEventLedger } from "./store/event-ledger";
import { createDeliveryStore } from "./outbox/delivery-store";
import { createDeliveryRunner } from "./outbox/run-delivery";
import type { EvidenceStore } from "./progress/evidence-store";
import { createProgressService } from "./progress/progress-service";
import { createPublicRoutes } from "./public-page/public-routes";
import { createMediaRoutes } from "./media/media-routes";
import { createReportLinks } from "./progress/report-links";
import { createProgressReportRoutes } from "./progress/report-routes";
import { loadDefaultPlan } from "./qa/answerer";
import type { RichMenuLinker } from "./rich-menus/linker";
import { createAnswerPath } from "./faq/answer-path";
import { createFaqAwareAnswerer } from "./faq/faq-aware-answerer";

export interface AppDeps {
  channelSecret: string;
  adminUserIds: readonly string[];
  /** Who receives confidential misconduct complaints (INTEGRITY_OFFICER_IDS); the configured admins when omitted. */
  integrityOfficerIds?: readonly string[];
  db: Firestore;
  line: LineApiClient;
  /** Downloads message content (LINE's data API, a different host in production). */
  fetchContent?: CapabilityServices["fetchContent"];
  questions: QuestionAnswerer;
  /** The plan (PLAN_FILE); the shipped one when omitted. */
  plan?: Plan;
  orgName: string;
  logger: Logger;
  clock: Clock;
  ids: Ids;
  /**
   * Where LINE posts: `/webhook` locally; on Cloud Functions also `/`, the function's own URL.
   */
  webhookPaths?: readonly string[];
  /** How long one webhook request may take before its unfinished events are left to redelivery. */
  webhookDeadlineMs?: number;
  /** Links rich menus per role (the SDK client against LINE or the stand-in); none when omitted. */
  richMenus?: RichMenuLinker;
  /** Where evidence photos go (local disk or Cloud Storage); photos are refused when omitted. */
  evidence?: EvidenceStore;
  /** The LINE account's basic ID, for the public page's add-friend link and QR code. */
  lineBasicId?: string;
  /** Base URL of this app as people reach it (PUBLIC_BASE_URL), for links sent in chat. */
  publicBaseUrl?: string;
  /** Where LINE fetches photos from, when not `publicBaseUrl` (a local run: https://localhost, see the chat page). */
  mediaBaseUrl?: string;
  /** Retry tuning for sending; tests shorten the delays. */
  sending?: Pick<SenderOptions, "maxAttempts" | "baseDelayMs" | "timeoutMs" | "sleep">;
}

export interface BotApp {
  app: Express;
  /** The services capabilities use; jobs (schedules, triggers) run on these too. */
  services: CapabilityServices;
}

export function createApp(deps: AppDeps): BotApp {
  const { db, line, logger, clock, ids } = deps;
  const people = createPeopleStore(db, { adminUserIds: deps.adminUserIds });
  const sender = createSender({ client: line, logger, ids, ...deps.sending });
  const conversations = createConversationStore(db);
  const qaContexts = createQaContextStore(db, { logger });
  const deliveryStore = createDeliveryStore(db, ids);
  // The plan answerer plus the FAQ entries staff keep in Firestore (issue 6).
  const questions = createFaqAwareAnswerer({ base: deps.questions, db, clock, logger });
  const plan = deps.plan ?? loadDefaultPlan();
  const services: CapabilityServices = {
    db,
    plan,
    people,
    conversations,
    sender,
    questions,
    logger,
    clock,
    ids,
    orgName: deps.orgName,
    fetchContent:
      deps.fetchContent ??
      (() => {
        throw new Error("message content is not available in this deployment");
      }),
    outbox: { store: deliveryStore, runner: createDeliveryRunner({ store: deliveryStore, sender, logger, clock }) },
    adminUserIds: deps.adminUserIds,
    integrityOfficerIds: deps.integrityOfficerIds ?? deps.adminUserIds,
    richMenus: deps.richMenus,
    evidence: deps.evidence,
    publicBaseUrl: deps.publicBaseUrl,
    mediaBaseUrl: deps.mediaBaseUrl ?? deps.publicBaseUrl,
  };
  const capabilities = createCapabilities(services);
  const route = createEventRouter({
    people,
    questions,
    answerQuestion: createAnswerPath({ questions, db, contexts: qaContexts, logger }),
    logger,
    orgName: deps.orgName,
    capabilities,
    conversations,
    fetchProfile: async (userId) => {
      const profile = await line.getProfile(userId);
      return { displayName: profile.displayName };
    },
  });
  const processEvents = createEventProcessor({
    ledger: createEventLedger(db),
    people,
    conversations,
    qaContexts,
    route,
    sender,
    logger,
    clock,
    deadlineMs: deps.webhookDeadlineMs,
  });

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", true);
  // Before the webhook: on Cloud Functions it is also mounted at "/".
  app.use(createProgressReportRoutes({ progress: createProgressService(db, plan), links: createReportLinks(db), clock, logger }));
  if (deps.evidence) {
    const links = createReportLinks(db);
    app.use(createMediaRoutes(deps.evidence, { isValidToken: (t) => links.isValid(t, clock.now()) }));
  }
  app.use(createPublicRoutes({ db, plan, clock, logger, lineBasicId: deps.lineBasicId }));
  const webhook = createWebhookHandler({ channelSecret: deps.channelSecret, logger, processEvents });
  for (const path of deps.webhookPaths ?? ["/webhook"]) app.use(path, webhook);
  app.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  return { app, services };
}
