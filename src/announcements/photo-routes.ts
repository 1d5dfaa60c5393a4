/**
 * Serves announcement photos to LINE's servers and recipients' phones: only files under
 * `announcements/` whose names this app generated (a UUID and an image extension), so no path from
 * a request reaches anything else in the store.
 */
import { Router } from "express";
import type { EvidenceStore } from "../progress/evidence-store";
import { ANNOUNCEMENT_MEDIA_PREFIX } from "./announcement-photos";

const FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png)$/;

export function createAnnouncementPhotoRoutes(evidence: EvidenceStore): Router {
  const router = Router();
  router.get(`${ANNOUNCEMENT_MEDIA_PREFIX}:file`, async (req, res, next) => {
    const file = String(req.params.file);
    const match = FILE.exec(file);
    if (!match) {
      res.status(404).end();
      return;
    }
    try {
      const bytes = await evidence.read(`announcements/${file}`);
      if (!bytes) {
        res.status(404).end();
        return;
      }
      res.set({ "content-type": match[1] === "png" ? "image/png" : "image/jpeg", "cache-control": "public, max-age=31536000, immutable" });
      res.send(bytes);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
