/**
 * Message content (what users sent as images), served from the bytes the stand-in stored when the
 * simulated user sent them. In production the blob client calls api-data.line.me; here the same
 * router answers, so point both clients' `baseURL` at the stand-in.
 * Reference: https://developers.line.biz/en/reference/messaging-api/#get-content
 */
import { Router } from "express";
import { handle, param, type ApiDeps, type ApiResult } from "./api-result";
import { LINE_ERRORS } from "./line-error-bodies";

export function createContentRoutes({ state }: ApiDeps): Router {
  const router = Router();

  function content(messageId: string): ApiResult {
    const stored = state.contents.get(messageId);
    if (!stored) return { status: 404, body: LINE_ERRORS.notFound };
    return { status: 200, bytes: { data: stored.bytes, contentType: stored.contentType } };
  }

  router.get(
    "/bot/message/:messageId/content",
    handle((req) => content(param(req, "messageId"))),
  );
  router.get(
    "/bot/message/:messageId/content/preview",
    handle((req) => content(param(req, "messageId"))),
  );
  router.get(
    "/bot/message/:messageId/content/transcoding",
    handle((req) =>
      state.contents.has(param(req, "messageId"))
        ? { status: 200, body: { status: "succeeded" } }
        : { status: 404, body: LINE_ERRORS.notFound },
    ),
  );

  return router;
}
