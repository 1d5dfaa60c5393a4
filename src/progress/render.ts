/**
 * What the progress capability says, built from the Flex templates in `flex-templates/`. Buttons
 * are added in code after rendering (their postback data carries IDs, not text anyone typed).
 */
import { postbackData } from "../bot/postback-data";
import { renderTemplate } from "../flex/render-template";
import { loadTemplate } from "../flex/templates";
import { fitUtf16 } from "../line/fit-label";
import { messageItem, postbackItem as quickPostback } from "../line/quick-reply-items";
import { bubblesThatFit, carouselMessages, packIntoBubbles } from "../line/fit-carousel";
import { LINE_LIMITS } from "../line/limits";
import { textMessage, textMessages } from "../line/split-text";
import type { FlexBubble, FlexComponent, Message, QuickReply, QuickReplyItem } from "../line/message-types";
import { planYearLabel } from "../plan/held-plan";
import { fiscalYearOf } from "../thai/fiscal-year";
import { formatThaiDate, formatThaiDateRange, formatThaiTime } from "../thai/thai-date";
import { STATUS_LABEL, type Activity, type ProgressStatus } from "./activities";
import type { ActivityProgress, GroupProgress, Overview } from "./overview";
import type { ProgressReport } from "./progress-store";
import type { ProgressSnapshot } from "./progress-service";
import type { Nudge } from "./reminders";
import type { ProgressSettings } from "./settings";

export const ACTIONS = {
  list: "pr-list",
  report: "pr-report",
  status: "pr-status",
  percent: "pr-pct",
  skipNote: "pr-skip-note",
  submit: "pr-submit",
  history: "pr-history",
  overview: "pr-overview",
} as const;

export const STATUS_COLOR: Record<ProgressStatus, string> = {
  not_started: "#757575",
  in_progress: "#1565C0",
  done: "#2E7D32",
  blocked: "#C62828",
};
const LATE_COLOR = "#E65100";

export const text = (t: string, quickReply?: QuickReply): Message => textMessage(t, quickReply);

export function postbackItem(label: string, action: string, params: Record<string, string>, displayText?: string): QuickReplyItem {
  return quickPostback(label, postbackData(action, params), displayText);
}

export { messageItem };

export const officerQuickReply: QuickReply = { items: [messageItem("กิจกรรมของฉัน", "กิจกรรมของฉัน")] };

const clip = (s: string, n: number) => fitUtf16(s, n);
const shortDate = (d: Date) => formatThaiDate(d, "short");
const barWidth = (percent: number) => `${Math.max(1, Math.min(100, Math.round(percent)))}%`;

function button(label: string, data: string, displayText: string, primary: boolean): FlexComponent {
  return {
    type: "button",
    style: primary ? "primary" : "secondary",
    height: "sm",
    action: { type: "postback", label, data, displayText },
  } as FlexComponent;
}

export function activityBubble(item: ActivityProgress): FlexBubble {
  const { activity, state } = item;
  const bubble = renderTemplate<FlexBubble>(loadTemplate("progress-activity"), {
    issueNumber: activity.issueNumber,
    stepNumber: activity.stepNumber,
    unitName: activity.unitName,
    stepText: clip(activity.stepText, 400),
    statusLabel: STATUS_LABEL[item.status] + (item.late ? " (ล่าช้า)" : ""),
    statusColor: item.late ? LATE_COLOR : STATUS_COLOR[item.status],
    percent: item.percent,
    barWidth: barWidth(item.percent),
    barColor: item.percent === 0 ? "#E0E0E0" : item.late ? LATE_COLOR : STATUS_COLOR[item.status],
    lastUpdate: state
      ? `รายงานล่าสุด ${shortDate(state.reportedAt)}${state.reporterName ? ` โดย ${clip(state.reporterName, 40)}` : ""} (${state.reportCount} ครั้ง)`
      : `ยังไม่มีรายงาน • ช่วงเวลา ${formatThaiDateRange(activity.start, activity.end, "short")}`,
    note: state?.note ? clip(state.note, 200) : "",
  });
  bubble.footer = {
    type: "box",
    layout: "horizontal",
    spacing: "sm",
    contents: [
      button("รายงาน", postbackData(ACTIONS.report, { id: activity.id }), "รายงานความคืบหน้า", true),
      button("ประวัติ", postbackData(ACTIONS.history, { id: activity.id }), "ดูประวัติการรายงาน", false),
    ],
  };
  return bubble;
}

