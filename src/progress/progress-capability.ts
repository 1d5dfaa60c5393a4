/**
 * Progress reporting in chat. Officers list their unit's activities ("กิจกรรมของฉัน"), tap
 * "รายงาน" and answer with taps and short text: status, percent, a note, photos; every report is
 * a new record. Admins see the overview ("ภาพรวม") and get a link to the printable report
 * ("ส่งออกรายงาน"). Roles are enforced by the router; the unit of every activity is checked here,
 * on every step, from the activity ID the client sent back, never from what it was shown.
 */
import { z } from "zod";
import type { BotContext, Outcome } from "../bot/bot-context";
import { replyWith } from "../bot/bot-context";
import type { Capability, ConversationFlow } from "../bot/capability";
import { chatIdOf } from "../bot/incoming-event";
import type { CapabilityServices } from "../capabilities";
import type { Person } from "../people/person";
import { isStaff } from "../people/person";
import { toArabicDigits } from "../thai/digits";
import type { Unit } from "../units/units";
import { isProgressStatus, STATUS_LABEL, type Activity, type ProgressStatus } from "./activities";
import { evidencePath } from "./evidence-store";
import { assessActivity, computeOverview } from "./overview";
import type { ProgressService } from "./progress-service";
import {
  ACTIONS,
  activityCarousel,
  historyMessages,
  noteQuestion,
  officerQuickReply,
  overviewMessages,
  percentQuestion,
  photoQuestion,
  receipt,
  statusQuestion,
  text,
} from "./render";
import type { ReportLinks } from "./report-links";
import { loadProgressSettings } from "./settings";
import { formatThaiDate } from "../thai/thai-date";

export const REPORT_FLOW = "progress-report";
const REPORT_TTL_MS = 60 * 60 * 1000;
const NOTE_MAX = 500;
const PHOTOS_MAX = 10;

const DraftSchema = z.object({
  activityId: z.string(),
  draftId: z.string(),
  step: z.enum(["status", "percent", "note", "photos"]),
  status: z.enum(["not_started", "in_progress", "done", "blocked"]).optional(),
  percent: z.number().int().min(0).max(100).optional(),
  note: z.string().optional(),
});
type Draft = z.infer<typeof DraftSchema>;

/** Words that always mean a command, even in the middle of a report. */
const COMMAND_WORDS = /^(กิจกรรมของฉัน|รายงานความคืบหน้า|ภาพรวม(ความคืบหน้า)?|ส่งออกรายงาน|เจ้าหน้าที่ทั้งหมด|หน่วยงานทั้งหมด)$/;
const SUBMIT_WORDS = /^(ส่ง|ส่งรายงาน|เสร็จ|ยืนยัน|ไม่มีรูป)$/;

export interface ProgressCapabilityDeps {
  progress: ProgressService;
  links: ReportLinks;
}

export function parsePercent(raw: string): number | undefined {
  const m = /^\s*(\d{1,3})(?:\s*(?:%|เปอร์เซ็นต์|เปอร์เซ็น|ร้อยละ))?\s*$/.exec(toArabicDigits(raw).replace(/^ร้อยละ\s*/, ""));
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= 0 && n <= 100 ? n : undefined;
}

