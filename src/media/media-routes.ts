/** Serves the photos of ./media-paths.ts from the evidence store; anything else is a 404. */
import { Router } from "express";
import type { EvidenceStore } from "../progress/evidence-store";
import { servedType } from "./media-paths";

export function createMediaRoutes(evidence: EvidenceStore): Router {
  const router = Router();
  router.get(/^\/media\/(.+)$/, async (req, res, next) => {
    const path = String((req.params as Record<string, string>)[0] ?? "");
    const type = servedType(path);
    if (!type) {
      res.status(404).end();
      return;
    }
    try {
      const bytes = await evidence.read(path);
      if (!bytes || bytes.length === 0) {
        res.status(404).end();
        return;
      }
      res.set({ "content-type": type, "cache-control": "private, max-age=86400" });
      res.send(bytes);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
