/**
 * URLs in messages. The schema's `format: uri` (checked against RFC 3986) already refuses what is
 * not percent-encoded, such as raw Thai or spaces. On top of it, LINE's reference says:
 * - every image, video, audio and icon URL is HTTPS (TLS 1.2 or later), at most 2000 characters;
 *   https://developers.line.biz/en/reference/messaging-api/#image-message
 *   https://developers.line.biz/en/reference/messaging-api/#f-image
 * - a URI action opens http, https, line or tel URIs, at most 1000 characters.
 *   https://developers.line.biz/en/reference/messaging-api/#uri-action
 * URI schemes are case-insensitive (RFC 3986, section 3.1), so `HTTPS://…` is HTTPS.
 */
import { child, type Findings, type Json } from "./findings";

const MEDIA_URL_LENGTH = 2000;
const ACTION_URI_LENGTH = 1000;
const ACTION_URI_SCHEMES = ["http", "https", "line", "tel"];

/** An image, video, audio or icon URL at `object[key]`: HTTPS and at most 2000 characters. */
export function checkMediaUrl(findings: Findings, object: Json, key: string, property: string, required = false): void {
  const url = findings.text(object, key, property, { max: MEDIA_URL_LENGTH, unit: "utf16", required });
  if (url !== undefined && schemeOf(url) !== "https") findings.add(child(property, key), "Must be an HTTPS URL");
}

/** The URI a URI action opens (or its `altUri.desktop`): http, https, line or tel. */
export function checkActionUri(findings: Findings, object: Json, key: string, property: string, required: boolean): void {
  const uri = findings.text(object, key, property, { max: ACTION_URI_LENGTH, unit: "utf16", required });
  if (uri !== undefined && !ACTION_URI_SCHEMES.includes(schemeOf(uri) ?? "")) {
    findings.add(child(property, key), `Must be a URI with one of the schemes: ${ACTION_URI_SCHEMES.join(", ")}`);
  }
}

function schemeOf(uri: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1]?.toLowerCase();
}
