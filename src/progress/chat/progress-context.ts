/**
 * What every part of the progress capability shares, built once per capability: the services, the
 * plan's progress and report links, the replies that refuse a step, and the check that an activity
 * belongs to the sender's unit. That check runs on every step, from the activity ID the client
 * sent back, never from what it was shown.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import { chatIdOf } from "../../bot/incoming-event";
import type { CapabilityServices } from "../../capabilities";
import type { Person } from "../../people/person";
import type { Unit } from "../../units/units";
import type { Activity } from "../activities";
import type { ProgressService } from "../progress-service";
import { officerQuickReply, text } from "../render";
import type { ReportLinks } from "../report-links";

export interface ProgressCapabilityDeps {
  progress: ProgressService;
  links: ReportLinks;
}

export interface ProgressContext extends ProgressCapabilityDeps {
  services: CapabilityServices;
}

export const STAFF = ["officer", "admin"] as const;

export function createProgressContext(services: CapabilityServices, deps: ProgressCapabilityDeps): ProgressContext {
  return { services, ...deps };
}

export const progressReplies = {
  notLinked: () => replyWith(text("ท่านยังไม่ได้ผูกกับหน่วยงานค่ะ กรุณาขอรหัสหน่วยงานจากผู้ดูแลระบบ แล้วพิมพ์รหัสนั้นในแชทนี้นะคะ")),
  otherUnit: () => replyWith(text("ขออภัยค่ะ กิจกรรมนี้เป็นของหน่วยงานอื่น ท่านรายงานได้เฉพาะกิจกรรมของหน่วยงานตนเองค่ะ", officerQuickReply)),
  gone: () => replyWith(text("ขออภัยค่ะ ไม่พบกิจกรรมนี้แล้ว กรุณาเปิด \"กิจกรรมของฉัน\" ใหม่อีกครั้งนะคะ", officerQuickReply)),
  stale: () => replyWith(text("รายการนี้หมดเวลาหรือถูกยกเลิกแล้วค่ะ กรุณาแตะ \"รายงาน\" ที่กิจกรรมอีกครั้งนะคะ", officerQuickReply)),
};

export const chatOf = (ctx: BotContext) => chatIdOf(ctx.event.source);

export async function unitOf(pc: ProgressContext, person: Person | undefined): Promise<Unit | undefined> {
  return person?.unitId ? pc.progress.units.find(person.unitId) : undefined;
}

/** The activity, if it exists and belongs to the person's unit. */
export async function ownActivity(pc: ProgressContext, ctx: BotContext, id: string | undefined): Promise<{ activity: Activity } | { refusal: Outcome }> {
  const unit = await unitOf(pc, ctx.person);
  if (!unit) return { refusal: progressReplies.notLinked() };
  const activity = id ? await pc.progress.activity(id) : undefined;
  if (!activity) return { refusal: progressReplies.gone() };
  if (activity.unitId !== unit.id) {
    pc.services.logger.warn("progress.other_unit", { eventId: ctx.event.id, activityId: activity.id });
    return { refusal: progressReplies.otherUnit() };
  }
  return { activity };
}
