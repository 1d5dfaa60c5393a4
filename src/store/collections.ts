/**
 * Names of the top-level Firestore collections. Flat, top-level collections are what the embedded
 * emulator queries correctly (see ../shared/docs/firestore-emulator.md), and what security rules
 * and TTL policies are written against.
 */
export const COLLECTIONS = {
  /** One document per LINE user the bot has met: role, unit, follow state. */
  people: "people",
  /** One document per webhook event taken for processing: the dedupe ledger. */
  webhookEvents: "webhookEvents",
  /** One document per chat in a multi-step flow (expires by itself). */
  conversations: "conversations",
  /** One document per chat (1:1, group or room): what its last answer was about, for a follow-up (expires by itself). */
  qaContexts: "qaContexts",
  /** Messages to many people sent outside the webhook, exactly once per chunk (see src/outbox). */
  deliveries: "deliveries",
  /** Announcements admins made: what, by whom, to whom, when; `events` subcollection is the audit trail. */
  announcements: "announcements",
  /** Small counters (e.g. the next announcement number), one document each. */
  counters: "counters",
} as const;
