/**
 * The plan's progress report as the ITA asks agencies to publish it: per measure, each step with
 * its unit, status, percent, last note, evidence count and last update (Buddhist Era). Two forms:
 * CSV that Excel opens with Thai intact (UTF-8 with BOM, CRLF, every field quoted when needed,
 * formula-looking cells defused) and a printable HTML page (everything escaped).
 */
import { escapeHtml } from "../html/escape-html";
import { formatThaiDateRange, formatThaiDateTime } from "../thai/thai-date";
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

const bangkokDateTime = (d: Date) => formatThaiDateTime(d);

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

/** Evidence photos on the printable page: each activity's photos and how to link to them. */
export interface ReportPhotos {
  byActivity: ReadonlyMap<string, ReadonlyArray<{ path: string }>>;
  /** The URL of a photo (or its preview), behind the same expiring link as the page. */
  url(path: string, preview: boolean): string | undefined;
}

/** Thumbnails that open the photo, after the count. */
function photoCell(count: number, photos: ReadonlyArray<{ path: string }> | undefined, links: ReportPhotos | undefined): string {
  const thumbs = (photos ?? [])
    .map((p, i) => {
      const full = links?.url(p.path, false);
      const preview = links?.url(p.path, true);
      return full && preview
        ? `<a href="${escapeHtml(full)}" target="_blank" rel="noopener"><img class="thumb" src="${escapeHtml(preview)}" alt="${escapeHtml(`รูปหลักฐาน ${i + 1}`)}" loading="lazy" width="64" height="64"></a>`
        : "";
    })
    .join("");
  return `${escapeHtml(count)}${thumbs ? `<div class="thumbs">${thumbs}</div>` : ""}`;
}

export function progressHtml(overview: Overview, snapshot: Pick<ProgressSnapshot, "plan">, photos?: ReportPhotos): string {
  const { plan } = snapshot;
  const rows = reportRows(overview);
  const activityIds = overview.activities.map((a) => a.activity.id);
  const sections = plan.issues.map((issue) => {
    const own = rows.map((r, i) => ({ ...r, activityId: activityIds[i] ?? "" })).filter((r) => r.issueNumber === issue.number);
    const group = overview.byIssue.find((g) => g.key === String(issue.number));
    const body = own
      .map(
        (r) =>
          `<tr><td class="n" data-label="ขั้นตอนที่">${escapeHtml(r.stepNumber)}</td><td data-label="ขั้นตอน">${escapeHtml(r.stepText)}</td><td data-label="หน่วยงาน">${escapeHtml(r.unit)}</td><td data-label="สถานะ">${escapeHtml(r.status)}</td><td class="n" data-label="ร้อยละ">${escapeHtml(r.percent)}%</td><td data-label="บันทึกล่าสุด">${escapeHtml(r.note)}</td><td class="n" data-label="หลักฐาน">${photoCell(r.evidence, photos?.byActivity.get(r.activityId), photos)}</td><td data-label="อัปเดตล่าสุด">${escapeHtml(r.lastUpdate)}</td></tr>`,
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
*{box-sizing:border-box}
body{font-family:"Sarabun","TH Sarabun New",Tahoma,sans-serif;margin:24px;color:#222;overflow-wrap:anywhere}
h1{font-size:20px}h2{font-size:16px;margin-top:24px}.meta{font-size:13px;color:#555}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #999;padding:4px 6px;vertical-align:top}th{background:#eee}
td.n{text-align:right;white-space:nowrap}section{page-break-inside:avoid}
button{font:inherit;padding:8px 16px}
.thumbs{display:flex;flex-wrap:wrap;gap:4px;margin-top:4px}.thumb{width:64px;height:64px;object-fit:cover;border:1px solid #ccc;border-radius:4px}
/* A phone: each step becomes a card of labelled lines instead of an eight-column row. */
@media screen and (max-width:640px){
body{margin:12px}h1{font-size:18px}
table,tbody,tr,td{display:block;width:100%}thead{display:none}
tr{border:1px solid #999;border-radius:6px;margin:0 0 10px;padding:6px}
td{border:none;padding:2px 0}td.n{text-align:left;white-space:normal}
td::before{content:attr(data-label) ": ";font-weight:bold;color:#444}
}
@media print{body{margin:0}button{display:none}}
</style></head><body>
<h1>${escapeHtml(plan.title)}</h1>
<p class="meta">รายงานผลการดำเนินงาน ${escapeHtml(plan.organization.name)} ปีงบประมาณ พ.ศ. ${escapeHtml(plan.fiscalYear)} • ข้อมูล ณ ${escapeHtml(bangkokDateTime(overview.at))} • ภาพรวม ${escapeHtml(overview.totalPercent)}%${overview.closed ? " • ปิดปีงบประมาณแล้ว (ผลสุดท้าย)" : ""}</p>
<button onclick="window.print()">พิมพ์</button>
${sections.join("\n")}
</body></html>
`;
}