export function createProgressCapability(services: CapabilityServices, deps: ProgressCapabilityDeps): Capability {
  const { conversations, logger, ids } = services;
  const { progress, links } = deps;

  const notLinked = () =>
    replyWith(text("ท่านยังไม่ได้ผูกกับหน่วยงานค่ะ กรุณาขอรหัสหน่วยงานจากผู้ดูแลระบบ แล้วพิมพ์รหัสนั้นในแชทนี้นะคะ"));
  const otherUnit = () => replyWith(text("ขออภัยค่ะ กิจกรรมนี้เป็นของหน่วยงานอื่น ท่านรายงานได้เฉพาะกิจกรรมของหน่วยงานตนเองค่ะ", officerQuickReply));
  const gone = () => replyWith(text("ขออภัยค่ะ ไม่พบกิจกรรมนี้แล้ว กรุณาเปิด \"กิจกรรมของฉัน\" ใหม่อีกครั้งนะคะ", officerQuickReply));
  const stale = () => replyWith(text("รายการนี้หมดเวลาหรือถูกยกเลิกแล้วค่ะ กรุณาแตะ \"รายงาน\" ที่กิจกรรมอีกครั้งนะคะ", officerQuickReply));

  async function unitOf(person: Person | undefined): Promise<Unit | undefined> {
    return person?.unitId ? progress.units.find(person.unitId) : undefined;
  }

  /** The activity, if it exists and belongs to the person's unit. */
  async function ownActivity(ctx: BotContext, id: string | undefined): Promise<{ activity: Activity } | { refusal: Outcome }> {
    const unit = await unitOf(ctx.person);
    if (!unit) return { refusal: notLinked() };
    const activity = id ? await progress.activity(id) : undefined;
    if (!activity) return { refusal: gone() };
    if (activity.unitId !== unit.id) {
      logger.warn("progress.other_unit", { eventId: ctx.event.id, activityId: activity.id });
      return { refusal: otherUnit() };
    }
    return { activity };
  }

  const chatOf = (ctx: BotContext) => chatIdOf(ctx.event.source);

  async function draftFor(ctx: BotContext, activityId: string | undefined): Promise<Draft | undefined> {
    const state = await conversations.get(chatOf(ctx), ctx.now);
    if (!state || state.flow !== REPORT_FLOW) return undefined;
    const draft = DraftSchema.safeParse(state.data);
    return draft.success && (activityId === undefined || draft.data.activityId === activityId) ? draft.data : undefined;
  }

  const save = (ctx: BotContext, draft: Draft) => conversations.start(chatOf(ctx), REPORT_FLOW, draft, ctx.now, REPORT_TTL_MS);

  async function list(ctx: BotContext, page: number): Promise<Outcome> {
    const unit = await unitOf(ctx.person);
    if (!unit) return notLinked();
    const [activities, states, settings] = await Promise.all([
      progress.activitiesOf(unit.id),
      progress.store.states(progress.plan.id),
      loadProgressSettings(services.db),
    ]);
    if (activities.length === 0) return replyWith(text(`ยังไม่มีกิจกรรมที่มอบหมายให้${unit.name}ในแผนปีงบประมาณ ${progress.plan.fiscalYear} ค่ะ`));
    const items = activities.map((a) => assessActivity(a, states.get(a.id), settings, ctx.now));
    return { messages: activityCarousel(items, page, unit.name) };
  }

  /** Moves the draft to its next question after the status is known. */
  async function afterStatus(ctx: BotContext, activity: Activity, draft: Draft, status: ProgressStatus): Promise<Outcome> {
    if (status === "done" || status === "not_started") {
      const next: Draft = { ...draft, status, percent: status === "done" ? 100 : 0, step: "note" };
      await save(ctx, next);
      return replyWith(text(`สถานะ: ${STATUS_LABEL[status]} (${next.percent}%)`), noteQuestion(activity));
    }
    await save(ctx, { ...draft, status, step: "percent" });
    return replyWith(percentQuestion(activity));
  }

  async function afterPercent(ctx: BotContext, activity: Activity, draft: Draft, percent: number): Promise<Outcome> {
    await save(ctx, { ...draft, percent, step: "note" });
    return replyWith(noteQuestion(activity));
  }

  async function afterNote(ctx: BotContext, activity: Activity, draft: Draft, note: string): Promise<Outcome> {
    await save(ctx, { ...draft, note, step: "photos" });
    const photos = (await progress.store.draftEvidence(draft.draftId)).length;
    return replyWith(photoQuestion(activity, photos));
  }

  async function submit(ctx: BotContext, activity: Activity, draft: Draft): Promise<Outcome> {
    if (!draft.status) return replyWith(statusQuestion(activity));
    const report = await progress.store.record(
      {
        planId: activity.planId,
        activityId: activity.id,
        unitId: activity.unitId,
        issueNumber: activity.issueNumber,
        stepNumber: activity.stepNumber,
        status: draft.status,
        percent: draft.percent ?? (draft.status === "done" ? 100 : 0),
        note: draft.note ?? "",
        reportedBy: ctx.person?.userId ?? "",
        reporterName: ctx.person?.displayName,
        draftId: draft.draftId,
      },
      ctx.now,
    );
    await conversations.clear(chatOf(ctx));
    logger.info("progress.reported", { activityId: activity.id, reportId: report.id, status: report.status, photos: report.evidence.length });
    return { messages: receipt(activity, report), mustDeliver: true };
  }

  /** The question for the step the draft is at (after a photo, or an answer that was not understood). */
  function ask(activity: Activity, draft: Draft, photos: number) {
    switch (draft.step) {
      case "status":
        return statusQuestion(activity);
      case "percent":
        return percentQuestion(activity);
      case "note":
        return noteQuestion(activity);
      case "photos":
        return photoQuestion(activity, photos);
    }
  }

  /** Runs a postback step: the draft must be for this activity, and the activity the person's. */
  function step(handler: (ctx: BotContext, activity: Activity, draft: Draft, params: Record<string, string>) => Promise<Outcome>) {
    return {
      roles: ["officer", "admin"] as const,
      async handle(ctx: BotContext, action: { params: Record<string, string> }): Promise<Outcome> {
        const own = await ownActivity(ctx, action.params.id);
        if ("refusal" in own) return own.refusal;
        const draft = await draftFor(ctx, own.activity.id);
        if (!draft) return stale();
        return handler(ctx, own.activity, draft, action.params);
      },
    };
  }

  const reportFlow: ConversationFlow = {
    async onText(ctx, raw, state) {
      const draft = DraftSchema.safeParse(state.data);
      if (!draft.success || !isStaff(ctx.person)) {
        await conversations.clear(chatOf(ctx));
        return undefined;
      }
      const input = raw.trim();
      if (COMMAND_WORDS.test(input)) return undefined;
      const own = await ownActivity(ctx, draft.data.activityId);
      if ("refusal" in own) {
        await conversations.clear(chatOf(ctx));
        return own.refusal;
      }
      const { activity } = own;
      const d = draft.data;
      switch (d.step) {
        case "status": {
          const status = (Object.keys(STATUS_LABEL) as ProgressStatus[]).find((s) => STATUS_LABEL[s] === input);
          return status ? afterStatus(ctx, activity, d, status) : replyWith(text("กรุณาแตะเลือกสถานะจากปุ่มด้านล่างค่ะ (หรือพิมพ์ \"ยกเลิก\")"), statusQuestion(activity));
        }
        case "percent": {
          const percent = parsePercent(input);
          return percent === undefined
            ? replyWith(text("กรุณาพิมพ์ตัวเลข 0 ถึง 100 เช่น 40 ค่ะ (หรือพิมพ์ \"ยกเลิก\")"), percentQuestion(activity))
            : afterPercent(ctx, activity, d, percent);
        }
        case "note":
          if (input.length > NOTE_MAX) return replyWith(text(`บันทึกยาว ${input.length} ตัวอักษรค่ะ กรุณาย่อให้ไม่เกิน ${NOTE_MAX} ตัวอักษรนะคะ`));
          return afterNote(ctx, activity, d, input);
        case "photos":
          if (SUBMIT_WORDS.test(input)) return submit(ctx, activity, d);
          return replyWith(photoQuestion(activity, (await progress.store.draftEvidence(d.draftId)).length));
      }
    },
    async onImage(ctx, messageId, state) {
      const draft = DraftSchema.safeParse(state.data);
      if (!draft.success || !isStaff(ctx.person)) return undefined;
      const own = await ownActivity(ctx, draft.data.activityId);
      if ("refusal" in own) return own.refusal;
      const d = draft.data;
      const existing = (await progress.store.draftEvidence(d.draftId)).length;
      if (existing >= PHOTOS_MAX) return replyWith(text(`รับรูปได้สูงสุด ${PHOTOS_MAX} รูปต่อรายงานค่ะ`), ask(own.activity, d, existing));
      if (!services.evidence) return replyWith(text("ขออภัยค่ะ ระบบนี้ยังไม่ได้ตั้งที่เก็บรูปหลักฐาน"), ask(own.activity, d, existing));
      try {
        const content = await services.fetchContent(messageId);
        const path = evidencePath(d.activityId, d.draftId, messageId, content.contentType);
        await services.evidence.save(path, content.bytes, content.contentType);
        const count = await progress.store.addEvidence(
          d.draftId,
          d.activityId,
          ctx.person?.userId ?? "",
          { path, contentType: content.contentType, size: content.bytes.length, messageId },
          ctx.now,
        );
        return replyWith(d.step === "photos" ? photoQuestion(own.activity, count) : text(`ได้รับรูปหลักฐานแล้ว ${count} รูปค่ะ`), ...(d.step === "photos" ? [] : [ask(own.activity, d, count)]));
      } catch (error) {
        logger.error("progress.evidence.failed", { eventId: ctx.event.id, error });
        return replyWith(text("ขออภัยค่ะ รับรูปไม่สำเร็จ กรุณาส่งรูปอีกครั้งนะคะ"), ask(own.activity, d, existing));
      }
    },
  };

  return {
    name: "progress",
    commands: [
      {
        pattern: /^(กิจกรรมของฉัน|รายงานความคืบหน้า|กิจกรรมหน่วยงาน)$/,
        roles: ["officer", "admin"],
        handle: (ctx) => list(ctx, 1),
      },
      {
        pattern: /^ภาพรวม(ความคืบหน้า)?$/,
        roles: ["admin"],
        async handle(ctx) {
          const snapshot = await progress.snapshot();
          return { messages: overviewMessages(computeOverview(snapshot, ctx.now), snapshot, "ภาพรวมความคืบหน้า") };
        },
      },
      {
        pattern: /^ส่งออกรายงาน$/,
        roles: ["admin"],
        async handle(ctx) {
          if (!services.publicBaseUrl) {
            return replyWith(text("ขออภัยค่ะ ระบบยังไม่ได้ตั้งค่าที่อยู่เว็บ (PUBLIC_BASE_URL) จึงสร้างลิงก์รายงานไม่ได้ กรุณาแจ้งผู้ดูแลระบบค่ะ"));
          }
          const { token, expiresAt } = await links.create(ctx.person?.userId ?? "", ctx.now);
          const base = services.publicBaseUrl.replace(/\/+$/, "");
          const until = `${formatThaiDate(expiresAt, "short")} ${new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Bangkok", hour: "2-digit", minute: "2-digit" }).format(expiresAt)} น.`;
          return replyWith(
            text(
              [
                "รายงานความคืบหน้าตามมาตรการ (สำหรับผู้ดูแลเท่านั้น กรุณาอย่าส่งต่อลิงก์นี้)",
                `หน้าพิมพ์: ${base}/reports/progress?token=${token}`,
                `ไฟล์ CSV สำหรับ Excel: ${base}/reports/progress.csv?token=${token}`,
                `ลิงก์ใช้ได้ถึง ${until} ค่ะ`,
              ].join("\n"),
            ),
          );
        },
      },
    ],
    postbacks: {
      [ACTIONS.list]: {
        roles: ["officer", "admin"],
        handle: (ctx, action) => list(ctx, Number(action.params.p) || 1),
      },
      [ACTIONS.overview]: {
        roles: ["admin"],
        async handle(ctx) {
          const snapshot = await progress.snapshot();
          return { messages: overviewMessages(computeOverview(snapshot, ctx.now), snapshot, "ภาพรวมความคืบหน้า") };
        },
      },
      [ACTIONS.report]: {
        roles: ["officer", "admin"],
        async handle(ctx, action) {
          const own = await ownActivity(ctx, action.params.id);
          if ("refusal" in own) return own.refusal;
          await save(ctx, { activityId: own.activity.id, draftId: ids.uuid(), step: "status" });
          return replyWith(statusQuestion(own.activity));
        },
      },
      [ACTIONS.status]: step(async (ctx, activity, draft, params) =>
        isProgressStatus(params.s) ? afterStatus(ctx, activity, draft, params.s) : replyWith(statusQuestion(activity)),
      ),
      [ACTIONS.percent]: step(async (ctx, activity, draft, params) => {
        const percent = parsePercent(params.v ?? "");
        return percent === undefined ? replyWith(percentQuestion(activity)) : afterPercent(ctx, activity, draft, percent);
      }),
      [ACTIONS.skipNote]: step((ctx, activity, draft) => afterNote(ctx, activity, draft, "")),
      [ACTIONS.submit]: step((ctx, activity, draft) => submit(ctx, activity, draft)),
      [ACTIONS.history]: {
        roles: ["officer", "admin"],
        async handle(ctx, action) {
          const activity = action.params.id ? await progress.activity(action.params.id) : undefined;
          if (!activity) return gone();
          if (ctx.person?.role !== "admin") {
            const unit = await unitOf(ctx.person);
            if (!unit) return notLinked();
            if (unit.id !== activity.unitId) return otherUnit();
          }
          return { messages: historyMessages(activity, await progress.store.history(activity.id)) };
        },
      },
    },
    flows: { [REPORT_FLOW]: reportFlow },
  };
}
