/**
 * Parses LINE's webhook body at the boundary. Only the envelope and the fields every event has are
 * required; anything else is kept as-is, so a new event type LINE adds later is skipped, not a 400.
 * https://developers.line.biz/en/reference/messaging-api/#request-body
 */
import { z } from "zod";

const sourceSchema = z.looseObject({
  type: z.enum(["user", "group", "room"]),
  // Their formats are checked where the event is converted (./line-ids.ts), so a bad one is named.
  userId: z.string().optional(),
  groupId: z.string().optional(),
  roomId: z.string().optional(),
});

export const webhookEventSchema = z.looseObject({
  type: z.string().min(1),
  webhookEventId: z.string().max(64),
  timestamp: z.number(),
  mode: z.string().optional(),
  source: sourceSchema.optional(),
  replyToken: z.string().optional(),
  deliveryContext: z.looseObject({ isRedelivery: z.boolean() }).optional(),
});

export const webhookBodySchema = z.looseObject({
  destination: z.string().optional(),
  events: z.array(z.unknown()),
});

export type WebhookEvent = z.infer<typeof webhookEventSchema>;
export type WebhookSource = z.infer<typeof sourceSchema>;
