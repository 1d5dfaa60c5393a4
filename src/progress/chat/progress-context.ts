/**
 * What every part of the progress capability shares, built once per capability: the services, the
 * plans and report links, the replies that refuse a step, and the check that an activity belongs to
 * the sender's unit and to the current plan. That check runs on every step, from the activity ID the
 * client sent back, never from what it was shown: a past year's activity can be read, not reported on.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import { chatIdOf } from "../../bot/incoming-event";
import type { CapabilityServices } from "../../capabilities";
import type { Person } from "../../people/person";
import type { Unit } from "../../units/units";
import type { Activity } from "../activities";
import type { PlanBook } from "../../plan/plan-book";
import type { ProgressService } from "../progress-service";
import { createProgressStore, type ProgressStore } from "../progress-store";
import { planYearLabel } from "../../plan/held-plan";
import { planIdOfActivity } from "../activities";
import { officerQuickReply, text } from "../render";
import type { ReportLinks } from "../report-links";

export interface ProgressCapabilityDeps {
  plans: PlanBook;
  links: ReportLinks;
}

export interface ProgressContext extends ProgressCapabilityDeps {
  services: CapabilityServices;
  /** Reports and their photos (one store for every year: reports carry their plan's ID). */
  store: ProgressStore;
}

export const STAFF = ["officer", "admin"] as const;

export function createProgressContext(services: CapabilityServices, deps: ProgressCapabilityDeps): ProgressContext {
  return { services, store: createProgressStore(services.db), ...deps };
}

export const progressReplies = {
  notLinked: () => replyWith(text("ท่านยังไม่ได้ผูกกับหน่วยงานค่ะ กรุณาขอรหัสหน่วยงานจากผู้ดูแลระบบ แล้วพิมพ์รหัสนั้นในแชทนี้นะคะ")),
  otherUnit: () => replyWith(text("ขออภัยค่ะ กิจกรรมนี้เป็นของหน่วยงานอื่น ท่านรายงานได้เฉพาะกิจกรรมของหน่วยงานตนเองค่ะ", officerQuickReply)),
  gone: () => replyWith(text("ขออภัยค่ะ ไม่พบกิจกรรมนี้แล้ว กรุณาเปิด \"กิจกรรมของฉัน\" ใหม่อีกครั้งนะคะ", officerQuickReply)),
  stale: () => replyWith(text("รายการนี้หมดเวลาหรือถูกยกเลิกแล้วค่ะ กรุณาแตะ \"รายงาน\" ที่กิจกรรมอีกครั้งนะคะ", officerQuickReply)),
  pastYear: (year: string) =>
    replyWith(text(`กิจกรรมนี้อยู่ในแผน${year} ซึ่งเป็นแผนปีที่ผ่านมาแล้วค่ะ รายงานได้เฉพาะกิจกรรมในแผนปัจจุบัน กรุณาเปิด "กิจกรรมของฉัน" ใหม่นะคะ`, officerQuickReply)),
};

export const chatOf = (ctx: BotContext) => chatIdOf(ctx.event.source);

export async function unitOf(pc: ProgressContext, person: Person | undefined): Promise<Unit | undefined> {
  return person?.unitId ? pc.plans.units.find(person.unitId) : undefined;
}

/** An activity of any held plan, with that plan's progress (history stays readable after the year changes). */
export async function anyActivity(pc: ProgressContext, id: string | undefined): Promise<{ activity: Activity; progress: ProgressService } | undefined> {
  const held = id ? await pc.plans.byId(planIdOfActivity(id)) : undefined;
  if (!held || !id) return undefined;
  const progress = pc.plans.progressOf(held);
  const activity = await progress.activity(id);
  return activity && { activity, progress };
}

/** The activity, if it is in the current plan and belongs to the person's unit. */
export async function ownActivity(pc: ProgressContext, ctx: BotContext, id: string | undefined): Promise<{ activity: Activity } | { refusal: Outcome }> {
  // Both read the units list: asked at once, they share one read (units-store.ts).
  const [unit, activity] = await Promise.all([unitOf(pc, ctx.person), id ? pc.plans.currentProgress().then((p) => p.activity(id)) : undefined]);
  if (!unit) return { refusal: progressReplies.notLinked() };
  if (!activity) {
    const past = id ? await pc.plans.byId(planIdOfActivity(id)) : undefined;
    return { refusal: past && past.status !== "current" ? progressReplies.pastYear(planYearLabel(past.plan)) : progressReplies.gone() };
  }
  if (activity.unitId !== unit.id) {
    pc.services.logger.warn("progress.other_unit", { eventId: ctx.event.id, activityId: activity.id });
    return { refusal: progressReplies.otherUnit() };
  }
  return { activity };
}