/** Bubbles per carousel page when the list is longer than one carousel: the last is "ถัดไป". */
export const ACTIVITIES_PER_PAGE = LINE_LIMITS.carouselBubbles - 1;

/**
 * One page of an officer's activities from `start` (0-based): all of them when they fit one
 * carousel, else as many as fit LINE's 11 bubbles and 50 KB (fit-carousel.ts) with a "ถัดไป" card
 * that starts the next page where this one stopped. `note`: a line above the list, e.g. that the
 * plan's year is over.
 */
export function activityCarousel(items: readonly ActivityProgress[], start: number, unitName: string, note?: string): Message[] {
  const from = Math.min(Math.max(0, Math.floor(start)), Math.max(0, items.length - 1));
  const bubbles = items.slice(from).map(activityBubble);
  const whole = from === 0 && bubblesThatFit(bubbles) === items.length;
  const quickItems: QuickReplyItem[] = [];
  let shown = bubbles.length;
  if (!whole) {
    const moreBubble = (next: number) => {
      const more = renderTemplate<FlexBubble>(loadTemplate("progress-more"), { remaining: items.length - next, to: next, total: items.length });
      more.footer = { type: "box", layout: "vertical", contents: [button("ถัดไป", postbackData(ACTIONS.list, { o: String(next) }), "กิจกรรมหน้าถัดไป", true)] };
      return more;
    };
    const reserveBytes = Buffer.byteLength(JSON.stringify(moreBubble(items.length))) + 16;
    shown = Math.max(1, bubblesThatFit(bubbles, { maxBubbles: ACTIVITIES_PER_PAGE, reserveBytes }));
    bubbles.length = shown;
    const next = from + shown;
    if (next < items.length) {
      bubbles.push(moreBubble(next));
      quickItems.push(postbackItem("ถัดไป", ACTIONS.list, { o: String(next) }, "กิจกรรมหน้าถัดไป"));
    }
    if (from > 0) quickItems.push(postbackItem("ก่อนหน้า", ACTIONS.list, { o: String(Math.max(0, from - ACTIVITIES_PER_PAGE)) }, "กิจกรรมหน้าก่อนหน้า"));
  }
  const done = items.filter((i) => i.status === "done").length;
  const range = whole ? "" : ` แสดงที่ ${from + 1}–${from + shown}`;
  const intro = `กิจกรรมของ${unitName} ${items.length} กิจกรรม (เสร็จแล้ว ${done})${range}\n${note ? `${note}\n` : ""}แตะ "รายงาน" ใต้กิจกรรมเพื่อรายงานความคืบหน้าค่ะ`;
  return [
    text(intro),
    {
      type: "flex",
      altText: clip(`กิจกรรมของ${unitName} ${items.length} กิจกรรม`, LINE_LIMITS.altTextLength),
      contents: { type: "carousel", contents: bubbles },
      ...(quickItems.length ? { quickReply: { items: quickItems } } : {}),
    },
  ];
}

export function activityTitle(activity: Activity): string {
  return `มาตรการที่ ${activity.issueNumber} ขั้นตอนที่ ${activity.stepNumber}: ${clip(activity.stepText, 80)}`;
}

export function statusQuestion(activity: Activity): Message {
  return text(
    `${activityTitle(activity)}\n(${activity.unitName})\n\nสถานะตอนนี้เป็นอย่างไรคะ`,
    {
      items: (Object.keys(STATUS_LABEL) as ProgressStatus[]).map((s) =>
        postbackItem(STATUS_LABEL[s], ACTIONS.status, { id: activity.id, s }, STATUS_LABEL[s]),
      ),
    },
  );
}

