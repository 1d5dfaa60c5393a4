/**
 * Location messages as LINE accepts them: `title` and `address` are both required, non-empty and at
 * most 100 characters. What a phone sends is not always that: a dropped pin often comes with an
 * empty address and no title, and LINE would refuse to forward it as it came. Every location the
 * bot sends goes through here, so the empty parts get the caller's wording and long ones are cut
 * between words.
 * https://developers.line.biz/en/reference/messaging-api/#location-message
 */
import { fitUtf16 } from "./fit-label";
import type { Message } from "./message-types";

/** LINE's limit for a location's title and address, in UTF-16 code units. */
export const LOCATION_TEXT_LENGTH = 100;

/** The first of `texts` with something in it once trimmed, or `null`: an empty address is no address. */
export function placeText(...texts: ReadonlyArray<string | null | undefined>): string | null {
  for (const t of texts) if (t?.trim()) return t.trim();
  return null;
}

export function locationMessage(p: {
  title: string | null | undefined;
  address: string | null | undefined;
  latitude: number;
  longitude: number;
  /** Said where the sender gave no title / no address. */
  fallback: { title: string; address: string };
}): Message {
  return {
    type: "location",
    title: fitUtf16(placeText(p.title) ?? p.fallback.title, LOCATION_TEXT_LENGTH),
    address: fitUtf16(placeText(p.address) ?? p.fallback.address, LOCATION_TEXT_LENGTH),
    latitude: p.latitude,
    longitude: p.longitude,
  };
}
