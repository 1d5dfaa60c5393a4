import { z } from "zod";

/**
 * The shape of a plan file (`data/plans/*.json`): one organisation's integrity and transparency
 * measures for one fiscal year, with the ITA result they respond to. It is the contract between
 * the importer (which drafts it from the plan's text), the person who reviews it, and the engine
 * (which answers only from it), so it is strict: a reviewed file that does not parse is refused
 * at start with the path of every problem.
 */
const Score = z
  .string()
  .regex(/^\d{1,3}(?:\.\d{1,2})?$/, "a score is written as in the plan, e.g. \"100\" or \"83.00\"");

/** ISO calendar date (CE), e.g. 2024-10-01 for ๑ ตุลาคม ๒๕๖๗. */
const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date is YYYY-MM-DD (CE)");

export const ToolSchema = z.enum(["IIT", "EIT", "OIT"]);
export type Tool = z.infer<typeof ToolSchema>;

export const ItemSchema = z.object({
  /** Canonical code, lower-case letter + number: i5, e8, o25. */
  code: z.string().regex(/^[ieo][1-9]\d?$/, "an item code is i/e/o + number, e.g. e8"),
  /** Score exactly as the plan writes it (Arabic digits). */
  score: Score,
  /** True when the score is below the item pass mark (the plan's "ไม่ผ่านเกณฑ์"). */
  belowPassMark: z.boolean(),
  /** The ITA question's wording when the plan quotes it. */
  question: z.string().min(1).optional(),
  /** What the plan says should be done about this item. */
  remark: z.string().min(1).optional(),
  /** A reviewer's note on how a quirk of the document was resolved. */
  note: z.string().min(1).optional(),
});
export type PlanItem = z.infer<typeof ItemSchema>;

export const MeasureSchema = z.object({
  title: z.string().min(1),
  /** Steps in order; the step number is its position + 1. */
  steps: z.array(z.string().min(1)).min(1),
  /** Responsible unit exactly as written: ทุกส่วนราชการ, สำนักปลัด, กองคลัง… */
  unit: z.string().min(1),
  period: z.object({
    start: CalendarDate,
    end: CalendarDate,
    /**
     * The period exactly as the plan writes it ("ไตรมาส 2", "มกราคม – มิถุนายน 2570"), so answers can
     * quote it; start and end are what it means. Absent in files made before the importer kept it.
     */
    text: z.string().min(1).optional(),
  }),
});
export type PlanMeasure = z.infer<typeof MeasureSchema>;

export const IssueSchema = z.object({
  number: z.number().int().min(1),
  title: z.string().min(1),
  tools: z.array(ToolSchema).min(1),
  items: z.array(ItemSchema).min(1),
  analysis: z.string().min(1),
  measure: MeasureSchema,
  notes: z.array(z.string()).optional(),
});
export type PlanIssue = z.infer<typeof IssueSchema>;

export const PlanSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** Stable id, also the file name: wiang-tha-kan-2568. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    organization: z.object({
      name: z.string().min(1),
      shortName: z.string().min(1),
      subdistrict: z.string().optional(),
      district: z.string().optional(),
      province: z.string().optional(),
    }),
    title: z.string().min(1),
    /** Fiscal year of the plan, Buddhist Era (2568). */
    fiscalYear: z.number().int().min(2500).max(2700),
    assessment: z.object({
      /** Fiscal year assessed, Buddhist Era (2567). */
      year: z.number().int().min(2500).max(2700),
      score: Score,
      level: z.string().min(1),
    }),
    /** Score an item needs to count as passed; the plan calls anything below it ไม่ผ่านเกณฑ์. */
    itemPassMark: Score,
    issues: z.array(IssueSchema).min(1),
    reviewNotes: z.array(z.string()).optional(),
    /**
     * Only on a demonstration copy (a published plan shifted to another year so that progress can be
     * tried live): the organisation never published it, so its names carry "ตัวอย่าง" and every page
     * that shows it says so. Never set by the importer.
     */
    sample: z.object({ basedOn: z.string().min(1), note: z.string().min(1) }).optional(),
  })
  .superRefine((plan, ctx) => {
    const passMark = Number(plan.itemPassMark);
    plan.issues.forEach((issue, i) => {
      if (issue.number !== i + 1)
        ctx.addIssue({ code: "custom", path: ["issues", i, "number"], message: `issues must be numbered 1, 2, 3…; found ${issue.number} at position ${i + 1}` });
      issue.items.forEach((item, j) => {
        if (item.belowPassMark !== Number(item.score) < passMark)
          ctx.addIssue({
            code: "custom",
            path: ["issues", i, "items", j, "belowPassMark"],
            message: `${item.code} scores ${item.score}; belowPassMark must be ${Number(item.score) < passMark}`,
          });
      });
      const { start, end } = issue.measure.period;
      if (start > end)
        ctx.addIssue({ code: "custom", path: ["issues", i, "measure", "period"], message: `period starts (${start}) after it ends (${end})` });
    });
  });

export type Plan = z.infer<typeof PlanSchema>;