export function percentQuestion(activity: Activity): Message {
  return text("ดำเนินการไปแล้วกี่เปอร์เซ็นต์คะ แตะตัวเลือก หรือพิมพ์ตัวเลข 0-100", {
    items: [10, 25, 50, 75, 90].map((v) => postbackItem(`${v}%`, ACTIONS.percent, { id: activity.id, v: String(v) }, `${v}%`)),
  });
}

export function noteQuestion(activity: Activity): Message {
  return text("พิมพ์บันทึกสั้น ๆ ว่าทำอะไรไปแล้ว หรือติดปัญหาอะไร (ไม่เกิน 500 ตัวอักษร) ค่ะ", {
    items: [postbackItem("ไม่มีบันทึก", ACTIONS.skipNote, { id: activity.id }, "ไม่มีบันทึก")],
  });
}

/** Quick replies that open the phone's camera or photo gallery (LINE allows them only in quick replies). */
export const photoPickerItems: readonly QuickReplyItem[] = [
  { type: "action", action: { type: "camera", label: "ถ่ายรูป" } },
  { type: "action", action: { type: "cameraRoll", label: "เลือกรูป" } },
];

export function photoQuestion(activity: Activity, photos: number): Message {
  const lead = photos > 0 ? `ได้รับรูปแล้ว ${photos} รูปค่ะ ส่งเพิ่มได้อีก` : "ส่งรูปถ่ายเป็นหลักฐานได้ (ถ้ามี) แตะ \"ถ่ายรูป\" หรือ \"เลือกรูป\"";
  return text(`${lead} แล้วแตะ "ส่งรายงาน" ค่ะ${photos > 0 ? "" : " (ไม่มีรูปก็ส่งได้เลยค่ะ)"}`, {
    items: [...photoPickerItems, postbackItem("ส่งรายงาน", ACTIONS.submit, { id: activity.id }, "ส่งรายงาน")],
  });
}

export function receipt(activity: Activity, report: ProgressReport): Message[] {
  const lines = [
    "บันทึกรายงานเรียบร้อยแล้วค่ะ ✅",
    activityTitle(activity),
    `สถานะ: ${STATUS_LABEL[report.status]} ${report.percent}%`,
    ...(report.note ? [`บันทึก: ${report.note}`] : []),
    `รูปหลักฐาน: ${report.evidence.length} รูป`,
    `เวลา: ${shortDate(report.reportedAt)}`,
  ];
  return [
    text(lines.join("\n"), {
      items: [
        postbackItem("ดูประวัติ", ACTIONS.history, { id: activity.id }, "ดูประวัติการรายงาน"),
        messageItem("กิจกรรมของฉัน", "กิจกรรมของฉัน"),
      ],
    }),
  ];
}

const bangkokTime = (d: Date) => formatThaiTime(d);

export function historyMessages(activity: Activity, reports: readonly ProgressReport[]): Message[] {
  if (reports.length === 0) return [text(`${activityTitle(activity)}\n\nยังไม่มีการรายงานค่ะ`, officerQuickReply)];
  const lines = reports.map((r) => {
    const who = r.reporterName ? ` โดย ${clip(r.reporterName, 30)}` : "";
    const photos = r.evidence.length ? ` 📷${r.evidence.length}` : "";
    const note = r.note ? `\n   ${clip(r.note, 120)}` : "";
    return `• ${shortDate(r.reportedAt)} ${bangkokTime(r.reportedAt)} น.${who}: ${STATUS_LABEL[r.status]} ${r.percent}%${photos}${note}`;
  });
  return [text(`ประวัติการรายงาน (ล่าสุด ${reports.length} ครั้ง)\n${activityTitle(activity)}\n\n${lines.join("\n")}`, officerQuickReply)];
}

/** Rows on one overview card: a phone screen or two; more units go on the next card. */
const OVERVIEW_ROWS_PER_BUBBLE = 20;

