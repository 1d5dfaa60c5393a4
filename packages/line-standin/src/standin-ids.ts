/**
 * Every kind of ID the stand-in hands out, in LINE's formats, derived from one injected UUID source
 * and clock so tests that inject both get identical IDs on every run.
 */
import { createHash } from "node:crypto";
import { createUlid } from "./ulid";

export interface StandinIds {
  /** `x-line-request-id` (a UUID, as LINE sends). */
  requestId(): string;
  /** 32 lowercase hex characters, like LINE's reply tokens. */
  replyToken(): string;
  /** A numeric string, like LINE's message IDs (18 digits). */
  messageId(): string;
  /** An opaque token that lets the bot quote a message. */
  quoteToken(): string;
  /** A ULID, like LINE's `webhookEventId`. */
  webhookEventId(): string;
  /** `richmenu-` followed by 32 hex characters. */
  richMenuId(): string;
}

export function createStandinIds(uuid: () => string, now: () => Date): StandinIds {
  let messageCounter = 0;
  const hex = (): string => toHex32(uuid());
  return {
    requestId: uuid,
    replyToken: hex,
    messageId: () => {
      messageCounter = (messageCounter + 1) % 100_000;
      return `${now().getTime()}${String(messageCounter).padStart(5, "0")}`;
    },
    quoteToken: () => Buffer.from(hex() + hex(), "hex").toString("base64url"),
    webhookEventId: () => createUlid(now().getTime(), Buffer.from(hex().slice(0, 20), "hex")),
    richMenuId: () => `richmenu-${hex()}`,
  };
}

/** A UUID's 32 hex digits; any other string is hashed so injected IDs like "id-1" still work. */
function toHex32(value: string): string {
  const compact = value.replace(/-/g, "").toLowerCase();
  return /^[0-9a-f]{32}$/.test(compact) ? compact : createHash("sha256").update(value).digest("hex").slice(0, 32);
}
