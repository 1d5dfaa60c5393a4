/**
 * Serves the photos of ./media-paths.ts from the evidence store; anything else is a 404. Evidence
 * photos need a valid report link token (else 403, saying nothing more); `v=preview` serves a
 * version that fits LINE's preview limit, and an original over LINE's 10 MB is served smaller.
 */
import { Router } from "express";
import type { EvidenceStore } from "../progress/evidence-store";
import { imageVariant, UnservableImageError } from "./image-preview";
import { needsReportToken, servedType } from "./media-paths";

export interface MediaRouteDeps {
  /** Whether a report link token is valid now (evidence photos). */
  isValidToken?: (token: string) => Promise<boolean>;
}

export function createMediaRoutes(evidence: EvidenceStore, deps: MediaRouteDeps = {}): Router {
  const router = Router();
  router.get(/^\/media\/(.+)$/, async (req, res, next) => {
    const path = String((req.params as Record<string, string>)[0] ?? "");
    const type = servedType(path);
    if (!type) {
      res.status(404).end();
      return;
    }
    try {
      if (needsReportToken(path)) {
        const token = typeof req.query.t === "string" ? req.query.t : "";
        if (!deps.isValidToken || !(await deps.isValidToken(token))) {
          res.status(403).set("cache-control", "no-store").end();
          return;
        }
      }
      const bytes = await evidence.read(path);
      if (!bytes || bytes.length === 0) {
        res.status(404).end();
        return;
      }
      const served = await imageVariant(bytes, type, req.query.v === "preview" ? "preview" : "original");
      res.set({ "content-type": served.contentType, "cache-control": "private, max-age=86400", "x-content-type-options": "nosniff", "referrer-policy": "no-referrer" });
      res.send(served.bytes);
    } catch (error) {
      // Stored, but not an image LINE could show (not an image, or too many pixels to decode).
      if (error instanceof UnservableImageError) {
        res.status(415).set("cache-control", "no-store").end();
        return;
      }
      next(error);
    }
  });
  return router;
}
