/**
 * Serves the public progress page for the อบต.'s website to link: GET /public for the current
 * plan, GET /public/2568 for the archive of a past fiscal year (final figures, never mixed with the
 * new year's). A page is rendered at most once a minute per instance and marked cacheable for as
 * long, so a busy day on the website costs a handful of Firestore reads, not one per visitor; a
 * switch of plan shows at once, since the current page is cached per plan. With the store down or
 * slow, a visitor gets a short 503 page within the page deadline, not a wait of a minute.
 */
import { Router } from "express";
import type { Firestore } from "firebase-admin/firestore";
import type { Clock } from "../clock";
import type { Deadlines } from "../deadlines";
import { escapeHtml } from "../html/escape-html";
import { sendErrorAnswer } from "../http/error-answers";
import { withinPageDeadline } from "../http/page-deadline";
import type { Logger } from "../logs";
import type { HeldPlan } from "../plan/held-plan";
import { yearNotHeldText } from "../plan/held-plan";
import type { PlanBook } from "../plan/plan-book";
import { loadPublicSnapshot } from "./load-public-snapshot";
import type { PublicYearLink } from "./public-snapshot";
import { renderPublicPage } from "./render-public-page";

export const PUBLIC_PAGE_PATH = "/public";
const CACHE_SECONDS = 60;

export interface PublicRoutesDeps {
  db: Firestore;
  plans: PlanBook;
  clock: Clock;
  logger: Logger;
  deadlines: Deadlines;
  /** The LINE account's basic ID (e.g. @123abcde), for the add-friend link and QR code. */
  lineBasicId: string | undefined;
}

/**
 * Links to every year's page, relative to the page they are on: pages are served under the
 * function's own path on Cloud Functions (…/webhook/public), so absolute paths would break.
 */
function yearLinks(plans: readonly HeldPlan[], onYearPage: boolean): PublicYearLink[] {
  const shown = plans.filter((p) => p.status !== "imported");
  const years = [...new Set(shown.map((p) => p.plan.fiscalYear))];
  return years.map((fiscalYear) => {
    const current = shown.some((p) => p.plan.fiscalYear === fiscalYear && p.status === "current");
    const href = current ? (onYearPage ? "../public" : "public") : onYearPage ? String(fiscalYear) : `public/${fiscalYear}`;
    return { fiscalYear, href, current };
  });
}

export function createPublicRoutes(deps: PublicRoutesDeps): Router {
  const router = Router();
  const addFriendUrl = deps.lineBasicId ? `https://line.me/R/ti/p/${encodeURIComponent(deps.lineBasicId)}` : undefined;
  const cache = new Map<string, { html: string; at: number }>();
  const rendering = new Map<string, Promise<string>>();

  async function page(held: HeldPlan, onYearPage: boolean): Promise<string> {
    const now = deps.clock.now();
    const key = `${onYearPage ? "y" : "c"}:${held.plan.id}:${held.hash}:${held.status}`;
    const cached = cache.get(key);
    if (cached && now.getTime() - cached.at < CACHE_SECONDS * 1000) return cached.html;
    // One render at a time per page: visitors arriving together share it.
    let pending = rendering.get(key);
    if (!pending) {
      pending = (async () => {
        const years = yearLinks(await deps.plans.all(), onYearPage);
        const html = renderPublicPage(await loadPublicSnapshot(deps.db, deps.plans.progressOf(held), { now, addFriendUrl, years }));
        cache.set(key, { html, at: now.getTime() });
        return html;
      })().finally(() => rendering.delete(key));
      rendering.set(key, pending);
    }
    return pending;
  }

  const headers = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": `public, max-age=${CACHE_SECONDS}`,
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
  };
  const unavailable = (req: import("express").Request, res: import("express").Response, error: unknown) => {
    deps.logger.error("public_page.failed", { error });
    sendErrorAnswer(req, res, 503);
  };
  /** The page of a fiscal year, or undefined when no plan holds it. */
  async function yearPage(year: number | undefined): Promise<string | undefined> {
    const held = year === undefined ? undefined : await deps.plans.ofYear(year);
    return held ? page(held, true) : undefined;
  }

  router.get(PUBLIC_PAGE_PATH, async (req, res) => {
    try {
      const html = await withinPageDeadline(deps.deadlines, deps.plans.current().then((held) => page(held, false)));
      res.set(headers).send(html);
    } catch (error) {
      unavailable(req, res, error);
    }
  });

  router.get(`${PUBLIC_PAGE_PATH}/:year`, async (req, res) => {
    try {
      const year = /^\d{4}$/.test(req.params.year) ? Number(req.params.year) : undefined;
      const html = await withinPageDeadline(deps.deadlines, yearPage(year));
      if (html === undefined) {
        const links = yearLinks(await deps.plans.all(), true)
          .map((y) => `<li><a href="${escapeHtml(y.href)}">ปีงบประมาณ พ.ศ. ${y.fiscalYear}</a></li>`)
          .join("");
        const said = year === undefined ? "ไม่พบหน้านี้ค่ะ" : yearNotHeldText(year, await deps.plans.all());
        res.status(404).set({ ...headers, "cache-control": "no-store" }).send(`<!doctype html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ไม่พบแผนของปีนี้</title></head><body><p>${escapeHtml(said)}</p><ul>${links}</ul></body></html>`);
        return;
      }
      res.set(headers).send(html);
    } catch (error) {
      unavailable(req, res, error);
    }
  });
  return router;
}
