/**
 * Carousels filled up to LINE's budget by construction: at most 12 bubbles, each bubble's JSON
 * within 30 KB and the whole carousel's within 50 KB (1 KB read as 1,000 bytes, the stricter
 * reading). LINE refuses the whole reply when one carousel is over, and staff then see nothing: ten
 * open tickets with long questions once made a 77 KB "เรื่องค้าง". Builders cut their own texts so
 * that a bubble is small; this keeps as many bubbles, in order, as fit, and says how many did, so the
 * caller can tell people how to see the rest instead of dropping them silently.
 * https://developers.line.biz/en/reference/messaging-api/#f-carousel
 */
import { LINE_LIMITS } from "./limits";
import type { FlexBubble, FlexCarousel, FlexMessage, QuickReply } from "./message-types";

const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");

/** The JSON of an empty carousel; each bubble adds its own bytes and a comma. */
const EMPTY_CAROUSEL_BYTES = bytesOf({ type: "carousel", contents: [] });

export interface CarouselBudget {
  /** Bubbles at most (LINE's 12, less any the caller adds after, such as a "ถัดไป" bubble). */
  maxBubbles?: number;
  /** Bytes to leave free for bubbles the caller adds after. */
  reserveBytes?: number;
}

/**
 * How many of `bubbles`, from the first, fit in one carousel. A bubble over 30 KB ends the run
 * (bubbles after it are not moved ahead of it, so a list keeps its order and a next page starts
 * where this one stopped).
 */
export function bubblesThatFit(bubbles: readonly FlexBubble[], budget: CarouselBudget = {}): number {
  const maxBubbles = Math.min(budget.maxBubbles ?? LINE_LIMITS.carouselBubbles, LINE_LIMITS.carouselBubbles);
  const maxBytes = LINE_LIMITS.carouselBytes - (budget.reserveBytes ?? 0);
  let bytes = EMPTY_CAROUSEL_BYTES;
  let n = 0;
  for (const bubble of bubbles) {
    if (n >= maxBubbles) break;
    const size = bytesOf(bubble);
    if (size > LINE_LIMITS.bubbleBytes || bytes + size + (n ? 1 : 0) > maxBytes) break;
    bytes += size + (n ? 1 : 0);
    n++;
  }
  return n;
}

/** A carousel of the leading bubbles that fit, and how many those are. */
export function fitCarousel(bubbles: readonly FlexBubble[], budget: CarouselBudget = {}): { carousel: FlexCarousel; shown: number } {
  const shown = bubblesThatFit(bubbles, budget);
  return { carousel: { type: "carousel", contents: bubbles.slice(0, shown) }, shown };
}

/**
 * A flex message of the leading bubbles that fit (one bubble alone is sent as a bubble), or
 * `undefined` when not even the first fits; `shown` says how many went in.
 */
export function carouselMessage(
  bubbles: readonly FlexBubble[],
  altText: string,
  opts: CarouselBudget & { quickReply?: QuickReply } = {},
): { message: FlexMessage | undefined; shown: number } {
  const { carousel, shown } = fitCarousel(bubbles, opts);
  if (!shown) return { message: undefined, shown };
  const message: FlexMessage = { type: "flex", altText, contents: carousel, ...(opts.quickReply ? { quickReply: opts.quickReply } : {}) };
  return { message, shown };
}

/**
 * `items` packed into as few bubbles as they need, each within 30 KB and `maxPerBubble` items:
 * for one long list shown over several bubbles (progress by unit for a hundred units).
 */
export function packIntoBubbles<T>(items: readonly T[], render: (items: readonly T[], index: number) => FlexBubble, maxPerBubble: number): FlexBubble[] {
  const bubbles: FlexBubble[] = [];
  let start = 0;
  while (start < items.length) {
    let count = Math.min(maxPerBubble, items.length - start);
    let bubble = render(items.slice(start, start + count), bubbles.length);
    while (count > 1 && bytesOf(bubble) > LINE_LIMITS.bubbleBytes) {
      count = Math.max(1, Math.floor(count / 2));
      bubble = render(items.slice(start, start + count), bubbles.length);
    }
    bubbles.push(bubble);
    start += count;
  }
  return bubbles;
}

/**
 * `bubbles` over as few carousels as they need, at most `maxMessages` of them; `shown` says how many
 * bubbles went in (the caller tells people where the rest are). Quick replies go on the last.
 */
export function carouselMessages(
  bubbles: readonly FlexBubble[],
  altText: string,
  opts: { maxMessages: number; quickReply?: QuickReply },
): { messages: FlexMessage[]; shown: number } {
  const messages: FlexMessage[] = [];
  let shown = 0;
  while (shown < bubbles.length && messages.length < opts.maxMessages) {
    const { message, shown: n } = carouselMessage(bubbles.slice(shown), altText);
    if (!message) break;
    messages.push(message);
    shown += n;
  }
  const last = messages.at(-1);
  if (last && opts.quickReply) last.quickReply = opts.quickReply;
  return { messages, shown };
}
