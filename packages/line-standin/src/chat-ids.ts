/**
 * LINE's ID formats. The stand-in rejects malformed IDs as LINE does, which catches a bot that
 * sends to a display name, an empty string or a group ID where a user ID belongs.
 */

export const USER_ID = /^U[0-9a-f]{32}$/;
export const GROUP_ID = /^C[0-9a-f]{32}$/;
export const ROOM_ID = /^R[0-9a-f]{32}$/;

export function isUserId(value: unknown): value is string {
  return typeof value === "string" && USER_ID.test(value);
}

/** A push target: a user, group or room ID. */
export function isChatId(value: unknown): value is string {
  return typeof value === "string" && (USER_ID.test(value) || GROUP_ID.test(value) || ROOM_ID.test(value));
}
