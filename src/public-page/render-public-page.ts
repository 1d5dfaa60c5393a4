/**
 * The public progress page as one self-contained HTML document: readable on a phone and a
 * desktop, printable, no script, no external requests (the QR code is inline SVG). Every value from
 * the store is escaped. Thai, Buddhist Era dates, Bangkok time. A year that is over says so and
 * shows its final figures; a demonstration copy says it is an example on top of the page.
 */
import { escapeHtml } from "../html/escape-html";
import { renderSVG } from "uqr";
import { formatThaiDate, formatThaiDateRange, formatThaiDateTime, formatThaiMonth } from "../thai/thai-date";
import { meanPercent, type ActivityStatus, type PublicMonthStats, type PublicSnapshot } from "./public-snapshot";

const STATUS_TH: Record<ActivityStatus, string> = {
  "not-started": "ยังไม่เริ่ม",
  "in-progress": "กำลังดำเนินการ",
  done: "เสร็จแล้ว",
  problem: "มีปัญหา",
  "no-report": "ไม่มีรายงาน",
};

/** "2026-11" → "พ.ย. 2569" (one date module for the whole product). */
export const thaiMonth = (month: string): string => formatThaiMonth(month);

function bar(percent: number, label: string): string {
  const p = Math.max(0, Math.min(100, Math.round(percent)));
  return `<div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${p}" aria-label="${escapeHtml(label)}"><span style="width:${p}%"></span></div><span class="pct">${p}%</span>`;
}

const CSS = `
*{box-sizing:border-box}body{margin:0;font-family:"Sarabun","TH Sarabun New","Loma","Noto Sans Thai",system-ui,sans-serif;color:#1d2733;background:#f4f6f8;line-height:1.55}
header{background:#06c755;color:#fff;padding:20px 16px}header h1{margin:0;font-size:1.35rem}header p{margin:4px 0 0;opacity:.95}
main{max-width:1080px;margin:0 auto;padding:16px}section{background:#fff;border-radius:12px;padding:16px;margin:0 0 16px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h2{font-size:1.15rem;margin:0 0 12px}h3{font-size:1rem;margin:0 0 6px}.muted{color:#5b6775;font-size:.9rem}.small{font-size:.75rem}
.measure{border-top:1px solid #e5e9ee;padding:12px 0}.measure:first-of-type{border-top:0}
.row{display:flex;align-items:center;gap:8px}.bar{flex:1;height:12px;background:#e5e9ee;border-radius:6px;overflow:hidden;min-width:80px}.bar span{display:block;height:100%;background:#06c755}
.pct{min-width:3.2em;text-align:right;font-variant-numeric:tabular-nums}
ol.steps{margin:8px 0 0;padding-left:1.4em}ol.steps li{margin:6px 0}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{padding:6px 8px;border-bottom:1px solid #e5e9ee;text-align:left;vertical-align:top}th{background:#f0f3f6}
td.n{text-align:right;font-variant-numeric:tabular-nums}.status-done{color:#0a7d3b}.status-problem{color:#c62828}.status-in-progress{color:#9a6700}
.scroll{overflow-x:auto}.scroll table{min-width:560px}.line{display:flex;gap:16px;align-items:center;flex-wrap:wrap}.line svg{width:160px;height:160px}
.sample{background:#fff4e5;border:2px solid #e65100}.closed{background:#eef2f6}nav.years a{margin-right:12px}
.button{display:inline-block;background:#06c755;color:#fff;text-decoration:none;padding:10px 16px;border-radius:8px;font-weight:bold}
@media (min-width:800px){.cards{display:grid;grid-template-columns:1fr 1fr;gap:16px}}
@media (max-width:600px){.stack thead{display:none}.stack table,.stack tbody,.stack tr{display:block}.stack tr{border-bottom:1px solid #e5e9ee;padding:6px 0}.stack td{display:flex;gap:8px;align-items:center;border:0;padding:2px 0;text-align:left}.stack td::before{content:attr(data-label);flex:0 0 7.5em;color:#5b6775;font-size:.85rem}.stack td>.row{flex:1}}
@media print{header{background:#fff;color:#000}section{box-shadow:none}.line a.button{display:none}}
`;

