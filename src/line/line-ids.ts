/**
 * The formats of the IDs LINE puts in a webhook event. They become Firestore document IDs and
 * paths (the dedupe ledger, people, conversations, stored photos), so an ID that is not in LINE's
 * format never gets past the boundary: a signed event with a `webhookEventId` of `a/../b` or a
 * `userId` of `__proto__` is skipped, not turned into a path. Anything these patterns accept is a
 * safe document ID (letters and digits only).
 * https://developers.line.biz/en/reference/messaging-api/#source-user
 */
export const LINE_ID_PATTERNS = {
  /** A ULID: 26 characters of Crockford's base 32 (no I, L, O, U). */
  webhookEventId: /^[0-9A-HJKMNP-TV-Z]{26}$/,
  userId: /^U[0-9a-f]{32}$/,
  groupId: /^C[0-9a-f]{32}$/,
  roomId: /^R[0-9a-f]{32}$/,
  /** Message IDs are decimal numbers (18 digits today). */
  messageId: /^[0-9]{1,32}$/,
} as const;

export type LineIdKind = keyof typeof LINE_ID_PATTERNS;

export function isLineId(kind: LineIdKind, value: unknown): value is string {
  return typeof value === "string" && LINE_ID_PATTERNS[kind].test(value);
}
