/**
 * The progress report on the web: `GET /reports/progress?token=…` (printable HTML) and
 * `GET /reports/progress.csv?token=…` (for Excel). Admins get the links in chat ("ส่งออกรายงาน");
 * a link works until it expires and tells nothing to anyone holding a wrong or expired one. With
 * the store down or slow, a short 503 page within the page deadline. The only file of the progress
 * capability that imports express.
 */
import { Router, type Request, type Response } from "express";
import type { Clock } from "../clock";
import type { Deadlines } from "../deadlines";
import { sendErrorAnswer } from "../http/error-answers";
import { withinPageDeadline } from "../http/page-deadline";
import type { Logger } from "../logs";
import { progressCsv, progressHtml, reportRows } from "./export";
import { computeOverview } from "./overview";
import type { ProgressService, ProgressSnapshot } from "./progress-service";
import type { ReportLinks } from "./report-links";

export interface ReportRouteDeps {
  progress: ProgressService;
  links: ReportLinks;
  clock: Clock;
  logger: Logger;
  deadlines: Deadlines;
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
    (send: (res: Response, snapshot: ProgressSnapshot) => void) =>
    async (req: Request, res: Response): Promise<void> => {
      privateHeaders(res);
      let snapshot: ProgressSnapshot | undefined;
      try {
        snapshot = await withinPageDeadline(
          deps.deadlines,
          allowed(req.query.token).then((ok) => (ok ? deps.progress.snapshot() : undefined)),
        );
      } catch (err) {
        deps.logger.error("progress.report.failed", { error: err });
        sendErrorAnswer(req, res, 503);
        return;
      }
      if (!snapshot) {
        res.status(403).type("html").send(REFUSED);
        return;
      }
      send(res, snapshot);
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

  router.get(
    "/reports/progress",
    withValidLink((res, snapshot) => {
      res.status(200).type("html").send(progressHtml(computeOverview(snapshot, deps.clock.now()), snapshot));
    }),
  );

  return router;
}
