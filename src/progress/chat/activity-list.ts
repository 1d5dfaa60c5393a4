/**
 * "กิจกรรมของฉัน": the activities of the officer's unit in the current plan, a page at a time, each
 * assessed against the progress settings (nothing is late once the year is over); and an activity's
 * report history, of any year the bot holds, which admins may see for any unit and officers only for
 * their own.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import type { CapabilityPart } from "../../bot/compose-capability";
import { planYearLabel } from "../../plan/held-plan";
import { assessActivity, isClosedSnapshot } from "../overview";
import { imageMessage } from "../../media/media-paths";
import type { Message } from "../../line/message-types";
import type { ProgressReport } from "../progress-store";
import { activityCarousel, ACTIONS, ACTIVITIES_PER_PAGE, historyMessages, text } from "../render";

/** Image messages after the history text: LINE sends at most five messages per reply. */
const MAX_IMAGES = 4;
import { loadProgressSettings } from "../settings";
import { anyActivity, progressReplies, STAFF, unitOf, type ProgressContext } from "./progress-context";

export function activityList(pc: ProgressContext): CapabilityPart {
  const { services } = pc;

  async function list(ctx: BotContext, start: number): Promise<Outcome> {
    const unit = await unitOf(pc, ctx.person);
    if (!unit) return progressReplies.notLinked();
    const progress = await pc.plans.currentProgress();
    const [activities, states, settings] = await Promise.all([
      progress.activitiesOf(unit.id),
      progress.store.states(progress.plan.id),
      loadProgressSettings(services.db),
    ]);
    const year = planYearLabel(progress.plan);
    if (activities.length === 0) return replyWith(text(`ยังไม่มีกิจกรรมที่มอบหมายให้${unit.name}ในแผน${year} ค่ะ`));
    const closed = isClosedSnapshot(progress, ctx.now);
    const items = activities.map((a) => assessActivity(a, states.get(a.id), settings, ctx.now, closed));
    return { messages: activityCarousel(items, start, unit.name, closed ? `${year} สิ้นสุดแล้ว ยังรายงานผลสุดท้ายได้ค่ะ` : undefined) };
  }

  /**
   * Admins see the evidence itself: the newest photos as image messages (LINE shows at most five
   * messages, the history text is one), served behind a fresh expiring report link.
   */
  async function evidenceImages(ctx: BotContext, reports: readonly ProgressReport[]): Promise<Message[]> {
    const paths = reports.flatMap((r) => r.evidence.map((e) => e.path));
    const base = services.mediaBaseUrl;
    if (!paths.length || !base?.startsWith("https://")) return [];
    const { token } = await pc.links.create(ctx.person?.userId ?? "", ctx.now);
    const images = paths.slice(0, MAX_IMAGES).flatMap((p) => imageMessage(base, p, token) ?? []);
    const more = paths.length > images.length ? [text(`รูปหลักฐาน ${images.length} จาก ${paths.length} รูปล่าสุดค่ะ ดูครบทุกรูปในรายงาน (พิมพ์ "ส่งออกรายงาน")`)] : [];
    return [...images.slice(0, MAX_IMAGES - more.length), ...more];
  }

  return {
    commands: [
      {
        pattern: /^(กิจกรรมของฉัน|รายงานความคืบหน้า|กิจกรรมหน่วยงาน)$/,
        roles: STAFF,
        help: { button: "กิจกรรมของฉัน", summary: "กิจกรรมของหน่วยงานท่าน แตะ รายงาน เพื่อรายงานความคืบหน้า" },
        handle: (ctx) => list(ctx, 0),
      },
    ],
    postbacks: {
      [ACTIONS.list]: {
        roles: STAFF,
        // `o`: where the page starts; `p`: a page number, on buttons sent before pages were cut by size.
        handle: (ctx, action) => list(ctx, action.params.o !== undefined ? Number(action.params.o) || 0 : ((Number(action.params.p) || 1) - 1) * ACTIVITIES_PER_PAGE),
      },
      [ACTIONS.history]: {
        roles: STAFF,
        async handle(ctx, action) {
          const found = await anyActivity(pc, action.params.id);
          if (!found) return progressReplies.gone();
          const { activity, progress } = found;
          if (ctx.person?.role !== "admin") {
            const unit = await unitOf(pc, ctx.person);
            if (!unit) return progressReplies.notLinked();
            if (unit.id !== activity.unitId) return progressReplies.otherUnit();
          }
          const reports = await progress.store.history(activity.id);
          return { messages: [...historyMessages(activity, reports), ...(ctx.person?.role === "admin" ? await evidenceImages(ctx, reports) : [])] };
        },
      },
    },
  };
}
