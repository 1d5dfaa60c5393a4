/**
 * The stand-in's Messaging API, mounted at `/v2` of the stand-in's router. Cross-cutting LINE
 * behaviour lives here, in the order LINE applies it: a request ID on every answer, scripted
 * faults, bearer-token check, JSON parsing, the routes, then LINE's 404 and 400 bodies.
 */
import express, { Router, type ErrorRequestHandler } from "express";
import { apiLocals, waitFor, writeResult, type ApiDeps } from "./api-result";
import { createContentRoutes } from "./content-routes";
import { bodyForStatus, LINE_ERRORS } from "./line-error-bodies";
import { createMessageRoutes } from "./message-routes";
import { createProfileRoutes } from "./profile-routes";
import { createRichMenuRoutes } from "./rich-menu-routes";

/** LINE accepts request bodies up to 2 MB; larger flex payloads must reach the validator, not the parser. */
const JSON_BODY_LIMIT = "2mb";

export interface ApiRouterOptions extends ApiDeps {
  channelAccessToken: string;
}

export function createApiRouter(opts: ApiRouterOptions): Router {
  const { state, ids, channelAccessToken } = opts;
  const router = Router();

  router.use((_req, res, next) => {
    const requestId = ids.requestId();
    apiLocals(res).requestId = requestId;
    res.set("x-line-request-id", requestId);
    next();
  });

  router.use(async (req, res, next) => {
    const fault = state.faults.take(req.method, `/v2${req.path}`);
    if (!fault) return next();
    if (fault.afterAccept) {
      // Processed now; the wait and the status apply to the answer (see handle()).
      apiLocals(res).lateFault = fault;
      return next();
    }
    await waitFor(fault);
    if (fault.status === undefined) return next();
    writeResult(res, { status: fault.status, body: fault.body ?? bodyForStatus(fault.status) });
  });

  router.use((req, res, next) => {
    if (req.get("authorization") !== `Bearer ${channelAccessToken}`) {
      writeResult(res, { status: 401, body: LINE_ERRORS.authenticationFailed });
      return;
    }
    next();
  });

  router.use(express.json({ limit: JSON_BODY_LIMIT }));
  router.use(createMessageRoutes(opts));
  router.use(createContentRoutes(opts));
  router.use(createProfileRoutes(opts));
  router.use(createRichMenuRoutes(opts));

  router.use((_req, res) => writeResult(res, { status: 404, body: LINE_ERRORS.notFound }));

  /** A bug in the stand-in itself answers 500 with its cause, so it is not mistaken for a bot bug. */
  const onError: ErrorRequestHandler = (error: { type?: string; message?: string }, _req, res, _next) => {
    if (error.type === "entity.parse.failed") return writeResult(res, { status: 400, body: LINE_ERRORS.malformedJson });
    if (error.type === "entity.too.large") return writeResult(res, { status: 413, body: { message: "Request entity too large" } });
    writeResult(res, { status: 500, body: { ...LINE_ERRORS.internalError, standinError: String(error.message ?? error) } });
  };
  router.use(onError);

  return router;
}
