/**
 * Building blocks for probes: small valid messages, and strings of an exact length in LINE's units.
 * A probe is one request body sitting on one rule, on one side of it.
 */

export type Json = Record<string, unknown>;

export interface Probe {
  /** The rule, as LINE's reference words it (the test name). */
  rule: string;
  /** Which validate endpoint judges it. */
  endpoint: "message" | "richMenu";
  body: Json;
  accepted: boolean;
  /** For refusals: the property LINE names in `details`. */
  property?: string;
}

/** Two probes on either side of a rule: LINE accepts `accepted` and refuses `refused` at `property`. */
export function pair(rule: string, accepted: Json, refused: Json, property: string, endpoint: Probe["endpoint"] = "message"): Probe[] {
  return [
    { rule: `${rule} (accepted side)`, endpoint, body: accepted, accepted: true },
    { rule: `${rule} (refused side)`, endpoint, body: refused, accepted: false, property },
  ];
}

export function accepts(rule: string, body: Json, endpoint: Probe["endpoint"] = "message"): Probe {
  return { rule, endpoint, body, accepted: true };
}

export function refuses(rule: string, body: Json, property: string, endpoint: Probe["endpoint"] = "message"): Probe {
  return { rule, endpoint, body, accepted: false, property };
}

/** A request body of these messages. */
export const send = (...messages: unknown[]): Json => ({ messages });

/**
 * `n` Thai grapheme clusters of three UTF-16 code units each (ที่, ปู่, กิ๊…: a consonant with an
 * upper or lower vowel and a tone mark): what LINE counts as `n` characters in a label.
 */
export function thaiClusters(n: number): string {
  const clusters = ["ที่", "ปู่", "กิ๊", "สั่", "ดู้", "นี่"];
  return Array.from({ length: n }, (_, i) => clusters[i % clusters.length]).join("");
}

export const text = (value: string, extra: Json = {}): Json => ({ type: "text", text: value, ...extra });

export const quickReply = (...actions: unknown[]): Json => ({
  items: actions.map((action) => ({ type: "action", action })),
});

export const withQuickReply = (...actions: unknown[]): Json => send(text("เลือกเลยค่ะ", { quickReply: quickReply(...actions) }));

export const messageAction = (label: string, value = "ตกลง"): Json => ({ type: "message", label, text: value });

export const postback = (extra: Json = {}): Json => ({ type: "postback", label: "ส่งเรื่อง", data: "a=send", ...extra });

export const box = (layout: string, contents: unknown[], extra: Json = {}): Json => ({ type: "box", layout, contents, ...extra });

export const flexText = (value: string, extra: Json = {}): Json => ({ type: "text", text: value, ...extra });

export const bubble = (extra: Json = {}): Json => ({ type: "bubble", body: box("vertical", [flexText("ความคืบหน้า")]), ...extra });

export const flex = (contents: Json, altText = "ความคืบหน้า"): Json => ({ type: "flex", altText, contents });

/** A flex message whose bubble body holds these components. */
export const flexBody = (...components: unknown[]): Json => send(flex({ type: "bubble", body: box("vertical", components) }));

export const flexButton = (action: unknown, extra: Json = {}): Json => ({ type: "button", action, ...extra });

export const template = (tpl: Json, altText = "เลือกรายการ"): Json => send({ type: "template", altText, template: tpl });

export const buttonsTemplate = (extra: Json = {}): Json => ({
  type: "buttons",
  text: "ต้องการทำอะไรคะ",
  actions: [messageAction("ถามคำถาม")],
  ...extra,
});

/** A bubble whose JSON is exactly `bytes` bytes (UTF-8), padded in one text component. */
export function bubbleOfBytes(bytes: number): Json {
  const padded = (n: number): Json => ({ type: "bubble", body: box("vertical", [flexText("a".repeat(n))]) });
  const overhead = Buffer.byteLength(JSON.stringify(padded(0)));
  return padded(bytes - overhead);
}

/** A carousel of bubbles whose whole JSON is exactly `bytes` bytes, no bubble over `perBubble`. */
export function carouselOfBytes(bytes: number, perBubble = 25_000): Json {
  const bubbles: Json[] = [];
  const carousel = { type: "carousel", contents: bubbles };
  let left = bytes - Buffer.byteLength(JSON.stringify(carousel));
  while (left > 0) {
    const comma = bubbles.length > 0 ? 1 : 0;
    const size = Math.min(perBubble, left - comma);
    bubbles.push(bubbleOfBytes(size));
    left -= size + comma;
  }
  return carousel;
}

export const richMenu = (extra: Json = {}): Json => ({
  size: { width: 2500, height: 843 },
  selected: true,
  name: "เมนูประชาชน",
  chatBarText: "เมนู",
  areas: [{ bounds: { x: 0, y: 0, width: 1250, height: 843 }, action: { type: "message", label: "ถามคำถาม", text: "ถามคำถาม" } }],
  ...extra,
});

export const area = (action: unknown, bounds: Json = { x: 0, y: 0, width: 100, height: 100 }): Json => ({ bounds, action });
