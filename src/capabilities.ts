/**
 * The list of capabilities the bot runs, built from shared services. Adding a capability means
 * adding one line here; the router, the role checks and the sending stay as they are.
 */
import type { Firestore } from "firebase-admin/firestore";
import type { Capability } from "./bot/capability";
import type { ConversationStore } from "./bot/conversation-store";
import type { QuestionAnswerer } from "./bot/route-event";
import type { Clock } from "./clock";
import type { Ids } from "./ids";
import type { Sender } from "./line/sender";
import type { Logger } from "./logs";
import type { PeopleStore } from "./people/people-store";
import type { DeliveryStore } from "./outbox/delivery-store";
import type { DeliveryRunner } from "./outbox/run-delivery";

/** What every capability may use. Capabilities never import express or the LINE SDK. */
export interface CapabilityServices {
  db: Firestore;
  people: PeopleStore;
  conversations: ConversationStore;
  sender: Sender;
  questions: QuestionAnswerer;
  logger: Logger;
  clock: Clock;
  ids: Ids;
  orgName: string;
  /** Downloads the bytes of an image or file a user sent (LINE's content API). */
  fetchContent(messageId: string): Promise<{ bytes: Buffer; contentType: string }>;
  /**
   * Messages to send outside the webhook (announcements, reminders, answers to citizens): create a
   * delivery in `store`; a trigger, the schedule or `runner.run(id)` sends it exactly once.
   */
  outbox: { store: DeliveryStore; runner: DeliveryRunner };
}

export function createCapabilities(_services: CapabilityServices): Capability[] {
  return [];
}
