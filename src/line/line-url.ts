/**
 * URLs as LINE accepts them. LINE checks every URL in a message against RFC 3986, so a link an
 * admin types with Thai in it (https://เวียงท่ากาน.go.th/ประกาศ/รูป 1.jpg), which every browser
 * opens, makes LINE refuse the whole message. The WHATWG URL parser (`new URL`) does what a browser
 * does: punycode for the host, percent-encoding for Thai and spaces in the path, query and fragment;
 * the few characters it leaves that RFC 3986 does not allow there (| ^ [ ] and a % that starts no
 * escape) are encoded after it.
 * https://developers.line.biz/en/reference/messaging-api/#image-message
 * https://developers.line.biz/en/reference/messaging-api/#uri-action
 */

/** Media URLs (images, video, audio): at most 2,000 characters. */
export const MEDIA_URL_LENGTH = 2000;
/** URI actions: at most 1,000 characters. */
export const ACTION_URI_LENGTH = 1000;

const NOT_IN_RFC3986 = /[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]/g;
const encodeChar = (c: string) => [...Buffer.from(c, "utf8")].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");

/**
 * `raw` as an encoded URL LINE accepts, or `undefined` when it is no URL, not one of `protocols`
 * (https only, by default: LINE fetches media over HTTPS only) or longer than `maxLength` once
 * encoded.
 */
export function lineUrl(raw: string, opts: { protocols?: readonly string[]; maxLength?: number } = {}): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (!(opts.protocols ?? ["https:"]).includes(url.protocol)) return undefined;
  const tail = (url.pathname + url.search + url.hash).replace(/%(?![0-9A-Fa-f]{2})/g, "%25").replace(NOT_IN_RFC3986, encodeChar);
  const href = `${url.protocol}//${url.host}${tail}`;
  return href.length <= (opts.maxLength ?? MEDIA_URL_LENGTH) ? href : undefined;
}