/**
 * The overview's cards for `groups` (issues or units): as many cards as the rows need, each within
 * LINE's 30 KB (fit-carousel.ts), titled "(2/5)" when there are several.
 */
function overviewBubbles(title: string, subtitle: string, groups: readonly GroupProgress[], footnote: string): FlexBubble[] {
  const cards = Math.ceil(groups.length / OVERVIEW_ROWS_PER_BUBBLE);
  return packIntoBubbles(
    groups,
    (rows, i) =>
      renderTemplate<FlexBubble>(loadTemplate("progress-overview"), {
        title: cards > 1 ? `${title} (${i + 1})` : title,
        subtitle,
        footnote,
        // One placeholder for the words and one bar of three colours, chosen by which flag is set.
        rows: rows.map((g) => ({
          line: `${clip(g.label, 60)} — ${g.percent}%${g.late > 0 ? ` (ล่าช้า ${g.late})` : ""}`,
          width: barWidth(g.percent),
          lateBar: g.late > 0,
          doneBar: g.late === 0 && g.percent >= 100,
          onTrackBar: g.late === 0 && g.percent < 100,
        })),
      }),
    OVERVIEW_ROWS_PER_BUBBLE,
  );
}

export function overviewMessages(overview: Overview, snapshot: Pick<ProgressSnapshot, "plan" | "settings"> & Partial<Pick<ProgressSnapshot, "archived">>, heading: string): Message[] {
  const { plan, settings } = snapshot;
  const asOf = `ข้อมูล ณ ${shortDate(overview.at)}`;
  const done = overview.activities.filter((a) => a.status === "done").length;
  const year = planYearLabel(plan);
  const summary = overview.closed
    ? [
        `ผลการดำเนินงาน ${plan.organization.shortName} ${year} (ปิดปีงบประมาณแล้ว)`,
        overview.reported === 0
          ? `ไม่มีรายงานความคืบหน้าในระบบสำหรับปีนี้ (${overview.activities.length} กิจกรรม)`
          : `ผลสุดท้าย: ภาพรวม ${overview.totalPercent}% • เสร็จแล้ว ${done}/${overview.activities.length} กิจกรรม • ไม่แล้วเสร็จ ${overview.activities.length - done}`,
        asOf,
      ].join("\n")
    : [
        `${heading} ${plan.organization.shortName} ${year}`,
        `ภาพรวม ${overview.totalPercent}% • เสร็จแล้ว ${done}/${overview.activities.length} กิจกรรม • ล่าช้า ${overview.late.length}`,
        asOf,
      ].join("\n");
  const bubbles = [
    ...overviewBubbles(overview.closed ? "ผลตามมาตรการ" : "ความคืบหน้าตามมาตรการ", asOf, overview.byIssue, overview.closed ? year : "สีส้ม = มีกิจกรรมล่าช้า"),
    ...overviewBubbles(overview.closed ? "ผลตามหน่วยงาน" : "ความคืบหน้าตามหน่วยงาน", asOf, overview.byUnit, "ค่าเฉลี่ยของทุกกิจกรรมในหน่วยงาน (ยังไม่รายงาน = 0%)"),
  ];
  // Two carousels at most (with the summary and two of details, five messages: one reply); a
  // hundred units fit, and beyond that the admin is told the export has every unit.
  const altText = clip(
    overview.closed ? `ผลการดำเนินงาน ${year} (ปิดแล้ว): ภาพรวม ${overview.totalPercent}%` : `${heading}: ภาพรวม ${overview.totalPercent}% ล่าช้า ${overview.late.length} กิจกรรม`,
    LINE_LIMITS.altTextLength,
  );
  const { messages: carousels, shown } = carouselMessages(bubbles, altText, { maxMessages: 2 });
  const notShown = shown < bubbles.length ? `\n(การ์ดแสดงได้ไม่ครบทุกหน่วยงาน ดูครบทุกหน่วยงานได้ใน "ส่งออกรายงาน" ค่ะ)` : "";
  const actions = [messageItem("ส่งออกรายงาน", overview.closed ? `ส่งออกรายงาน ${plan.fiscalYear}` : "ส่งออกรายงาน"), messageItem("เจ้าหน้าที่ทั้งหมด", "เจ้าหน้าที่ทั้งหมด")];
  if (overview.closed) {
    const next = fiscalYearOf(overview.at);
    const details = snapshot.archived
      ? `${year} เป็นแผนปีที่ผ่านมา ตัวเลขนี้เป็นผลสุดท้ายและไม่มีการแจ้งเตือนแล้วค่ะ`
      : `${year} สิ้นสุดแล้ว จึงไม่มีการแจ้งเตือนค่ะ${next > plan.fiscalYear ? `\nเมื่อได้แผนปีงบประมาณ พ.ศ. ${next} แล้ว ส่งไฟล์แผน (.json จาก npm run plan:import) ในแชตนี้เพื่อเปิดใช้ได้เลยค่ะ` : ""}`;
    return [text(summary + notShown), ...carousels, ...textMessages(details, { quickReply: { items: [...actions, messageItem("แผนทั้งหมด", "แผนทั้งหมด")] }, maxMessages: 2 })];
  }
  // Per unit, worst first: one line an admin can act on ("call กองคลัง"), short enough for a phone.
  const lateByUnit = new Map<string, { unit: string; count: number; problems: number }>();
  for (const a of overview.late) {
    const entry = lateByUnit.get(a.activity.unitId) ?? { unit: a.activity.unitName, count: 0, problems: 0 };
    entry.count++;
    if (a.status === "blocked") entry.problems++;
    lateByUnit.set(a.activity.unitId, entry);
  }
  const lateLines = [...lateByUnit.values()]
    .sort((a, b) => b.count - a.count)
    .map((u) => `• ${u.unit} ${u.count} กิจกรรม${u.problems ? ` (มีปัญหา ${u.problems})` : ""}`);
  const silent = overview.silentUnits.map((u) => `• ${u.label}${u.lastReportAt ? ` (ล่าสุด ${shortDate(u.lastReportAt)})` : " (ยังไม่เคยรายงาน)"}`);
  const details = [
    overview.late.length ? `กิจกรรมที่ล่าช้า ${overview.late.length} กิจกรรม\n${lateLines.join("\n")}` : "ไม่มีกิจกรรมที่ล่าช้าค่ะ",
    silent.length ? `หน่วยงานที่ไม่ได้รายงานใน ${settings.staleDays} วัน\n${silent.join("\n")}` : `ทุกหน่วยงานรายงานภายใน ${settings.staleDays} วันแล้วค่ะ`,
  ].join("\n\n");
  return [text(summary + notShown), ...carousels, ...textMessages(details, { quickReply: { items: actions }, maxMessages: 2 })];
}

export function reminderMessages(nudges: readonly Nudge[], settings: ProgressSettings, now: Date): Message[] {
  const lines = nudges.slice(0, 15).map((n) => {
    const why =
      n.reason === "stale"
        ? n.progress.state
          ? `ไม่ได้รายงานตั้งแต่ ${shortDate(n.progress.state.reportedAt)}`
          : "ยังไม่เคยรายงาน"
        : `${n.progress.percent}% ควรถึง ${n.progress.expected}%`;
    return `• มาตรการที่ ${n.activity.issueNumber}.${n.activity.stepNumber} ${clip(n.activity.stepText, 50)} (${why})`;
  });
  const more = nudges.length > 15 ? [`และอีก ${nudges.length - 15} กิจกรรม`] : [];
  return [
    text(
      [`เรียนเจ้าหน้าที่ค่ะ ขอความกรุณาอัปเดตความคืบหน้ากิจกรรมต่อไปนี้ (${shortDate(now)})`, ...lines, ...more, "", `(แจ้งเตือนเมื่อไม่มีรายงานเกิน ${settings.staleDays} วัน หรือความคืบหน้าช้ากว่าระยะเวลาที่ผ่านไป)`].join("\n"),
      officerQuickReply,
    ),
  ];
}
