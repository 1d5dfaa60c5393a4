/**
 * The plan's progress report as the ITA asks agencies to publish it: per measure, each step with
 * its unit, status, percent, last note, evidence count and last update (Buddhist Era). Two forms:
 * CSV that Excel opens with Thai intact (UTF-8 with BOM, CRLF, every field quoted when needed,
 * formula-looking cells defused) and a printable HTML page (everything escaped).
 */
import { escapeHtml } from "../html/escape-html";
import { formatThaiDate, formatThaiDateRange } from "../thai/thai-date";
import { STATUS_LABEL } from "./activities";
import type { Overview } from "./overview";
import type { ProgressSnapshot } from "./progress-service";

export interface ReportRow {
  issueNumber: number;
  measureTitle: string;
  stepNumber: number;
  stepText: string;
  unit: string;
  status: string;
  percent: number;
  note: string;
  evidence: number;
  reports: number;
  lastUpdate: string;
}

function bangkokDateTime(d: Date): string {
  const time = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Bangkok", hour: "2-digit", minute: "2-digit", hour12: false }).format(d);
  return `${formatThaiDate(d, "short")} ${time} น.`;
}

export function reportRows(overview: Overview): ReportRow[] {
  return overview.activities.map(({ activity, state, status, percent }) => ({
    issueNumber: activity.issueNumber,
    measureTitle: activity.measureTitle,
    stepNumber: activity.stepNumber,
    stepText: activity.stepText,
    unit: activity.unitName,
    status: STATUS_LABEL[status],
    percent,
    note: state?.note ?? "",
    evidence: state?.evidenceCount ?? 0,
    reports: state?.reportCount ?? 0,
    lastUpdate: state ? bangkokDateTime(state.reportedAt) : "-",
  }));
}

export const CSV_HEADER = [
  "มาตรการที่",
  "มาตรการ",
  "ขั้นตอนที่",
  "ขั้นตอน",
  "หน่วยงานรับผิดชอบ",
  "สถานะ",
  "ร้อยละความคืบหน้า",
  "บันทึกล่าสุด",
  "จำนวนหลักฐาน",
  "จำนวนรายงาน",
  "อัปเดตล่าสุด",
];

/** One CSV field: quoted when it has a quote, comma or line break; text that Excel would run as a formula is defused. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]./s.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function progressCsv(rows: readonly ReportRow[]): string {
  const lines = [CSV_HEADER, ...rows.map((r) => [r.issueNumber, r.measureTitle, r.stepNumber, r.stepText, r.unit, r.status, r.percent, r.note, r.evidence, r.reports, r.lastUpdate])];
  return "\uFEFF" + lines.map((cells) => cells.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function progressHtml(overview: Overview, snapshot: Pick<ProgressSnapshot, "plan">): string {
  const { plan } = snapshot;
  const rows = reportRows(overview);
  const sections = plan.issues.map((issue) => {
    const own = rows.filter((r) => r.issueNumber === issue.number);
    const group = overview.byIssue.find((g) => g.key === String(issue.number));
    const body = own
      .map(
        (r) =>
          `<tr><td class="n">${escapeHtml(r.stepNumber)}</td><td>${escapeHtml(r.stepText)}</td><td>${escapeHtml(r.unit)}</td><td>${escapeHtml(r.status)}</td><td class="n">${escapeHtml(r.percent)}%</td><td>${escapeHtml(r.note)}</td><td class="n">${escapeHtml(r.evidence)}</td><td>${escapeHtml(r.lastUpdate)}</td></tr>`,
      )
      .join("\n");
    return `<section>
<h2>มาตรการที่ ${escapeHtml(issue.number)}: ${escapeHtml(issue.measure.title)}</h2>
<p class="meta">ประเด็น: ${escapeHtml(issue.title)} • ผู้รับผิดชอบ: ${escapeHtml(issue.measure.unit)} • ระยะเวลา: ${escapeHtml(formatThaiDateRange(issue.measure.period.start, issue.measure.period.end, "long"))} • ความคืบหน้าเฉลี่ย ${escapeHtml(group?.percent ?? 0)}%</p>
<table><thead><tr><th>ขั้นตอนที่</th><th>ขั้นตอน</th><th>หน่วยงาน</th><th>สถานะ</th><th>ร้อยละ</th><th>บันทึกล่าสุด</th><th>หลักฐาน</th><th>อัปเดตล่าสุด</th></tr></thead>
<tbody>
${body}
</tbody></table>
</section>`;
  });
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(`รายงานผลการดำเนินงานตามมาตรการ ${plan.organization.name} ปีงบประมาณ ${plan.fiscalYear}`)}</title>
<style>
body{font-family:"Sarabun","TH Sarabun New",Tahoma,sans-serif;margin:24px;color:#222}
h1{font-size:20px}h2{font-size:16px;margin-top:24px}.meta{font-size:13px;color:#555}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #999;padding:4px 6px;vertical-align:top}th{background:#eee}
td.n{text-align:right;white-space:nowrap}section{page-break-inside:avoid}
@media print{body{margin:0}button{display:none}}
</style></head><body>
<h1>${escapeHtml(plan.title)}</h1>
<p class="meta">รายงานผลการดำเนินงาน ${escapeHtml(plan.organization.name)} ปีงบประมาณ พ.ศ. ${escapeHtml(plan.fiscalYear)} • ข้อมูล ณ ${escapeHtml(bangkokDateTime(overview.at))} • ภาพรวม ${escapeHtml(overview.totalPercent)}%${overview.closed ? " • ปิดปีงบประมาณแล้ว (ผลสุดท้าย)" : ""}</p>
<button onclick="window.print()">พิมพ์</button>
${sections.join("\n")}
</body></html>
`;
}
