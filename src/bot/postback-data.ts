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
  for (const [k, v] of search) if (k !== "a") params[k] = v;
  return { action: action.data, params };
}

/** Builds postback data for a button, refusing (at build time) anything LINE would reject. */
export function postbackData(action: string, params: Record<string, string> = {}): string {
  const data = new URLSearchParams({ a: action, ...params }).toString();
  if (data.length > LINE_LIMITS.postbackDataLength) throw new RangeError(`postback data for ${action} is ${data.length} chars`);
  return data;
}
