/**
 * Choosing who gets the announcement, from the buttons under the preview: everyone (broadcast),
 * every officer, or one unit's officers. Officers or a unit with nobody in them are refused before
 * the draft moves on (everyone is not: LINE does not say how many friends a broadcast reaches).
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import type { CapabilityPart } from "../../bot/compose-capability";
import { audienceLabel, type AudienceChoice } from "../announcement";
import { ADMIN, ANNOUNCEMENT_ACTIONS as A, draftFor, saveDraft, type AnnouncementsContext, type Draft } from "./announcements-context";
import { askWhen, audienceCard } from "./announcement-questions";
import { staleDraft, text } from "./announcement-replies";

export function chooseAudience(ac: AnnouncementsContext): CapabilityPart {
  const { audiences } = ac;
  return {
    postbacks: {
      [A.audience]: {
        roles: ADMIN,
        async handle(ctx, action) {
          const draft = await draftFor(ac, ctx, action.params.d);
          if (!draft?.text) return staleDraft();
          let audience: AudienceChoice;
          if (action.params.t === "all") audience = { type: "all" };
          else if (action.params.t === "officers") audience = { type: "officers" };
          else if (action.params.t === "unit" && action.params.u) {
            const unit = await audiences.unit(action.params.u);
            if (!unit) return replyWith(text("ไม่พบหน่วยงานนี้แล้วค่ะ กรุณาเลือกใหม่นะคะ"), await audienceCard(draft, await audiences.units()));
            audience = { type: "unit", unitId: unit.id, unitName: unit.name };
          } else return staleDraft();
          const { count, estimate } = await audiences.count(audience);
          if (count === 0 && audience.type !== "all") {
            return replyWith(text(`ยังไม่มีผู้รับใน${audienceLabel(audience)}ค่ะ กรุณาเลือกกลุ่มอื่นนะคะ`), await audienceCard(draft, await audiences.units()));
          }
          const next: Draft = { ...draft, audience, step: "when" };
          await saveDraft(ac, ctx, next);
          return askWhen(next, audienceLabel(audience), count, estimate);
        },
      },
    },
  };
}

/** Text typed while the audience buttons are showing: ask again. */
export async function onAudienceText(ac: AnnouncementsContext, _ctx: BotContext, _raw: string, draft: Draft): Promise<Outcome> {
  return { messages: [text("กรุณาเลือกผู้รับจากปุ่มด้านล่างค่ะ"), await audienceCard(draft, await ac.audiences.units())] };
}
