/**
 * Which stored photos the app serves publicly, and at what URL: LINE can show an image message
 * only from a public https URL. Two kinds, each with a strict name pattern so no request reaches
 * anything else in the evidence store: announcement photos (`announcements/<uuid>.jpg|png`) and
 * photos citizens attach to a ticket (`tickets/<ticket id>/<message id>.jpg|png`, shown to staff,
 * deleted with the citizen's data on request). The names are unguessable.
 */
export const MEDIA_PREFIX = "/media/";

const SERVED = [
  /^announcements\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png)$/,
  /^tickets\/[A-Za-z0-9_-]{10,40}\/[A-Za-z0-9_-]{1,40}\.(jpg|png)$/,
];

/** The content type of a servable path, or undefined when the app does not serve it. */
export function servedType(path: string): "image/jpeg" | "image/png" | undefined {
  const match = SERVED.map((p) => p.exec(path)).find(Boolean);
  return match ? (match[1] === "png" ? "image/png" : "image/jpeg") : undefined;
}

/** The public URL of a stored photo, or undefined when it is not a kind this app serves. */
export function mediaUrl(baseUrl: string, path: string): string | undefined {
  return servedType(path) ? `${baseUrl}${MEDIA_PREFIX}${path}` : undefined;
}
