/**
 * The admin's confirmation: the plan (a file they sent, or a held plan) becomes current for every
 * instance. Tapping twice, or confirming a plan that is already current, changes nothing and says
 * so. Only what the postback names is activated, and only if it is still there and valid.
 */
import type { CapabilityPart } from "../../bot/compose-capability";
import { activatePlan } from "../activate-plan";
import { planYearLabel } from "../held-plan";
import type { Plan } from "../schema";
import { messageItem } from "../../line/quick-reply-items";
import { ADMIN, PLAN_ACTIONS, say, type PlansContext } from "./plans-context";

export function planConfirm(pc: PlansContext): CapabilityPart {
  const { services, plans } = pc;

  async function planOf(params: Record<string, string>, now: Date): Promise<Plan | undefined> {
    if (params.u) return (await plans.store.upload(params.u, now))?.plan;
    if (params.p) return (await plans.store.get(params.p))?.plan;
    return undefined;
  }

  return {
    postbacks: {
      [PLAN_ACTIONS.activate]: {
        roles: ADMIN,
        async handle(ctx, action) {
          const plan = await planOf(action.params, ctx.now);
          if (!plan) return say("ขออภัยค่ะ ไม่พบไฟล์แผนนี้แล้ว (เก็บไว้ 24 ชั่วโมง) กรุณาส่งไฟล์แผนอีกครั้งนะคะ");
          const result = await activatePlan(pc.activation, plan, { by: ctx.person?.userId ?? "", now: ctx.now });
          plans.invalidate();
          const year = planYearLabel(result.plan);
          services.logger.info("plans.activated", { eventId: ctx.event.id, planId: result.plan.id, outcome: result.outcome, previous: result.previous?.plan.id });
          if (result.outcome === "unchanged") return say(`แผน ${result.plan.organization.shortName} ${year} ใช้งานอยู่แล้ว ไม่มีอะไรเปลี่ยนค่ะ`);
          const base = services.publicBaseUrl?.replace(/\/+$/, "");
          const lines = [
            `เปิดใช้แผน ${result.plan.organization.shortName} ${year} แล้วค่ะ ✅`,
            ...(result.addedUnits.length ? [`เพิ่มหน่วยงานใหม่: ${result.addedUnits.join(", ")}`] : []),
            "เจ้าหน้าที่คงหน่วยงานเดิม และรายงานกิจกรรมของแผนนี้ได้ทันทีจาก \"กิจกรรมของฉัน\"",
            ...(result.previous
              ? [`แผน${planYearLabel(result.previous.plan)} เก็บไว้เป็นแผนปีที่ผ่านมา: พิมพ์ "ภาพรวม ${result.previous.plan.fiscalYear}" หรือ "ส่งออกรายงาน ${result.previous.plan.fiscalYear}"${base ? `\nหน้าสาธารณะปีนั้น: ${base}/public/${result.previous.plan.fiscalYear}` : ""}`]
              : []),
          ];
          return say(lines.join("\n"), [messageItem("ภาพรวม", "ภาพรวม"), messageItem("แผนทั้งหมด", "แผนทั้งหมด")]);
        },
      },
      [PLAN_ACTIONS.cancel]: {
        roles: ADMIN,
        handle: async () => say("ยกเลิกแล้วค่ะ แผนที่ใช้อยู่ไม่เปลี่ยน"),
      },
    },
  };
}

