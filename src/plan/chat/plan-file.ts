/**
 * An admin sends the reviewed plan file (the JSON `npm run plan:import` writes) in the 1:1 chat:
 * it is validated, kept until they decide, and answered with the preview of what activating it
 * changes and the confirm button. Nothing changes before the confirmation. A Word or PDF document
 * is answered with the way to turn it into a plan file, never guessed at.
 */
import type { CapabilityPart } from "../../bot/compose-capability";
import { PlanFileError, parsePlan } from "../load-plan";
import { previewActivation, previewText } from "../preview-activation";
import type { Plan } from "../schema";
import { ADMIN, confirmItems, say, type PlansContext } from "./plans-context";

/** A plan file is a few tens of kilobytes; anything much larger is not one. */
const MAX_BYTES = 1024 * 1024;
const MAX_PROBLEMS = 8;

const HOW_TO_IMPORT =
  'แปลงเอกสารแผนเป็นไฟล์แผนก่อนด้วยคำสั่ง npm run plan:import -- ไฟล์เอกสาร --out แผน.json ตรวจทานไฟล์ที่ได้ แล้วส่งไฟล์ .json นั้นในแชตนี้ค่ะ (ขั้นตอนทั้งหมดอยู่ใน README หัวข้อ "แผนประจำปี")';

type Read = { plan: Plan } | { problem: string };

/** Reads the bytes an admin sent as a plan; what is wrong is said in words an admin can act on. */
export function readPlanFile(bytes: Buffer): Read {
  if (bytes.length > MAX_BYTES) return { problem: `ไฟล์ใหญ่ ${Math.round(bytes.length / 1024)} KB เกินกว่าไฟล์แผนทั่วไปค่ะ ${HOW_TO_IMPORT}` };
  const head = bytes.subarray(0, 4).toString("latin1");
  if (head.startsWith("%PDF")) return { problem: `ไฟล์นี้เป็น PDF ซึ่งระบบยังใช้ตรง ๆ ไม่ได้ค่ะ ${HOW_TO_IMPORT}` };
  if (head === "PK\u0003\u0004") return { problem: `ไฟล์นี้เป็นเอกสาร Word (หรือไฟล์บีบอัด) ซึ่งระบบยังใช้ตรง ๆ ไม่ได้ค่ะ ${HOW_TO_IMPORT}` };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""));
  } catch {
    return { problem: `อ่านไฟล์นี้เป็นไฟล์แผน (.json) ไม่ได้ค่ะ ${HOW_TO_IMPORT}` };
  }
  try {
    return { plan: parsePlan(json, "ไฟล์ที่ส่งมา") };
  } catch (error) {
    if (!(error instanceof PlanFileError)) throw error;
    const lines = error.message.split("\n").filter((l) => l.startsWith("  - "));
    const more = lines.length > MAX_PROBLEMS ? [`…และอีก ${lines.length - MAX_PROBLEMS} จุด`] : [];
    return { problem: ["ไฟล์แผนนี้ยังไม่ผ่านการตรวจค่ะ ต้องแก้จุดต่อไปนี้ก่อน:", ...lines.slice(0, MAX_PROBLEMS).map((l) => l.trim()), ...more, "แก้แล้วส่งไฟล์ใหม่ได้เลยค่ะ"].join("\n") };
  }
}

export function planFile(pc: PlansContext): CapabilityPart {
  const { services } = pc;
  return {
    onFile: {
      roles: ADMIN,
      async handle(ctx, messageId) {
        let bytes: Buffer;
        try {
          bytes = (await services.fetchContent(messageId)).bytes;
        } catch (error) {
          services.logger.warn("plans.file_unavailable", { eventId: ctx.event.id, error });
          // The content fetcher refuses what is too large to be anything we keep.
          if (error instanceof RangeError) return say(`ไฟล์นี้ใหญ่เกินกว่าไฟล์แผนค่ะ ${HOW_TO_IMPORT}`);
          return say("ขออภัยค่ะ รับไฟล์ไม่สำเร็จ กรุณาส่งไฟล์อีกครั้งนะคะ");
        }
        const read = readPlanFile(bytes);
        if ("problem" in read) return say(read.problem);
        const uploadId = services.ids.uuid();
        await pc.plans.store.saveUpload(read.plan, ctx.person?.userId ?? "", ctx.now, uploadId);
        const preview = await previewActivation(pc.activation, read.plan, ctx.now);
        services.logger.info("plans.uploaded", { eventId: ctx.event.id, planId: read.plan.id, fiscalYear: read.plan.fiscalYear, outcome: preview.outcome });
        if (preview.outcome === "unchanged") return say(previewText(preview));
        return say(`${previewText(preview)}\n\nแตะ "ยืนยันเปิดใช้" เพื่อเปิดใช้แผนนี้ค่ะ`, confirmItems({ u: uploadId }));
      },
    },
  };
}
