/**
 * The draft's conversation: text and photos sent while a chat has a draft go to the step it is at.
 * The role is checked again here because a draft outlives the command that started it: someone no
 * longer an admin loses the draft. Each step's handling lives with its part (compose, audience,
 * schedule and confirm); this file only routes to it.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import { replies } from "../../bot/common-replies";
import type { CapabilityPart } from "../../bot/compose-capability";
import { ANNOUNCEMENT_FLOW, chatOf, parseDraft, type AnnouncementsContext, type Draft, type Step } from "./announcements-context";
import { staleDraft } from "./announcement-replies";
import { onAudienceText } from "./audience";
import { onExtraPhoto, onExtraText, onMessageText } from "./compose";
import { onConfirmText, onTimeText, onWhenText } from "./schedule-confirm";

type TextStep = (ac: AnnouncementsContext, ctx: BotContext, raw: string, draft: Draft) => Promise<Outcome>;

const TEXT_STEPS: Record<Step, TextStep> = {
  text: onMessageText,
  extra: onExtraText,
  time: onTimeText,
  audience: onAudienceText,
  when: onWhenText,
  confirm: onConfirmText,
};

export function announcementFlow(ac: AnnouncementsContext): CapabilityPart {
  const { conversations } = ac.services;
  return {
    flows: {
      [ANNOUNCEMENT_FLOW]: {
        async onText(ctx, raw, state) {
          if (ctx.person?.role !== "admin") {
            await conversations.clear(chatOf(ctx));
            return replyWith(replies.notAllowed());
          }
          const draft = parseDraft(state.data);
          if (!draft) {
            await conversations.clear(chatOf(ctx));
            return staleDraft();
          }
          return TEXT_STEPS[draft.step](ac, ctx, raw, draft);
        },
        async onImage(ctx, messageId, state) {
          const draft = parseDraft(state.data);
          if (ctx.person?.role !== "admin" || draft?.step !== "extra") return undefined;
          return onExtraPhoto(ac, ctx, messageId, draft);
        },
      },
    },
  };
}
