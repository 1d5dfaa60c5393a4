import type { Message } from "../line/message-types";

/**
 * The texts a person sees in a reply (message texts, Flex texts, altText, button and quick reply
 * labels), in order. Used to print replies readably and to keep answers within a phone screen.
 */
const VISIBLE_KEYS = new Set(["text", "altText", "label", "displayText", "title"]);

export function visibleTexts(messages: readonly Message[]): string[] {
  const out: string[] = [];
  const walk = (node: unknown, inQuickReply: boolean): void => {
    if (Array.isArray(node)) for (const n of node) walk(n, inQuickReply);
    else if (node && typeof node === "object")
      for (const [k, v] of Object.entries(node)) {
        if (typeof v === "string" && VISIBLE_KEYS.has(k) && !(inQuickReply && k === "text")) out.push(inQuickReply ? `[${v}]` : v);
        else if (typeof v === "object") walk(v, inQuickReply || k === "quickReply");
      }
  };
  walk(messages, false);
  return out;
}
