/**
 * The progress report on the web: `GET /reports/progress?token=…` (printable HTML) and
 * `GET /reports/progress.csv?token=…` (for Excel). Admins get the links in chat ("ส่งออกรายงาน");
 * a link works until it expires and tells nothing to anyone holding a wrong or expired one. The
 * only file of the progress capability that imports express.
 */
import { Router, type NextFunction, type Request, type Response } from "express";
import type { Clock } from "../clock";
import type { Logger } from "../logs";
import { mediaUrl } from "../media/media-paths";
import { progressCsv, progressHtml, reportRows, type ReportPhotos } from "./export";
import { computeOverview } from "./overview";
import type { ProgressService, ProgressSnapshot } from "./progress-service";
import type { ReportLinks } from "./report-links";

export interface ReportRouteDeps {
  progress: ProgressService;
  links: ReportLinks;
  clock: Clock;
  logger: Logger;
}

const REFUSED = `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ลิงก์ใช้ไม่ได้</title></head><body><p>ลิงก์ไม่ถูกต้องหรือหมดอายุแล้วค่ะ กรุณาขอลิงก์ใหม่จากแชท LINE ด้วยคำสั่ง "ส่งออกรายงาน"</p></body></html>`;

function privateHeaders(res: Response): void {
  res.set({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex", "X-Content-Type-Options": "nosniff" });
}

export function createProgressReportRoutes(deps: ReportRouteDeps): Router {
  const router = Router();

  async function allowed(token: unknown): Promise<boolean> {
    return typeof token === "string" && (await deps.links.isValid(token, deps.clock.now()));
  }

  /** Only for a valid link; everything else is refused alike and tells nothing. */
  const withValidLink =
    (send: (res: Response, snapshot: ProgressSnapshot) => void | Promise<void>) =>
    async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      try {
        privateHeaders(res);
        if (!(await allowed(req.query.token))) {
          res.status(403).type("html").send(REFUSED);
          return;
        }
        await send(res, await deps.progress.snapshot());
      } catch (err) {
        deps.logger.error("progress.report.failed", { error: err });
        next(err);
      }
    };

  router.get(
    "/reports/progress.csv",
    withValidLink((res, snapshot) => {
      const csv = progressCsv(reportRows(computeOverview(snapshot, deps.clock.now())));
      res
        .status(200)
        .type("text/csv; charset=utf-8")
        .set("Content-Disposition", `attachment; filename="progress-${snapshot.plan.id}.csv"`)
        .send(Buffer.from(csv, "utf8"));
    }),
  );

  router.get("/reports/progress", async (req, res, next) => {
    await withValidLink(async (r, snapshot) => {
      // Thumbnails link to the photos behind the same token; relative, so the page works wherever it is mounted.
      const token = String(req.query.token);
      const byActivity = await deps.progress.store.evidenceOf(snapshot.plan.id);
      const photos: ReportPhotos = { byActivity, url: (path, preview) => mediaUrl("..", path, { token, preview }) };
      r.status(200).type("html").send(progressHtml(computeOverview(snapshot, deps.clock.now()), snapshot, photos));
    })(req, res, next);
  });

  return router;
}
