/**
 * The progress report on the web: `GET /reports/progress?token=…` (printable HTML) and
 * `GET /reports/progress.csv?token=…` (for Excel), of the current plan, or of a past year with
 * `&year=2568`. Admins get the links in chat ("ส่งออกรายงาน", "ส่งออกรายงาน 2568"); a link works
 * until it expires and tells nothing to anyone holding a wrong or expired one. With the store down
 * or slow, a short 503 page within the page deadline. The only file of the progress capability
 * that imports express.
 */
import { Router, type Request, type Response } from "express";
import type { Clock } from "../clock";
import type { Deadlines } from "../deadlines";
import { sendErrorAnswer } from "../http/error-answers";
import { withinPageDeadline } from "../http/page-deadline";
import type { Logger } from "../logs";
import { mediaUrl } from "../media/media-paths";
import { progressCsv, progressHtml, reportRows, type ReportPhotos } from "./export";
import { computeOverview } from "./overview";
import type { PlanBook } from "../plan/plan-book";
import type { ProgressService, ProgressSnapshot } from "./progress-service";
import type { ReportLinks } from "./report-links";

export interface ReportRouteDeps {
  plans: PlanBook;
  links: ReportLinks;
  clock: Clock;
  logger: Logger;
  deadlines: Deadlines;
}

const NO_YEAR = `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ไม่มีแผนของปีนี้</title></head><body><p>ไม่มีแผนของปีงบประมาณที่ระบุในระบบค่ะ</p></body></html>`;

const REFUSED = `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ลิงก์ใช้ไม่ได้</title></head><body><p>ลิงก์ไม่ถูกต้องหรือหมดอายุแล้วค่ะ กรุณาขอลิงก์ใหม่จากแชท LINE ด้วยคำสั่ง "ส่งออกรายงาน"</p></body></html>`;

function privateHeaders(res: Response): void {
  res.set({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex", "X-Content-Type-Options": "nosniff" });
}

export function createProgressReportRoutes(deps: ReportRouteDeps): Router {
  const router = Router();

  async function allowed(token: unknown): Promise<boolean> {
    return typeof token === "string" && (await deps.links.isValid(token, deps.clock.now()));
  }

  /** What a link asks for: a year's progress, a year no plan holds, or a refusal that tells nothing. */
  async function lookUp(req: Request): Promise<{ snapshot: ProgressSnapshot; progress: ProgressService } | "refused" | "no-year"> {
    if (!(await allowed(req.query.token))) return "refused";
    const year = typeof req.query.year === "string" && /^\d{4}$/.test(req.query.year) ? Number(req.query.year) : undefined;
    const held = year === undefined ? await deps.plans.current() : await deps.plans.ofYear(year);
    if (!held) return "no-year";
    const progress = deps.plans.progressOf(held);
    return { snapshot: await progress.snapshot(), progress };
  }

  /** Only for a valid link; everything else is refused alike and tells nothing. */
  const withValidLink =
    (send: (req: Request, res: Response, snapshot: ProgressSnapshot, progress: ProgressService) => void | Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      privateHeaders(res);
      try {
        const found = await withinPageDeadline(deps.deadlines, lookUp(req));
        if (found === "refused") {
          res.status(403).type("html").send(REFUSED);
          return;
        }
        if (found === "no-year") {
          res.status(404).type("html").send(NO_YEAR);
          return;
        }
        await send(req, res, found.snapshot, found.progress);
      } catch (err) {
        deps.logger.error("progress.report.failed", { error: err });
        if (!res.headersSent) sendErrorAnswer(req, res, 503);
      }
    };

  router.get(
    "/reports/progress.csv",
    withValidLink((_req, res, snapshot) => {
      const csv = progressCsv(reportRows(computeOverview(snapshot, deps.clock.now())));
      res
        .status(200)
        .type("text/csv; charset=utf-8")
        .set("Content-Disposition", `attachment; filename="progress-${snapshot.plan.id}.csv"`)
        .send(Buffer.from(csv, "utf8"));
    }),
  );

  router.get(
    "/reports/progress",
    withValidLink(async (req, res, snapshot, progress) => {
      // Thumbnails link to the photos behind the same token; relative, so the page works wherever it is mounted.
      const token = String(req.query.token);
      const byActivity = await withinPageDeadline(deps.deadlines, progress.store.evidenceOf(snapshot.plan.id));
      const photos: ReportPhotos = { byActivity, url: (path, preview) => mediaUrl("..", path, { token, preview }) };
      res.status(200).type("html").send(progressHtml(computeOverview(snapshot, deps.clock.now()), snapshot, photos));
    }),
  );

  return router;
}