export function renderPublicPage(s: PublicSnapshot): string {
  const allActivities = s.measures.flatMap((m) => m.steps.flatMap((st) => st.activities));
  const overall = meanPercent(allActivities);
  const updated = formatThaiDateTime(s.generatedAt, "long");

  const measures = s.measures
    .map((m) => {
      const acts = m.steps.flatMap((st) => st.activities);
      const steps = m.steps
        .map((st) => {
          const rows = st.activities
            .map(
              (a) =>
                `<tr><td data-label="หน่วยงาน">${escapeHtml(a.unitName)}</td><td data-label="สถานะ" class="status-${a.status}">${STATUS_TH[a.status]}</td><td data-label="ความคืบหน้า"><div class="row">${bar(a.percent, `${a.unitName} ${a.percent}%`)}</div></td><td data-label="หลักฐาน" class="n">${a.evidenceCount}</td><td data-label="อัปเดตล่าสุด">${a.lastUpdate ? escapeHtml(formatThaiDate(a.lastUpdate, "short")) : "-"}</td></tr>`,
            )
            .join("");
          return `<li><div>${escapeHtml(st.text)}</div>${rows ? `<div class="stack"><table><thead><tr><th>หน่วยงาน</th><th>สถานะ</th><th>ความคืบหน้า</th><th>หลักฐาน</th><th>อัปเดตล่าสุด</th></tr></thead><tbody>${rows}</tbody></table></div>` : ""}</li>`;
        })
        .join("");
      return `<article class="measure" id="issue-${m.issueNumber}"><h3>ประเด็นที่ ${m.issueNumber} ${escapeHtml(m.issueTitle)}</h3>
<p><strong>มาตรการ:</strong> ${escapeHtml(m.title)}<br><span class="muted">ผู้รับผิดชอบ: ${escapeHtml(m.unit)} · ระยะเวลา: ${escapeHtml(formatThaiDateRange(m.periodStart, m.periodEnd, "short"))}</span></p>
<div class="row">${bar(meanPercent(acts), `ประเด็นที่ ${m.issueNumber}`)}</div><ol class="steps">${steps}</ol></article>`;
    })
    .join("");

  // Every question is in exactly one of: answered by the system, by staff, closed unanswered, waiting;
  // the columns sum to "คำถามทั้งหมด" on every row, and the total row is the sum of the months.
  const closedCell = (r: PublicMonthStats) =>
    `${r.closed}${r.closedByReason.length ? `<div class="muted small">${r.closedByReason.map((c) => `${escapeHtml(c.reason)} ${c.count}`).join("<br>")}</div>` : ""}`;
  const statRow = (r: PublicMonthStats, label: string) =>
    `<tr><td>${label}</td><td class="n">${r.received}</td><td class="n">${r.answeredByBot}</td><td class="n">${r.answeredByStaff}</td><td class="n">${closedCell(r)}</td><td class="n">${r.open}</td><td class="n">${r.medianHoursToStaffAnswer === undefined ? "-" : r.medianHoursToStaffAnswer.toFixed(1)}</td></tr>`;
  const statRows = s.stats.map((r) => statRow(r, thaiMonth(r.month))).join("") + (s.stats.length ? statRow(s.statsTotal, `<strong>รวมปีงบประมาณ ${s.statsFiscalYear}</strong>`) : "");
  const total = s.statsTotal;

  const line = s.addFriendUrl
    ? `<section class="line"><div>${renderSVG(s.addFriendUrl, { border: 2 })}</div><div><h2>สอบถามผ่าน LINE</h2><p>สแกน QR Code หรือกดปุ่มเพื่อเพิ่มเพื่อน LINE Official Account ของ ${escapeHtml(s.orgName)} แล้วพิมพ์คำถามได้ตลอด 24 ชั่วโมง คำถามที่ระบบตอบไม่ได้จะส่งต่อให้เจ้าหน้าที่ตอบกลับ</p><a class="button" href="${escapeHtml(s.addFriendUrl)}">เพิ่มเพื่อนใน LINE</a></div></section>`
    : "";

  const reported = allActivities.filter((a) => a.status !== "no-report" && a.status !== "not-started").length;
  const year = `ปีงบประมาณ พ.ศ. ${s.fiscalYear}${s.sampleNote ? " (ตัวอย่าง)" : ""}`;
  const sample = s.sampleNote
    ? `<section class="sample" id="sample"><h2>ตัวอย่าง</h2><p>หน้านี้เป็นตัวอย่างสำหรับทดลองใช้ระบบ ไม่ใช่แผนที่หน่วยงานเผยแพร่: ${escapeHtml(s.sampleNote)}</p></section>`
    : "";
  const summary = s.closed
    ? `<section class="closed" id="overview"><h2>ผลการดำเนินงานสุดท้าย (ปิดปีงบประมาณแล้ว)</h2>${
        reported === 0
          ? `<p>ไม่มีรายงานความคืบหน้าในระบบสำหรับ${escapeHtml(year)}</p>`
          : `<div class="row">${bar(overall, "ผลการดำเนินงานสุดท้าย")}</div>`
      }
<p class="muted">${s.measures.length} มาตรการ · ${allActivities.length} กิจกรรม · ${escapeHtml(year)} สิ้นสุดแล้ว · ข้อมูล ณ ${escapeHtml(updated)}</p></section>`
    : `<section id="overview"><h2>ภาพรวม</h2><div class="row">${bar(overall, "ความคืบหน้าภาพรวม")}</div>
<p class="muted">${s.measures.length} มาตรการ · ${allActivities.length} กิจกรรม · ข้อมูล ณ ${escapeHtml(updated)}</p></section>`;
  const others = (s.years ?? []).filter((y) => y.fiscalYear !== s.fiscalYear);
  const years = others.length
    ? `<nav class="years" aria-label="ปีงบประมาณอื่น"><p>ปีงบประมาณอื่น: ${others
        .map((y) => `<a href="${escapeHtml(y.href)}">พ.ศ. ${y.fiscalYear}${y.current ? " (ปัจจุบัน)" : ""}</a>`)
        .join(" ")}</p></nav>`
    : "";

  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${s.closed ? "ผลการดำเนินการ" : "ความก้าวหน้า"}มาตรการส่งเสริมคุณธรรมและความโปร่งใส ${escapeHtml(year)} · ${escapeHtml(s.orgName)}</title>
<style>${CSS}</style></head><body>
<header><h1>${s.closed ? "ผลการดำเนินการ" : "ความก้าวหน้าการดำเนินการ"}ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h1>
<p>${escapeHtml(s.orgFullName)} · ${escapeHtml(year)}${s.closed ? " (สิ้นสุดแล้ว)" : ""}</p></header>
<main>
${sample}${summary}
<section><h2>มาตรการและความก้าวหน้า</h2>${measures}</section>
<section id="qa-stats"><h2>สถิติช่องทางถาม-ตอบ (Q&amp;A)</h2>
<p class="muted">ปีงบประมาณ พ.ศ. ${s.statsFiscalYear} (1 ตุลาคม – 30 กันยายน)</p>
<p>คำถามทั้งหมด <strong>${total.received}</strong> เรื่อง · ระบบตอบเอง <strong>${total.answeredByBot}</strong> · เจ้าหน้าที่ตอบ <strong>${total.answeredByStaff}</strong> · ปิดโดยไม่ได้ตอบ <strong>${total.closed}</strong> · รอคำตอบ <strong>${total.open}</strong></p>
${s.stats.length ? `<div class="scroll"><table><thead><tr><th>เดือน</th><th>คำถามทั้งหมด</th><th>ระบบตอบ</th><th>เจ้าหน้าที่ตอบ</th><th>ปิดโดยไม่ได้ตอบ</th><th>รอคำตอบ</th><th>เวลาตอบ (มัธยฐาน ชม.)</th></tr></thead><tbody>${statRows}</tbody></table></div>` : `<p class="muted">ยังไม่มีคำถาม</p>`}
</section>
${line}
${years}
</main></body></html>`;
}
