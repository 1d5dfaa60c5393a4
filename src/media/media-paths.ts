/**
 * Which stored photos the app serves, and at what URL: LINE can show an image message only from
 * a public https URL. Three kinds, each with a strict name pattern so no request reaches anything
 * else in the evidence store: announcement photos (`announcements/<uuid>.jpg|png`), photos citizens
 * attach to a ticket (`tickets/<ticket id>/<message id>.jpg|png`, shown to staff, deleted with the
 * citizen's data on request; unguessable names), and officers' evidence photos
 * (`evidence/<activity>/<draft>-<message>.jpg|png`), which also need a valid report link token
 * (`t=`), the same unguessable, expiring links as the progress report. `v=preview` asks for a
 * preview that fits LINE's 1 MB (image-preview.ts).
 */
import { lineUrl } from "../line/line-url";

export const MEDIA_PREFIX = "/media/";

const SERVED = [
  /^announcements\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png)$/,
  /^tickets\/[A-Za-z0-9_-]{10,40}\/[A-Za-z0-9_-]{1,40}\.(jpg|png)$/,
  /^evidence\/[A-Za-z0-9._-]{1,120}\/[A-Za-z0-9_-]{1,80}-[A-Za-z0-9_-]{1,40}\.(jpg|png)$/,
];

/** Evidence photos are served only with a valid report link token. */
export const needsReportToken = (path: string): boolean => path.startsWith("evidence/");

/** The content type of a servable path, or undefined when the app does not serve it. */
export function servedType(path: string): "image/jpeg" | "image/png" | undefined {
  const match = SERVED.map((p) => p.exec(path)).find(Boolean);
  return match ? (match[1] === "png" ? "image/png" : "image/jpeg") : undefined;
}

/** The URL of a stored photo (`token` for evidence, `preview` for LINE's preview), or undefined when it is not a kind this app serves. */
export function mediaUrl(baseUrl: string, path: string, opts: { token?: string; preview?: boolean } = {}): string | undefined {
  if (!servedType(path) || (needsReportToken(path) && !opts.token)) return undefined;
  const query = new URLSearchParams({ ...(opts.token ? { t: opts.token } : {}), ...(opts.preview ? { v: "preview" } : {}) }).toString();
  return `${baseUrl}${MEDIA_PREFIX}${path}${query ? `?${query}` : ""}`;
}

/** An image message for a stored photo: the original and a preview that fits LINE's limits. */
export function imageMessage(baseUrl: string, path: string, token?: string): { type: "image"; originalContentUrl: string; previewImageUrl: string } | undefined {
  // PUBLIC_BASE_URL is whatever was configured (a Thai domain or path, a space): encoded as LINE takes it, https only, ≤ 2,000.
  const original = mediaUrl(baseUrl, path, { token });
  const preview = mediaUrl(baseUrl, path, { token, preview: true });
  const originalContentUrl = original && lineUrl(original);
  const previewImageUrl = preview && lineUrl(preview);
  if (!originalContentUrl || !previewImageUrl) return undefined;
  return { type: "image", originalContentUrl, previewImageUrl };
}
