/**
 * LINE Messaging API limits, in one place for every builder of messages. Source:
 * https://developers.line.biz/en/reference/messaging-api/ (checked November 2026, see
 * ../shared/docs/platform-facts.md). LINE counts texts in UTF-16 code units except labels,
 * displayText, action texts and template texts, which it counts in grapheme clusters
 * (https://developers.line.biz/en/docs/messaging-api/text-character-count/; see fit-label.ts).
 */
export const LINE_LIMITS = {
  /** Messages in one reply, push, multicast, broadcast or narrowcast call. */
  messagesPerRequest: 5,
  /** Text message length, in UTF-16 code units (JavaScript string length). */
  textLength: 5000,
  /** altText of flex and template messages. */
  altTextLength: 1500,
  /** Bubbles in one flex carousel. */
  carouselBubbles: 12,
  /** Serialized JSON size of a whole flex carousel, in bytes. */
  carouselBytes: 50_000,
  /** Serialized JSON size of one flex bubble, in bytes. */
  bubbleBytes: 30_000,
  /** Quick reply items on one message. */
  quickReplyItems: 13,
  /** Label of a quick reply, template or rich menu action, in grapheme clusters. */
  actionLabelLength: 20,
  /** Label of a flex button action, in grapheme clusters. */
  flexButtonLabelLength: 40,
  /** Postback data, in UTF-16 code units. */
  postbackDataLength: 300,
  /** Postback displayText, in grapheme clusters. */
  displayTextLength: 300,
  /** Text a message action sends, in grapheme clusters. */
  actionTextLength: 300,
  /** User IDs in one multicast call. */
  multicastRecipients: 500,
  /** Request body size LINE sends to a webhook is small; we refuse anything over this. */
  webhookBodyBytes: 1024 * 1024,
} as const;
