/** The exported report: CSV that Excel reads (BOM, CRLF, quoting, no formulas) and escaped HTML. */
import { activitiesFromPlan } from "../../src/progress/activities";
import { csvField, progressCsv, progressHtml, reportRows, CSV_HEADER } from "../../src/progress/export";
import { computeOverview } from "../../src/progress/overview";
import type { ActivityState } from "../../src/progress/progress-store";
import { DEFAULT_PROGRESS_SETTINGS } from "../../src/progress/settings";
import { loadDefaultPlan } from "../../src/qa/answerer";
import { seedUnits } from "../../src/units/units";

const plan = loadDefaultPlan();
const activities = activitiesFromPlan(plan, seedUnits(plan));
const first = activities[0]!;
const state: ActivityState = {
  activityId: first.id,
  planId: plan.id,
  unitId: first.unitId,
  status: "in_progress",
  percent: 40,
  note: '=HYPERLINK("x"), <b>ประชุม</b>\nบรรทัดสอง',
  reportedAt: new Date("2025-01-15T10:30:00Z"),
  reportedBy: "U",
  reporterName: "สมศรี",
  reportId: "r",
  reportCount: 2,
  evidenceCount: 3,
};
const overview = computeOverview({ activities, states: new Map([[first.id, state]]), settings: DEFAULT_PROGRESS_SETTINGS }, new Date("2025-01-20T03:00:00Z"));

describe("progress export", () => {
  it("quotes fields with commas, quotes and line breaks, and defuses formulas", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField(-5)).toBe("-5");
    expect(csvField("ไทย")).toBe("ไทย");
  });

  it("writes UTF-8 with a BOM and CRLF line ends, one row per activity, Buddhist Era dates", () => {
    const csv = progressCsv(reportRows(overview));
    expect(csv.startsWith("\uFEFF" + CSV_HEADER.join(",") + "\r\n")).toBe(true);
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(activities.length + 1); // + header; the note's own \n stays inside its quotes
    expect(csv).toContain(`1,${first.measureTitle},1,`);
    expect(csv).toContain(",0,0,-\r\n");
    expect(csv).toContain(`กำลังดำเนินการ,40,"'=HYPERLINK(""x""), <b>ประชุม</b>\nบรรทัดสอง",3,2,15 ม.ค. 2568 เวลา 17:30 น.`);
  });

  it("escapes every value in the printable page", () => {
    const html = progressHtml(overview, { plan });
    expect(html).not.toContain("<b>ประชุม</b>");
    expect(html).toContain("&lt;b&gt;ประชุม&lt;/b&gt;");
    expect(html).toContain("มาตรการที่ 7");
    // One digit style for the whole product (issue 15): Arabic digits, Thai month names, BE years.
    expect(html).toContain("1 ตุลาคม 2567 - 30 กันยายน 2568");
    expect(html).not.toMatch(/[๐-๙]/);
  });
});
