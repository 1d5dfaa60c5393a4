/**
 * Identifier generation, passed in so tests are deterministic. Retry keys for LINE must be UUIDs
 * (LINE rejects anything else with 400).
 */
import { createHash, randomUUID } from "node:crypto";

export interface Ids {
  uuid(): string;
}

export const randomIds: Ids = { uuid: () => randomUUID() };

/**
 * A UUID (version 5 layout) derived from `name`: the same name always gives the same UUID. Used
 * for retry keys that must survive a crash or a redelivery without being stored first (a key
 * derived from a webhook event ID is the same on every delivery of that event).
 */
export function deterministicUuid(name: string): string {
  const h = createHash("sha1").update(`ita-line-bot/outbox/${name}`).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
