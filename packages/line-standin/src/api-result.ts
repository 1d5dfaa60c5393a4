/**
 * Route handlers of the stand-in return a result instead of writing the response, so one place can
 * write it — and swap in a scripted failure after the request was really accepted (see
 * {@link Fault.afterAccept}).
 */
import type { Request, RequestHandler, Response } from "express";
import type { Fault } from "./fault-injector";
import type { StandinIds } from "./standin-ids";
import type { StandinState } from "./standin-state";
import { bodyForStatus } from "./line-error-bodies";

/** What every API route needs; passed in so tests control the clock and IDs. */
export interface ApiDeps {
  state: StandinState;
  ids: StandinIds;
  now: () => Date;
}

export interface ApiResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Binary answer (message content, rich menu images) instead of JSON. */
  bytes?: { data: Buffer; contentType: string };
}

/** Per-request values the API router puts in `res.locals`. */
export interface ApiLocals {
  requestId: string;
  lateFault?: Fault;
}

export type ApiHandler = (req: Request, ctx: { requestId: string }) => ApiResult | Promise<ApiResult>;

export function apiLocals(res: Response): ApiLocals {
  return res.locals as ApiLocals;
}

/** Adapts an {@link ApiHandler} to express and writes its result (or the late fault). */
export function handle(handler: ApiHandler): RequestHandler {
  return async (req, res) => {
    const locals = apiLocals(res);
    const result = await handler(req, { requestId: locals.requestId });
    const late = locals.lateFault;
    if (late) await waitFor(late);
    if (late?.status !== undefined) {
      writeResult(res, { status: late.status, body: late.body ?? bodyForStatus(late.status) });
      return;
    }
    writeResult(res, result);
  };
}

/** A fault's wait: its delay, then its gate (see {@link Fault.until}). */
export async function waitFor(fault: Fault): Promise<void> {
  if (fault.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (fault.until) await fault.until.catch(() => undefined);
}

export function writeResult(res: Response, result: ApiResult): void {
  res.status(result.status);
  if (result.headers) res.set(result.headers);
  if (result.bytes) {
    res.type(result.bytes.contentType).send(result.bytes.data);
    return;
  }
  res.json(result.body ?? {});
}

/** The parsed JSON body as an object (an absent or non-object body reads as `{}`). */
export function objectBody(req: Request): Record<string, unknown> {
  const body: unknown = req.body;
  return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/** Route parameters are always present on a matched route; this satisfies noUncheckedIndexedAccess. */
export function param(req: Request, name: string): string {
  const value: unknown = req.params[name];
  return typeof value === "string" ? value : "";
}
