/**
 * The webhook endpoint. The signature is checked on the raw request bytes (any re-serialisation of
 * the JSON would change them), before anything is parsed or stored. Exactly one response per
 * request: 401 bad signature, 400 malformed body, 413 too large, 500 when events should be
 * redelivered, else 200 once every event has been handled (replies go out before we answer, as
 * Cloud Functions gives no CPU after the response).
 */
import express, { type NextFunction, type Request, type Response } from "express";
import { LINE_SIGNATURE_HTTP_HEADER_NAME, validateSignature } from "@line/bot-sdk";
import type { Logger } from "../logs";
import type { BatchResult } from "../bot/process-events";
import { LINE_LIMITS } from "./limits";
import { webhookBodySchema } from "./webhook-body";

export interface WebhookRouteDeps {
  channelSecret: string;
  logger: Logger;
  processEvents(rawEvents: unknown[]): Promise<BatchResult>;
}

type RawRequest = Request & { rawBody?: Buffer };

/** Cloud Functions has already read the body into `req.rawBody`; elsewhere we read it ourselves. */
const readRawBody = express.raw({ type: () => true, limit: LINE_LIMITS.webhookBodyBytes });

function rawBodyOf(req: RawRequest): Buffer | undefined {
  if (Buffer.isBuffer(req.rawBody)) return req.rawBody;
  return Buffer.isBuffer(req.body) ? req.body : undefined;
}

export function createWebhookHandler(deps: WebhookRouteDeps) {
  const { channelSecret, logger } = deps;

  const handle = async (req: RawRequest, res: Response): Promise<void> => {
    const raw = rawBodyOf(req) ?? Buffer.alloc(0);
    if (raw.length > LINE_LIMITS.webhookBodyBytes) {
      res.status(413).json({ message: "Request body too large" });
      return;
    }
    const signature = req.header(LINE_SIGNATURE_HTTP_HEADER_NAME);
    if (!signature || !validateSignature(raw, channelSecret, signature)) {
      logger.warn("webhook.signature.invalid", { present: Boolean(signature), bytes: raw.length });
      res.status(401).json({ message: "Invalid signature" });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.toString("utf8"));
    } catch {
      res.status(400).json({ message: "Body is not JSON" });
      return;
    }
    const body = webhookBodySchema.safeParse(json);
    if (!body.success) {
      res.status(400).json({ message: "Body is not a LINE webhook request" });
      return;
    }
    if (body.data.events.length === 0) {
      res.status(200).json({});
      return;
    }
    const { results, redeliver } = await deps.processEvents(body.data.events);
    logger.info("webhook.request.done", { events: results.length, results });
    res.status(redeliver ? 500 : 200).json(redeliver ? { message: "Try again later" } : {});
  };

  const router = express.Router();
  router.post(
    "/",
    (req: RawRequest, res: Response, next: NextFunction) => (Buffer.isBuffer(req.rawBody) ? next() : readRawBody(req, res, next)),
    (req: Request, res: Response, next: NextFunction) => {
      handle(req, res).catch(next);
    },
  );
  router.all("/", (_req, res) => {
    res.status(405).json({ message: "Use POST" });
  });
  // Body-reading errors (too large, aborted) become LINE-style JSON answers, never an HTML page.
  router.use((err: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.type === "entity.too.large" ? 413 : typeof err.status === "number" && err.status < 500 ? err.status : 500;
    if (status >= 500) logger.error("webhook.request.failed", { error: err });
    res.status(status).json({ message: status === 413 ? "Request body too large" : "Bad request" });
  });
  return router;
}
