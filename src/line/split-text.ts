/**
 * Texts that grow with data (every unit, every officer, every ticket, every late activity) as text
 * messages within LINE's 5,000 UTF-16 units each, by construction: the lines are packed into as few
 * messages as they need, never cut inside a line unless one line alone is longer than a message
 * (then between words), and never more messages than the caller has room for in its reply; what
 * does not fit is counted in a closing line instead of being cut off silently mid-word. LINE
 * refuses the whole reply when one text is over 5,000, so without this an organisation with 76
 * units got no answer at all to "หน่วยงานทั้งหมด".
 * https://developers.line.biz/en/reference/messaging-api/#text-message
 */
import { fitUtf16 } from "./fit-label";
import { LINE_LIMITS } from "./limits";
import type { Message, QuickReply } from "./message-types";

export interface TextListOptions {
  /** Quick replies, on the last message (LINE shows only the last message's). */
  quickReply?: QuickReply;
  /**
   * The most messages this text may take (a reply carries five in all, counting the caller's
   * other messages). Default: five.
   */
  maxMessages?: number;
  /** The closing line when lines are left out: how many, and how to see them. */
  more?: (hiddenLines: number) => string;
  /** Code units per message; LINE's 5,000 unless a test needs a smaller one. */
  maxLength?: number;
}

const words = new Intl.Segmenter("th", { granularity: "word" });

/** A line longer than a message, in pieces of at most `max` units, cut between words. */
function piecesOf(line: string, max: number): string[] {
  if (line.length <= max) return [line];
  const pieces: string[] = [];
  let piece = "";
  for (const { segment } of words.segment(line)) {
    if (piece.length + segment.length > max && piece) {
      pieces.push(piece);
      piece = "";
    }
    // One "word" longer than a message (a URL, a row of symbols) is cut with "…".
    piece += segment.length > max ? fitUtf16(segment, max) : segment;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

const defaultMore = (hidden: number) => `… (ยาวเกินกว่าจะแสดงในแชตได้ ละไว้อีก ${hidden} บรรทัด)`;

/**
 * `text` as few messages of at most 5,000 code units as it needs, split between lines; at most
 * `maxMessages`, the last ending with `more(n)` when n lines had to be left out.
 */
export function splitText(text: string, opts: Omit<TextListOptions, "quickReply"> = {}): string[] {
  const max = opts.maxLength ?? LINE_LIMITS.textLength;
  const maxMessages = Math.max(1, opts.maxMessages ?? LINE_LIMITS.messagesPerRequest);
  const more = opts.more ?? defaultMore;
  const lines = text.split("\n").flatMap((line) => piecesOf(line, max));
  const chunks: string[][] = [[]];
  const sizes = [0];
  for (const line of lines) {
    const i = chunks.length - 1;
    const size = sizes[i]! + (chunks[i]!.length ? 1 : 0) + line.length;
    if (size <= max || !chunks[i]!.length) {
      chunks[i]!.push(line);
      sizes[i] = size;
    } else {
      chunks.push([line]);
      sizes.push(line.length);
    }
  }
  if (chunks.length <= maxMessages) return chunks.map((c) => c.join("\n"));
  const kept = chunks.slice(0, maxMessages);
  const last = kept[maxMessages - 1]!;
  let hidden = chunks.slice(maxMessages).reduce((n, c) => n + c.length, 0);
  // Lines leave the last message until the closing line fits after them.
  while (last.length && [...last, more(hidden)].join("\n").length > max) {
    last.pop();
    hidden++;
  }
  const closing = fitUtf16(more(hidden), max);
  return kept.map((c, i) => (i === maxMessages - 1 ? [...c, closing].join("\n") : c.join("\n")));
}

/** {@link splitText} as text messages, the quick replies on the last. */
export function textMessages(text: string, opts: TextListOptions = {}): Message[] {
  const parts = splitText(text, opts);
  return parts.map((t, i) => (i === parts.length - 1 && opts.quickReply ? { type: "text", text: t, quickReply: opts.quickReply } : { type: "text", text: t }));
}

/**
 * One text message whatever `text` holds: cut between words with "…" at 5,000 code units. For
 * replies that quote one thing (an answer, a question) where a second message would read oddly;
 * lists that grow with data use {@link textMessages}.
 */
export function textMessage(text: string, quickReply?: QuickReply): Message {
  const t = fitUtf16(text, LINE_LIMITS.textLength);
  return quickReply ? { type: "text", text: t, quickReply } : { type: "text", text: t };
}
