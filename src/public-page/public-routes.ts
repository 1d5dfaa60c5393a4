/**
 * Serves the public progress page at GET /public for the อบต.'s website to link. The page is
 * rendered at most once a minute per instance and marked cacheable for as long, so a busy day on
 * the website costs a handful of Firestore reads, not one per visitor. With the store down or
 * slow, a visitor gets a short 503 page within the page deadline, not a wait of a minute.
 */
import { Router } from "express";
import type { Firestore } from "firebase-admin/firestore";
import type { Clock } from "../clock";
import type { Deadlines } from "../deadlines";
import { sendErrorAnswer } from "../http/error-answers";
import { withinPageDeadline } from "../http/page-deadline";
import type { Logger } from "../logs";
import type { Plan } from "../plan/schema";
import { loadPublicSnapshot } from "./load-public-snapshot";
import { renderPublicPage } from "./render-public-page";

export const PUBLIC_PAGE_PATH = "/public";
const CACHE_SECONDS = 60;

export interface PublicRoutesDeps {
  db: Firestore;
  plan: Plan;
  clock: Clock;
  logger: Logger;
  deadlines: Deadlines;
  /** The LINE account's basic ID (e.g. @123abcde), for the add-friend link and QR code. */
  lineBasicId: string | undefined;
}

export function createPublicRoutes(deps: PublicRoutesDeps): Router {
  const router = Router();
  const addFriendUrl = deps.lineBasicId ? `https://line.me/R/ti/p/${encodeURIComponent(deps.lineBasicId)}` : undefined;
  let cached: { html: string; at: number } | undefined;
  let rendering: Promise<string> | undefined;

  async function page(): Promise<string> {
    const now = deps.clock.now();
    if (cached && now.getTime() - cached.at < CACHE_SECONDS * 1000) return cached.html;
    // One render at a time: visitors arriving together share it.
    rendering ??= loadPublicSnapshot(deps.db, deps.plan, { now, addFriendUrl })
      .then((snapshot) => {
        const html = renderPublicPage(snapshot);
        cached = { html, at: now.getTime() };
        return html;
      })
      .finally(() => {
        rendering = undefined;
      });
    return rendering;
  }

  router.get(PUBLIC_PAGE_PATH, async (req, res) => {
    try {
      const html = await withinPageDeadline(deps.deadlines, page());
      res.set({
        "content-type": "text/html; charset=utf-8",
        "cache-control": `public, max-age=${CACHE_SECONDS}`,
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
      });
      res.send(html);
    } catch (error) {
      deps.logger.error("public_page.failed", { error });
      sendErrorAnswer(req, res, 503);
    }
  });
  return router;
}
