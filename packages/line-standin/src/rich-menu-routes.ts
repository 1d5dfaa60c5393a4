/**
 * Rich menu endpoints, LINE-shaped but simple: menus, their images, aliases, per-user links and the
 * default menu. Enough for the bot's rich-menu setup script and for tests of role-based menus.
 * Reference: https://developers.line.biz/en/reference/messaging-api/#rich-menu
 */
import express, { Router } from "express";
import { handle, objectBody, param, type ApiDeps, type ApiResult } from "./api-result";
import { isUserId } from "./chat-ids";
import { LINE_ERRORS, validationErrorBody } from "./line-error-bodies";
import { validateRichMenu } from "./request-validators";

const ALIAS_ID = /^[a-z0-9_-]{1,32}$/;
const IMAGE_TYPES = new Set(["image/jpeg", "image/png"]);
const IMAGE_BYTES = 1024 * 1024;
const OK: ApiResult = { status: 200, body: {} };

export function createRichMenuRoutes({ state, ids, now }: ApiDeps): Router {
  const store = state.richMenus;
  const router = Router();
  const menuNotFound: ApiResult = { status: 404, body: { message: "richmenu not found" } };

  /** LINE refuses to show a menu that has no image yet. */
  function showable(richMenuId: string): ApiResult | undefined {
    const menu = store.menus.get(richMenuId);
    if (!menu) return menuNotFound;
    if (!menu.image) return { status: 400, body: { message: "must upload richmenu image before applying it to user" } };
    return undefined;
  }

  router.post(
    "/bot/richmenu",
    handle((req, { requestId }) => {
      const body = objectBody(req);
      const problems = validateRichMenu(body);
      if (problems.length > 0) {
        state.refused.push({ requestId, endpoint: "richmenu", body, problems, at: now() });
        return { status: 400, body: validationErrorBody(problems) };
      }
      const richMenuId = ids.richMenuId();
      store.create(richMenuId, body);
      return { status: 200, body: { richMenuId } };
    }),
  );
  router.post(
    "/bot/richmenu/validate",
    handle((req) => {
      const problems = validateRichMenu(objectBody(req));
      return problems.length > 0 ? { status: 400, body: validationErrorBody(problems) } : OK;
    }),
  );
  router.get(
    "/bot/richmenu/list",
    handle(() => ({ status: 200, body: { richmenus: [...store.menus.values()].map((menu) => store.describe(menu)) } })),
  );

  router.get(
    "/bot/richmenu/alias/list",
    handle(() => ({
      status: 200,
      body: { aliases: [...store.aliases].map(([richMenuAliasId, richMenuId]) => ({ richMenuAliasId, richMenuId })) },
    })),
  );
  router.post(
    "/bot/richmenu/alias",
    handle((req) => {
      const body = objectBody(req);
      const aliasId = body["richMenuAliasId"];
      const richMenuId = body["richMenuId"];
      if (typeof aliasId !== "string" || !ALIAS_ID.test(aliasId)) {
        return { status: 400, body: validationErrorBody([{ message: "Must match [a-z0-9_-]{1,32}", property: "richMenuAliasId" }]) };
      }
      if (typeof richMenuId !== "string" || !store.menus.has(richMenuId)) return { status: 400, body: { message: "richmenu not found" } };
      if (store.aliases.has(aliasId)) return { status: 400, body: { message: "conflict richmenu alias id" } };
      store.aliases.set(aliasId, richMenuId);
      return OK;
    }),
  );
  router.get(
    "/bot/richmenu/alias/:aliasId",
    handle((req) => {
      const richMenuId = store.aliases.get(param(req, "aliasId"));
      if (!richMenuId) return { status: 404, body: LINE_ERRORS.notFound };
      return { status: 200, body: { richMenuAliasId: param(req, "aliasId"), richMenuId } };
    }),
  );
  router.post(
    "/bot/richmenu/alias/:aliasId",
    handle((req) => {
      const richMenuId = objectBody(req)["richMenuId"];
      if (!store.aliases.has(param(req, "aliasId"))) return { status: 404, body: LINE_ERRORS.notFound };
      if (typeof richMenuId !== "string" || !store.menus.has(richMenuId)) return { status: 400, body: { message: "richmenu not found" } };
      store.aliases.set(param(req, "aliasId"), richMenuId);
      return OK;
    }),
  );
  router.delete(
    "/bot/richmenu/alias/:aliasId",
    handle((req) => (store.aliases.delete(param(req, "aliasId")) ? OK : { status: 404, body: LINE_ERRORS.notFound })),
  );

  router.get(
    "/bot/richmenu/:richMenuId",
    handle((req) => {
      const menu = store.menus.get(param(req, "richMenuId"));
      return menu ? { status: 200, body: store.describe(menu) } : menuNotFound;
    }),
  );
  router.delete(
    "/bot/richmenu/:richMenuId",
    handle((req) => (store.delete(param(req, "richMenuId")) ? OK : menuNotFound)),
  );
  router.post(
    "/bot/richmenu/:richMenuId/content",
    express.raw({ type: () => true, limit: IMAGE_BYTES * 2 }),
    handle((req) => {
      const menu = store.menus.get(param(req, "richMenuId"));
      if (!menu) return menuNotFound;
      const contentType = (req.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
      const bytes: unknown = req.body;
      if (!IMAGE_TYPES.has(contentType) || !Buffer.isBuffer(bytes) || bytes.length === 0) {
        return { status: 400, body: { message: "Content-Type must be image/jpeg or image/png" } };
      }
      if (bytes.length > IMAGE_BYTES) return { status: 400, body: { message: "The image is larger than 1 MB" } };
      if (menu.image) return { status: 400, body: { message: "An image has already been uploaded to the richmenu" } };
      menu.image = { bytes, contentType };
      return OK;
    }),
  );
  router.get(
    "/bot/richmenu/:richMenuId/content",
    handle((req) => {
      const image = store.menus.get(param(req, "richMenuId"))?.image;
      return image ? { status: 200, bytes: { data: image.bytes, contentType: image.contentType } } : { status: 404, body: LINE_ERRORS.notFound };
    }),
  );

  router.post(
    "/bot/user/all/richmenu/:richMenuId",
    handle((req) => {
      const refusal = showable(param(req, "richMenuId"));
      if (refusal) return refusal;
      store.defaultMenuId = param(req, "richMenuId");
      return OK;
    }),
  );
  router.get(
    "/bot/user/all/richmenu",
    handle(() => (store.defaultMenuId ? { status: 200, body: { richMenuId: store.defaultMenuId } } : { status: 404, body: LINE_ERRORS.notFound })),
  );
  router.delete(
    "/bot/user/all/richmenu",
    handle(() => {
      store.defaultMenuId = undefined;
      return OK;
    }),
  );

  router.post(
    "/bot/richmenu/bulk/link",
    handle((req) => {
      const body = objectBody(req);
      const userIds = body["userIds"];
      const richMenuId = String(body["richMenuId"]);
      if (!Array.isArray(userIds) || userIds.length < 1 || userIds.length > 500 || !userIds.every(isUserId)) {
        return { status: 400, body: validationErrorBody([{ message: "Size must be between 1 and 500", property: "userIds" }]) };
      }
      const refusal = showable(richMenuId);
      if (refusal) return refusal;
      for (const userId of userIds) store.userLinks.set(userId, richMenuId);
      return { status: 202, body: {} };
    }),
  );
  router.post(
    "/bot/richmenu/bulk/unlink",
    handle((req) => {
      const userIds = objectBody(req)["userIds"];
      if (!Array.isArray(userIds) || userIds.length < 1 || userIds.length > 500 || !userIds.every(isUserId)) {
        return { status: 400, body: validationErrorBody([{ message: "Size must be between 1 and 500", property: "userIds" }]) };
      }
      for (const userId of userIds) store.userLinks.delete(userId);
      return { status: 202, body: {} };
    }),
  );

  router.post(
    "/bot/user/:userId/richmenu/:richMenuId",
    handle((req) => {
      if (!isUserId(param(req, "userId"))) return { status: 400, body: { message: "The user ID is invalid" } };
      const refusal = showable(param(req, "richMenuId"));
      if (refusal) return refusal;
      store.userLinks.set(param(req, "userId"), param(req, "richMenuId"));
      return OK;
    }),
  );
  router.get(
    "/bot/user/:userId/richmenu",
    handle((req) => {
      const richMenuId = store.userLinks.get(param(req, "userId"));
      return richMenuId ? { status: 200, body: { richMenuId } } : { status: 404, body: { message: "the user has no richmenu" } };
    }),
  );
  router.delete(
    "/bot/user/:userId/richmenu",
    handle((req) => {
      store.userLinks.delete(param(req, "userId"));
      return OK;
    }),
  );

  return router;
}
