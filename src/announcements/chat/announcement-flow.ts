/**
 * The draft's conversation: text and photos sent while a chat has a draft go to the step it is at.
 * The flow is for admins: a draft outlives the command that started it, and the router checks the
 * role again at every step, so someone no longer an admin loses the draft. Each step's handling
 * lives with its part (compose, audience, schedule and confirm); this file only routes to it.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import type { CapabilityPart } from "../../bot/compose-capability";
import { ADMIN, ANNOUNCEMENT_FLOW, chatOf, parseDraft, type AnnouncementsContext, type Draft, type Step } from "./announcements-context";
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
  return {
    flows: {
      [ANNOUNCEMENT_FLOW]: {
        roles: ADMIN,
        // A command typed or tapped on the rich menu mid-draft runs (the draft waits): otherwise
        // "ภาพรวม" tapped at the text step would become the announcement.
        commandsFirst: true,
        async onText(ctx, raw, state) {
          // The router has checked the role (flows declare theirs); a draft that does not parse is stale.
          const draft = parseDraft(state.data);
          if (!draft) {
            await ac.services.conversations.clear(chatOf(ctx));
            return staleDraft();
          }
          return Object.hasOwn(TEXT_STEPS, draft.step) ? TEXT_STEPS[draft.step](ac, ctx, raw, draft) : undefined;
        },
        async onImage(ctx, messageId, state) {
          const draft = parseDraft(state.data);
          if (draft?.step !== "extra") return undefined;
          return onExtraPhoto(ac, ctx, messageId, draft);
        },
      },
    },
  };
}
