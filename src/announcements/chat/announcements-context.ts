/**
 * What every part of the announcements capability shares, built once per capability: the
 * services, the announcement store, the audiences and the outbox, the postback action names, and
 * the draft kept in the chat's conversation state. Every button carries the draft's ID, so a
 * button from an older draft cannot act on a newer one.
 */
import { z } from "zod";
import type { BotContext } from "../../bot/bot-context";
import { stateOf } from "../../bot/conversation-store";
import { chatIdOf } from "../../bot/incoming-event";
import type { CapabilityServices } from "../../capabilities";
import type { DeliveryStore } from "../../outbox/delivery-store";
import type { AnnouncementContent, AudienceChoice } from "../announcement";
import { createAnnouncementStore, type AnnouncementStore } from "../announcement-store";
import { createAudiences, type Audiences } from "../audiences";

export interface AnnouncementsContext {
  services: CapabilityServices;
  store: AnnouncementStore;
  audiences: Audiences;
  deliveries: DeliveryStore;
}

export function createAnnouncementsContext(services: CapabilityServices): AnnouncementsContext {
  return { services, store: createAnnouncementStore(services.db), audiences: createAudiences(services.db), deliveries: services.outbox.store };
}

export const ANNOUNCEMENT_FLOW = "announcement";
export const ADMIN = ["admin"] as const;
const DRAFT_TTL_MS = 60 * 60 * 1000;

/** Postback action names of the announcements capability. */
export const ANNOUNCEMENT_ACTIONS = {
  skip: "ann-skip",
  audience: "ann-aud",
  when: "ann-when",
  /** The date-and-time picker's answer (LINE's datetimepicker, `params.datetime`). */
  pick: "ann-pick",
  confirm: "ann-ok",
  cancel: "ann-cancel",
  history: "ann-hist",
} as const;

/**
 * The draft as kept in the chat's conversation state. State is data from the database, so it is
 * parsed like any other input: a draft of an older shape, or one damaged, is treated as gone.
 */
export const DraftSchema = z.object({
  id: z.string().min(1),
  step: z.enum(["text", "extra", "audience", "when", "time", "confirm"]),
  text: z.string().optional(),
  link: z.string().optional(),
  imageUrl: z.string().optional(),
  audience: z
    .discriminatedUnion("type", [
      z.object({ type: z.literal("all") }),
      z.object({ type: z.literal("officers") }),
      z.object({ type: z.literal("unit"), unitId: z.string(), unitName: z.string() }),
    ])
    .optional(),
  /** ISO instant; absent: send now. */
  sendAt: z.iso.datetime().optional(),
});
export type Draft = z.infer<typeof DraftSchema>;
export type Step = Draft["step"];

/** The draft in a conversation state's data, or undefined when it is not a valid draft. */
export function parseDraft(data: unknown): Draft | undefined {
  const parsed = DraftSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

export const chatOf = (ctx: BotContext) => chatIdOf(ctx.event.source);
export const userOf = (ctx: BotContext) => ctx.person?.userId ?? (ctx.event.source.type === "user" ? ctx.event.source.userId : "unknown");

export async function saveDraft(ac: AnnouncementsContext, ctx: BotContext, draft: Draft): Promise<void> {
  await ac.services.conversations.start(chatOf(ctx), ANNOUNCEMENT_FLOW, { ...draft }, ctx.now, DRAFT_TTL_MS);
}

/** The chat's draft, if the button's draft ID is the current one. */
export async function draftFor(ac: AnnouncementsContext, ctx: BotContext, draftId: string | undefined): Promise<Draft | undefined> {
  // Read with the sender already for a button tapped in the admin's own chat.
  const state = await stateOf(ctx, ac.services.conversations, chatOf(ctx));
  if (!state || state.flow !== ANNOUNCEMENT_FLOW) return undefined;
  const draft = parseDraft(state.data);
  return draft && (draftId === undefined || draft.id === draftId) ? draft : undefined;
}

export const contentOf = (d: Draft): AnnouncementContent => ({ text: d.text ?? "", link: d.link, imageUrl: d.imageUrl });
