/**
 * Postback data is a short query string, `a=<action>&key=value…` (≤ 300 chars, LINE's limit).
 * It arrives from the client, so it is parsed like any other untrusted input: an unknown action or
 * a malformed string is reported, never thrown, and carries no authority of its own.
 */
import { z } from "zod";
import { LINE_LIMITS } from "../line/limits";

export interface PostbackAction {
  action: string;
  params: Record<string, string>;
}

const actionName = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/);

/**
 * Every value the bot puts in a button is an ID, a number or a keyword it made itself: letters,
 * digits, `.`, `_` and `-`. Values become Firestore document IDs (tickets, drafts, plans), so
 * anything else is a forged button and goes no further: `a/b` (a path), `.` and `..`, Firestore's
 * reserved `__…__` IDs (refused by Firestore: a 500, then LINE's redeliveries), and the names of
 * `Object.prototype` (`constructor`), which the embedded emulator cannot look up.
 */
export function isPostbackValue(value: string): boolean {
  return /^[\p{L}\p{M}\p{N}._-]{0,200}$/u.test(value) && !/^\.{1,2}$/.test(value) && !/^__.*__$/.test(value) && !(value in Object.prototype);
}

export function parsePostbackData(data: string): PostbackAction | undefined {
  if (data.length === 0 || data.length > LINE_LIMITS.postbackDataLength) return undefined;
  let search: URLSearchParams;
  try {
    search = new URLSearchParams(data);
  } catch {
    return undefined;
  }
  const action = actionName.safeParse(search.get("a"));
  if (!action.success) return undefined;
  const params: Record<string, string> = {};
  for (const [k, v] of search) {
    if (k === "a") continue;
    if (!isPostbackValue(v) || Object.hasOwn(params, k)) return undefined;
    params[k] = v;
  }
  return { action: action.data, params };
}

/** Builds postback data for a button, refusing (at build time) anything LINE would reject. */
export function postbackData(action: string, params: Record<string, string> = {}): string {
  for (const [k, v] of Object.entries(params)) if (!isPostbackValue(v)) throw new RangeError(`postback ${action}: ${k} is not a value the parser takes`);
  const data = new URLSearchParams({ a: action, ...params }).toString();
  if (data.length > LINE_LIMITS.postbackDataLength) throw new RangeError(`postback data for ${action} is ${data.length} chars`);
  return data;
}
