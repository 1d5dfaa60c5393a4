/**
 * The app's own short answers for what no route answered and for errors no route caught: a small
 * Thai HTML page for people, a JSON body for API callers. Express's defaults show the request's
 * path and, outside production, a stack trace with file paths (issue 14); nothing here does.
 * Routes that know better answer for themselves (the public page's and the reports' 503, the
 * webhook's JSON); this is what is left.
 */
import type { ErrorRequestHandler, Request, RequestHandler, Response } from "express";
import type { Logger } from "../logs";

const PAGE_TEXT: Record<number, string> = {
  400: "คำขอไม่ถูกต้องค่ะ กรุณาตรวจสอบลิงก์อีกครั้ง",
  404: "ไม่พบหน้าที่ต้องการค่ะ กรุณาตรวจสอบลิงก์อีกครั้ง",
  405: "ใช้วิธีนี้กับหน้านี้ไม่ได้ค่ะ",
  413: "ข้อมูลที่ส่งมามีขนาดใหญ่เกินไปค่ะ",
  503: "ขออภัย ระบบไม่พร้อมใช้งานชั่วคราว กรุณาลองใหม่อีกครั้งในอีกสักครู่ค่ะ",
  500: "ขออภัย ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้งในอีกสักครู่ค่ะ",
};
const API_TEXT: Record<number, string> = {
  400: "Bad request",
  404: "Not found",
  405: "Method not allowed",
  413: "Request body too large",
  503: "Service unavailable, try again later",
  500: "Internal error",
};

export interface ErrorAnswerOptions {
  logger: Logger;
  /** Paths whose callers are programs (the webhook): they get JSON. */
  apiPaths?: readonly string[];
}

/** Answers `status` in the form the caller reads: JSON for API paths and non-browsers, else a page. */
export function sendErrorAnswer(req: Request, res: Response, status: number, apiPaths: readonly string[] = []): void {
  const known = PAGE_TEXT[status] ? status : status >= 500 ? 500 : 400;
  res.status(status).set({ "cache-control": "no-store", "x-content-type-options": "nosniff" });
  if (status === 503) res.set("retry-after", "30");
  if (apiPaths.includes(req.path) || !req.accepts("html")) {
    res.json({ message: API_TEXT[known] });
    return;
  }
  res
    .type("html")
    .set("content-security-policy", "default-src 'none'")
    .send(`<!doctype html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${status}</title></head><body><p>${PAGE_TEXT[known]}</p></body></html>`);
}

/** The last handler for requests no route answered. */
export function notFoundAnswer(opts: ErrorAnswerOptions): RequestHandler {
  return (req, res) => sendErrorAnswer(req, res, 404, opts.apiPaths);
}

/**
 * The last handler for errors: a client's fault (a path that does not decode, a body that does
 * not parse, one too large) keeps its 4xx; anything else is logged and answered 500. The error
 * itself never reaches the response.
 */
export function errorAnswer(opts: ErrorAnswerOptions): ErrorRequestHandler {
  return (err: { status?: unknown; statusCode?: unknown }, req, res, next) => {
    if (res.headersSent) return next(err);
    const given = typeof err?.status === "number" ? err.status : typeof err?.statusCode === "number" ? err.statusCode : 500;
    const status = given >= 400 && given < 600 ? given : 500;
    if (status >= 500) opts.logger.error("http.request.failed", { method: req.method, error: err });
    sendErrorAnswer(req, res, status, opts.apiPaths);
  };
}
