/**
 * Builds the bot's express app from its parts. Everything it needs is passed in, so the same
 * function serves Cloud Functions (real LINE and Firestore), the local run (stand-ins) and tests
 * (fixed clock and IDs). No environment is read here.
 */
import type { Plan } from "./plan/schema";
import express, { type Express } from "express";
import type { Firestore } from "firebase-admin/firestore";
import type { Clock } from "./clock";
import { timerDeadlines, type Deadlines } from "./deadlines";
import type { Ids } from "./ids";
import type { Logger } from "./logs";
import { createEventProcessor } from "./bot/process-events";
import { createConversationStore } from "./bot/conversation-store";
import { createQaContextStore } from "./bot/qa-context-store";
import { createEventRouter, type QuestionAnswerer } from "./bot/route-event";
import { createCapabilities, type CapabilityServices } from "./capabilities";
import type { LineApiClient } from "./line/line-api-client";
import { noContent } from "./line/message-content";
import { createSender, type SenderOptions } from "./line/sender";
import { errorAnswer, notFoundAnswer } from "./http/error-answers";
import { createWebhookHandler } from "./line/webhook-route";
import { createPeopleStore } from "./people/people-store";
import { createEventLedger } from "./store/event-ledger";
import { createDeliveryStore } from "./outbox/delivery-store";
import { createDeliveryRunner } from "./outbox/run-delivery";
import type { EvidenceStore } from "./progress/evidence-store";
import { createPublicRoutes } from "./public-page/public-routes";
import { createMediaRoutes } from "./media/media-routes";
import { createReportLinks } from "./progress/report-links";
import { createProgressReportRoutes } from "./progress/report-routes";
import { loadDefaultPlan, type Answerer } from "./qa/answerer";
import { createPlanBook } from "./plan/plan-book";
import { createPlanAwareAnswerer, type PlansToAnswerFrom } from "./plan/plan-answerer";
import { fiscalYearOf } from "./thai/fiscal-year";
import type { RichMenuLinker } from "./rich-menus/linker";
import { createAnswerPath } from "./faq/answer-path";
import { getStaffGroup } from "./tickets/staff";
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
  /**
   * How questions are answered: an answerer built from the plans held (then answers follow the
   * current plan, and past years' when a question names them), or one fixed answerer.
   */
  questions: QuestionAnswerer | ((plans: PlansToAnswerFrom) => Answerer);
  /** The first plan (PLAN_FILE), held when Firestore holds none yet; the shipped one when omitted. */
  plan?: Plan;
  /** Instead of `plan`: plans activated in order on a Firestore that holds none; the last is current. */
  seedPlans?: readonly Plan[];
  /** A fixed name for greetings and replies; by default the current plan's organisation. */
  orgName?: string;
  logger: Logger;
  clock: Clock;
  ids: Ids;
  /**
   * Where LINE posts: `/webhook` locally; on Cloud Functions also `/`, the function's own URL.
   */
  webhookPaths?: readonly string[];
  /** How long one webhook request may take before its unfinished events are left to redelivery. */
  webhookDeadlineMs?: number;
  /** Where every deadline (webhook, LINE calls, pages) comes from; timers when omitted. */
  deadlines?: Deadlines;
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
  const deadlines = deps.deadlines ?? timerDeadlines;
  const people = createPeopleStore(db, { adminUserIds: deps.adminUserIds });
  const sender = createSender({ client: line, logger, ids, deadlines, ...deps.sending });
  const conversations = createConversationStore(db);
  const qaContexts = createQaContextStore(db, { logger });
  const deliveryStore = createDeliveryStore(db, ids);
  const plans = createPlanBook({ db, clock, logger, seed: deps.seedPlans ?? [deps.plan ?? loadDefaultPlan()] });
  const build = deps.questions;
  const base =
    typeof build === "function" ? createPlanAwareAnswerer({ held: () => plans.latestAll, thisYear: () => fiscalYearOf(clock.now()), build }) : build;
  // The plan answerer plus the FAQ entries staff keep in Firestore (issue 6).
  const questions = createFaqAwareAnswerer({ base, db, clock, logger });
  const orgName = () => deps.orgName ?? plans.latest.plan.organization.shortName;
  const services: CapabilityServices = {
    db,
    plans,
    people,
    conversations,
    sender,
    questions,
    logger,
    clock,
    ids,
    get orgName() {
      return orgName();
    },
    fetchContent: deps.fetchContent ?? noContent,
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
    isStaffGroup: async (groupId) => (await getStaffGroup(db)) === groupId,
    logger,
    get orgName() {
      return orgName();
    },
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
    // Every event sees the current plan, and a question the current FAQ entries: a switch or an
    // entry made on another instance shows within seconds. Both checks overlap the event's claim.
    warm: (event) => Promise.all([plans.current(), event.kind === "text" ? questions.refresh() : undefined]),
    route,
    sender,
    outbox: services.outbox,
    logger,
    clock,
    deadlineMs: deps.webhookDeadlineMs,
    deadlines,
  });

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", true);
  // Before the webhook: on Cloud Functions it is also mounted at "/".
  const reportLinks = createReportLinks(db);
  app.use(createProgressReportRoutes({ plans, links: reportLinks, clock, logger, deadlines }));
  if (deps.evidence) app.use(createMediaRoutes(deps.evidence, { isValidToken: (t) => reportLinks.isValid(t, clock.now()) }));
  app.use(createPublicRoutes({ db, plans, clock, logger, deadlines, lineBasicId: deps.lineBasicId }));
  const webhook = createWebhookHandler({ channelSecret: deps.channelSecret, logger, processEvents });
  const webhookPaths = deps.webhookPaths ?? ["/webhook"];
  for (const path of webhookPaths) app.use(path, webhook);
  app.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  // Last: what no route answered, and errors no route caught, get the app's own short answer.
  const answers = { logger, apiPaths: [...webhookPaths, "/healthz"] };
  app.use(notFoundAnswer(answers), errorAnswer(answers));
  return { app, services };
}
