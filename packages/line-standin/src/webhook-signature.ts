/**
 * Signs webhook bodies the way LINE does, so the bot's real signature check (the SDK's
 * `middleware` / `validateSignature`) runs unchanged against the stand-in.
 */
import { createHmac } from "node:crypto";

/** `x-line-signature`: base64 HMAC-SHA256 of the exact body bytes, keyed with the channel secret. */
export function signWebhookBody(channelSecret: string, body: string | Buffer): string {
  return createHmac("sha256", channelSecret).update(body).digest("base64");
}
