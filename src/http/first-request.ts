/**
 * Starts work when an instance gets its first request, without making that request wait for it.
 * A new Cloud Functions instance is built on its first request, which is usually a webhook whose
 * answer needs the plans, the FAQ entries and the index built over them: started here, those
 * Firestore reads run beside the webhook's own (claiming the event, reading the sender), and the
 * index is built while the webhook waits on Firestore, instead of all of it one step after another
 * once the event reaches the answerer. Started on a request, never at build time, so the instances
 * that only run jobs or deliveries (the same bot, no requests) do none of it.
 */
import type { RequestHandler } from "express";
import type { Logger } from "../logs";

export function onFirstRequest(start: () => Promise<void>, logger: Logger): RequestHandler {
  let started = false;
  return (_req, _res, next) => {
    if (!started) {
      started = true;
      start().catch((error: unknown) => logger.warn("app.first_request_work_failed", { error }));
    }
    next();
  };
}
