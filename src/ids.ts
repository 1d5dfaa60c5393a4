/**
 * Identifier generation, passed in so tests are deterministic. Retry keys for LINE must be UUIDs
 * (LINE rejects anything else with 400).
 */
import { randomUUID } from "node:crypto";

export interface Ids {
  uuid(): string;
}

export const randomIds: Ids = { uuid: () => randomUUID() };
