/**
 * "กิจกรรมของฉัน": the activities of the officer's unit, a page at a time, each assessed against
 * the progress settings; and an activity's report history, which admins may see for any unit and
 * officers only for their own.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import type { CapabilityPart } from "../../bot/compose-capability";
import { assessActivity } from "../overview";
import { activityCarousel, ACTIONS, historyMessages, text } from "../render";
import { loadProgressSettings } from "../settings";
import { progressReplies, STAFF, unitOf, type ProgressContext } from "./progress-context";

export function activityList(pc: ProgressContext): CapabilityPart {
  const { services, progress } = pc;

  async function list(ctx: BotContext, page: number): Promise<Outcome> {
    const unit = await unitOf(pc, ctx.person);
    if (!unit) return progressReplies.notLinked();
    const [activities, states, settings] = await Promise.all([
      progress.activitiesOf(unit.id),
      progress.store.states(progress.plan.id),
      loadProgressSettings(services.db),
    ]);
    if (activities.length === 0) return replyWith(text(`ยังไม่มีกิจกรรมที่มอบหมายให้${unit.name}ในแผนปีงบประมาณ ${progress.plan.fiscalYear} ค่ะ`));
    const items = activities.map((a) => assessActivity(a, states.get(a.id), settings, ctx.now));
    return { messages: activityCarousel(items, page, unit.name) };
  }

  return {
    commands: [
      {
        pattern: /^(กิจกรรมของฉัน|รายงานความคืบหน้า|กิจกรรมหน่วยงาน)$/,
        roles: STAFF,
        help: { button: "กิจกรรมของฉัน", summary: "กิจกรรมของหน่วยงานท่าน แตะ รายงาน เพื่อรายงานความคืบหน้า" },
        handle: (ctx) => list(ctx, 1),
      },
    ],
    postbacks: {
      [ACTIONS.list]: {
        roles: STAFF,
        handle: (ctx, action) => list(ctx, Number(action.params.p) || 1),
      },
      [ACTIONS.history]: {
        roles: STAFF,
        async handle(ctx, action) {
          const activity = action.params.id ? await progress.activity(action.params.id) : undefined;
          if (!activity) return progressReplies.gone();
          if (ctx.person?.role !== "admin") {
            const unit = await unitOf(pc, ctx.person);
            if (!unit) return progressReplies.notLinked();
            if (unit.id !== activity.unitId) return progressReplies.otherUnit();
          }
          return { messages: historyMessages(activity, await progress.store.history(activity.id)) };
        },
      },
    },
  };
}
