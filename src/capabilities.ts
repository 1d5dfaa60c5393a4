/**
 * The list of capabilities the bot runs, built from shared services. Adding a capability means
 * adding one line here; the router, the role checks and the sending stay as they are.
 */
import type { PlanBook } from "./plan/plan-book";
import type { Firestore } from "firebase-admin/firestore";
import { createAnnouncementsCapability } from "./announcements/capability";
import type { Capability } from "./bot/capability";
import type { ConversationStore } from "./bot/conversation-store";
import type { QuestionAnswerer } from "./bot/route-event";
import type { Clock } from "./clock";
import type { Ids } from "./ids";
import type { ContentFetcher } from "./line/message-content";
import type { Sender } from "./line/sender";
import type { Logger } from "./logs";
import type { PeopleStore } from "./people/people-store";
import type { DeliveryStore } from "./outbox/delivery-store";
import type { DeliveryRunner } from "./outbox/run-delivery";
import { createPeopleAdminCapability } from "./people/people-admin";
import type { EvidenceStore } from "./progress/evidence-store";
import { createProgressCapability } from "./progress/progress-capability";
import { createPlansCapability } from "./plan/plans-capability";
import { createReportLinks } from "./progress/report-links";
import type { RichMenuLinker } from "./rich-menus/linker";
import { createFaqCapability } from "./faq/faq-capability";
import { createStatsCapability } from "./stats/stats-capability";
import { attachmentStoreFromEvidence } from "./tickets/attachment-store";
import { createTicketsCapability } from "./tickets/tickets-capability";

/** What every capability may use. Capabilities never import express or the LINE SDK. */
export interface CapabilityServices {
  db: Firestore;
  /** The plans the bot holds: the current one it answers from and tracks, and past years. */
  plans: PlanBook;
  people: PeopleStore;
  conversations: ConversationStore;
  sender: Sender;
  questions: QuestionAnswerer;
  logger: Logger;
  clock: Clock;
  ids: Ids;
  orgName: string;
  /**
   * Downloads the bytes of an image or file a user sent (LINE's content API), bounded by LINE's
   * 10 MB; `fetchContent.open` streams them, for a store that writes them as they arrive.
   */
  fetchContent: ContentFetcher;
  /**
   * Messages to send outside the webhook (announcements, reminders, answers to citizens): create a
   * delivery in `store`; a trigger, the schedule or `runner.run(id)` sends it exactly once.
   */
  outbox: { store: DeliveryStore; runner: DeliveryRunner };
  /** LINE user IDs that are admins by configuration (ADMIN_USER_IDS); chat cannot demote them. */
  adminUserIds?: readonly string[];
  /** Who receives confidential misconduct complaints (INTEGRITY_OFFICER_IDS, else ADMIN_USER_IDS). */
  integrityOfficerIds?: readonly string[];
  /** Links a person's rich menu to their role when it changes. */
  richMenus?: RichMenuLinker;
  /** Keeps photos sent as evidence (local disk, or Cloud Storage in production). */
  evidence?: EvidenceStore;
  /** Where links to the bot's own web pages start (PUBLIC_BASE_URL), e.g. the progress report. */
  publicBaseUrl?: string;
  /** Where LINE fetches photos (image messages) from: PUBLIC_BASE_URL, or https://localhost in a local run. */
  mediaBaseUrl?: string;
}

export function createCapabilities(services: CapabilityServices): Capability[] {
  return [...peopleAndProgress(services), createAnnouncementsCapability(services), ...questionsToStaff(services)];
}

/** Officers, units, progress reporting (issue 5) and the plans of each year (issue 17): one view of the plans and units. */
function peopleAndProgress(services: CapabilityServices): Capability[] {
  return [
    createPeopleAdminCapability(services, services.plans.units),
    createProgressCapability(services, { plans: services.plans, links: createReportLinks(services.db) }),
    createPlansCapability(services),
  ];
}

/** The two-way Q&A channel (issue 6): tickets to staff and back, FAQ learning, statistics. */
function questionsToStaff(services: CapabilityServices): Capability[] {
  const attachments = services.evidence ? attachmentStoreFromEvidence(services.evidence) : undefined;
  return [createTicketsCapability(services, { attachments }), createFaqCapability(services), createStatsCapability(services)];
}
