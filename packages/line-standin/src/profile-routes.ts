/**
 * Profiles, from the `profiles` the stand-in was given. Like LINE, a user who blocked the bot has
 * no visible profile (404), so the bot's "name unknown" path gets exercised too.
 * Reference: https://developers.line.biz/en/reference/messaging-api/#get-profile
 */
import { Router } from "express";
import { handle, param, type ApiDeps, type ApiResult } from "./api-result";
import { LINE_ERRORS } from "./line-error-bodies";

export function createProfileRoutes({ state }: ApiDeps): Router {
  const router = Router();

  router.get(
    "/bot/profile/:userId",
    handle((req): ApiResult => {
      const userId = param(req, "userId");
      const profile = state.profile(userId);
      if (!profile || state.isBlocked(userId)) return { status: 404, body: LINE_ERRORS.notFound };
      return { status: 200, body: { userId, ...profile, language: "th" } };
    }),
  );

  router.get(
    "/bot/group/:groupId/member/:userId",
    handle((req) => {
      const profile = state.profile(param(req, "userId"));
      if (!profile) return { status: 404, body: LINE_ERRORS.notFound };
      const pictureUrl = profile.pictureUrl !== undefined ? { pictureUrl: profile.pictureUrl } : {};
      return { status: 200, body: { displayName: profile.displayName, userId: param(req, "userId"), ...pictureUrl } };
    }),
  );

  return router;
}
