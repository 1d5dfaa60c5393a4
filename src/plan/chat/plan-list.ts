/**
 * Admins see the plans the bot holds ("แผนทั้งหมด": each fiscal year, which one is current, which
 * are past years) and switch to a held one ("ใช้แผน 2570"), with the same preview and confirmation
 * as a newly sent file: a plan activated by mistake is undone the same way.
 */
import type { CapabilityPart } from "../../bot/compose-capability";
import { parseFiscalYear, YEAR_ARGUMENT } from "../../thai/fiscal-year";
import { isClosedYear, planYearLabel, yearNotHeldText, type HeldPlan } from "../held-plan";
import { previewActivation, previewText } from "../preview-activation";
import { messageItem } from "../../line/quick-reply-items";
import { ADMIN, confirmItems, say, type PlansContext } from "./plans-context";

const STATUS: Record<HeldPlan["status"], string> = { current: "ใช้งานอยู่", archived: "ปีที่ผ่านมา", imported: "นำเข้าแล้ว ยังไม่เคยใช้" };

export function planList(pc: PlansContext): CapabilityPart {
  const { plans } = pc;
  return {
    commands: [
      {
        pattern: /^(?:แผนทั้งหมด|แผนงานทั้งหมด|รายการแผน)$/,
        roles: ADMIN,
        help: { button: "แผนทั้งหมด", summary: "แผนของแต่ละปีงบประมาณ ปีที่ใช้อยู่ และวิธีเปิดใช้แผนปีใหม่ (ส่งไฟล์แผน .json ในแชตนี้)" },
        async handle(ctx) {
          const all = await plans.all();
          const lines = all.map((h) => {
            const closed = h.status === "current" && isClosedYear(h.plan, ctx.now) ? " (สิ้นสุดแล้ว)" : "";
            return `• ${planYearLabel(h.plan)}: ${h.plan.organization.shortName} — ${STATUS[h.status]}${closed}`;
          });
          const switchable = all.filter((h) => h.status !== "current").slice(0, 10);
          return say(
            [
              `แผนที่ระบบมี ${all.length} แผน`,
              ...lines,
              "",
              "เปิดใช้แผนปีใหม่: ส่งไฟล์แผน (.json จาก npm run plan:import) ในแชตนี้",
              "กลับไปใช้แผนที่มีอยู่: พิมพ์ ใช้แผน <ปี> เช่น ใช้แผน 2570",
            ].join("\n"),
            switchable.map((h) => messageItem(`ใช้แผน ${h.plan.fiscalYear}`, `ใช้แผน ${h.plan.fiscalYear}`)),
          );
        },
      },
      {
        pattern: new RegExp(`^(?:ใช้แผน|เปิดใช้แผน|เปลี่ยนแผน(?:เป็น)?)\\s*${YEAR_ARGUMENT}$`),
        roles: ADMIN,
        help: { usage: "ใช้แผน <ปี>", example: "ใช้แผน 2568", summary: "เปลี่ยนไปใช้แผนที่มีอยู่ (แสดงสิ่งที่จะเปลี่ยนก่อนยืนยัน)" },
        async handle(ctx, m) {
          const year = parseFiscalYear(m[1] ?? "", ctx.now);
          if (year === undefined) return say('ไม่เข้าใจปีที่ระบุค่ะ ลองพิมพ์ เช่น "ใช้แผน 2570"');
          const all = await plans.all();
          const held = all.find((h) => h.plan.fiscalYear === year);
          if (!held) return say(`${yearNotHeldText(year, all)}\nส่งไฟล์แผน (.json) ของปีนั้นในแชตนี้เพื่อนำเข้าได้ค่ะ`);
          const preview = await previewActivation(pc.activation, held.plan, ctx.now);
          if (preview.outcome === "unchanged") return say(previewText(preview));
          return say(`${previewText(preview)}\n\nแตะ "ยืนยันเปิดใช้" เพื่อเปิดใช้แผนนี้ค่ะ`, confirmItems({ p: held.plan.id }));
        },
      },
    ],
  };
}
