/**
 * What every part of the announcements capability shares, built once per capability: the
 * services, the announcement store, the audiences and the outbox, the postback action names, and
 * the draft kept in the chat's conversation state. Every button carries the draft's ID, so a
 * button from an older draft cannot act on a newer one.
 */
import type { BotContext } from "../../bot/bot-context";
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
  confirm: "ann-ok",
  cancel: "ann-cancel",
  history: "ann-hist",
} as const;

export type Step = "text" | "extra" | "audience" | "when" | "time" | "confirm";

export interface Draft {
  id: string;
  step: Step;
  text?: string;
  link?: string;
  imageUrl?: string;
  audience?: AudienceChoice;
  /** ISO instant; absent: send now. */
  sendAt?: string;
}

export const chatOf = (ctx: BotContext) => chatIdOf(ctx.event.source);
export const userOf = (ctx: BotContext) => ctx.person?.userId ?? (ctx.event.source.type === "user" ? ctx.event.source.userId : "unknown");

export async function saveDraft(ac: AnnouncementsContext, ctx: BotContext, draft: Draft): Promise<void> {
  await ac.services.conversations.start(chatOf(ctx), ANNOUNCEMENT_FLOW, { ...draft }, ctx.now, DRAFT_TTL_MS);
}

/** The chat's draft, if the button's draft ID is the current one. */
export async function draftFor(ac: AnnouncementsContext, ctx: BotContext, draftId: string | undefined): Promise<Draft | undefined> {
  const state = await ac.services.conversations.get(chatOf(ctx), ctx.now);
  if (!state || state.flow !== ANNOUNCEMENT_FLOW) return undefined;
  const draft = state.data as unknown as Draft;
  return draftId === undefined || draft.id === draftId ? draft : undefined;
}

export const contentOf = (d: Draft): AnnouncementContent => ({ text: d.text ?? "", link: d.link, imageUrl: d.imageUrl });
