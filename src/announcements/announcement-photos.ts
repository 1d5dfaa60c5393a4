/**
 * Photos an admin sends while composing an announcement. LINE shows an image message only from a
 * public https URL, so the photo is kept in the evidence store (local disk, or Cloud Storage in
 * production) under `announcements/` and served by this app at `/media/announcements/<file>`
 * (src/media/). The same file is the preview, so it must be within LINE's 1 MB preview limit.
 */
import { randomUUID } from "node:crypto";
import type { CapabilityServices } from "../capabilities";
import { mediaUrl } from "../media/media-paths";

/** LINE's limit for previewImageUrl; the original may be larger, but one file serves both. */
export const MAX_PHOTO_BYTES = 1024 * 1024;
const EXTENSION: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png" };

export type PhotoResult = { ok: true; url: string } | { ok: false; reason: "no-https-base" | "no-store" | "type" | "size" };

/** A file name for a stored photo: random, so names cannot be guessed or collide. */
export function photoFileName(contentType: string): string | undefined {
  const ext = EXTENSION[contentType];
  return ext ? `${randomUUID()}.${ext}` : undefined;
}

export async function keepAnnouncementPhoto(
  services: Pick<CapabilityServices, "evidence" | "publicBaseUrl" | "fetchContent">,
  messageId: string,
): Promise<PhotoResult> {
  const base = services.publicBaseUrl;
  if (!base || !base.startsWith("https://")) return { ok: false, reason: "no-https-base" };
  if (!services.evidence) return { ok: false, reason: "no-store" };
  const content = await services.fetchContent(messageId);
  const file = photoFileName(content.contentType);
  if (!file) return { ok: false, reason: "type" };
  if (content.bytes.length > MAX_PHOTO_BYTES) return { ok: false, reason: "size" };
  const path = `announcements/${file}`;
  await services.evidence.save(path, content.bytes, content.contentType);
  return { ok: true, url: mediaUrl(base, path)! };
}
