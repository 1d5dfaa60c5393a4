import { validateMessages } from "line-standin";
import { bubblesThatFit, carouselMessage, carouselMessages, packIntoBubbles } from "../../src/line/fit-carousel";
import type { FlexBubble } from "../../src/line/message-types";

const bubble = (chars: number, tag = ""): FlexBubble => ({
  type: "bubble",
  body: { type: "box", layout: "vertical", contents: [{ type: "text", text: `${tag}${"ก".repeat(chars)}`, wrap: true }] },
});
const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v));

describe("fit-carousel", () => {
  it("keeps every bubble of a small list, at most 12", () => {
    expect(bubblesThatFit(Array.from({ length: 5 }, () => bubble(10)))).toBe(5);
    expect(bubblesThatFit(Array.from({ length: 20 }, () => bubble(10)))).toBe(12);
  });

  it("keeps the leading bubbles within 50 KB, and LINE accepts the carousel", () => {
    const bubbles = Array.from({ length: 10 }, (_, i) => bubble(2500, `${i}`)); // ~7.6 KB each
    const { message, shown } = carouselMessage(bubbles, "รายการ");
    expect(shown).toBeLessThan(10);
    expect(bytes(message!.contents)).toBeLessThanOrEqual(50_000);
    expect(validateMessages([message])).toEqual([]);
    // One more would have been over.
    expect(bytes({ type: "carousel", contents: bubbles.slice(0, shown + 1) })).toBeGreaterThan(50_000);
  });

  it("stops at a bubble over 30 KB rather than moving later ones ahead of it", () => {
    expect(bubblesThatFit([bubble(10), bubble(11_000), bubble(10)])).toBe(1);
    expect(carouselMessage([bubble(11_000)], "x").message).toBeUndefined();
  });

  it("leaves room the caller reserves", () => {
    const bubbles = Array.from({ length: 12 }, () => bubble(1500));
    expect(bubblesThatFit(bubbles, { reserveBytes: 20_000 })).toBeLessThan(bubblesThatFit(bubbles));
  });

  it("spreads bubbles over carousels up to a number of messages", () => {
    const bubbles = Array.from({ length: 30 }, () => bubble(1000));
    const { messages, shown } = carouselMessages(bubbles, "x", { maxMessages: 2 });
    expect(messages).toHaveLength(2);
    expect(shown).toBe(24);
    expect(validateMessages(messages)).toEqual([]);
  });

  it("packs rows into bubbles each within 30 KB", () => {
    const rows = Array.from({ length: 100 }, (_, i) => `แถวที่ ${i} ${"ข".repeat(300)}`);
    const render = (part: readonly string[]): FlexBubble => ({
      type: "bubble",
      body: { type: "box", layout: "vertical", contents: part.map((text) => ({ type: "text", text, wrap: true })) },
    });
    const bubbles = packIntoBubbles(rows, render, 40);
    for (const b of bubbles) expect(bytes(b)).toBeLessThanOrEqual(30_000);
    expect(bubbles.flatMap((b) => (b.body!.contents as Array<{ text: string }>).map((c) => c.text))).toEqual(rows);
  });
});
