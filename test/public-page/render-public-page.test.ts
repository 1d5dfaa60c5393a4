import { renderPublicPage, thaiMonth } from "../../src/public-page/render-public-page";
import type { PublicSnapshot } from "../../src/public-page/public-snapshot";

const snapshot = (over: Partial<PublicSnapshot> = {}): PublicSnapshot => ({
  orgName: "อบต.ทดสอบ",
  orgFullName: "องค์การบริหารส่วนตำบลทดสอบ",
  fiscalYear: 2568,
  generatedAt: new Date("2026-11-25T03:00:00Z"),
  measures: [
    {
      issueNumber: 4,
      issueTitle: "กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ",
      title: "การป้องกันการนำทรัพย์สินราชการไปใช้",
      unit: "กองคลัง",
      periodStart: "2024-10-01",
      periodEnd: "2025-09-30",
      steps: [
        {
          number: 1,
          text: "จัดให้มีการตรวจสอบวัสดุและครุภัณฑ์",
          activities: [{ unitName: "กองคลัง", status: "in-progress", percent: 40, lastUpdate: new Date("2026-11-20T10:00:00Z"), evidenceCount: 3 }],
        },
      ],
    },
  ],
  stats: [{ month: "2026-11", received: 120, answeredByBot: 100, answeredByStaff: 15, closed: 2, closedByReason: [{ reason: "เรื่องซ้ำ", count: 2 }], open: 3, medianHoursToStaffAnswer: 6.25 }],
  statsTotal: { month: "total", received: 120, answeredByBot: 100, answeredByStaff: 15, closed: 2, closedByReason: [{ reason: "เรื่องซ้ำ", count: 2 }], open: 3, medianHoursToStaffAnswer: 6.25 },
  statsFiscalYear: 2570,
  addFriendUrl: "https://line.me/R/ti/p/%40123abcde",
  ...over,
});

describe("public page", () => {
  it("shows the measure, the unit's status, percent, evidence and last update in Buddhist Era", () => {
    const html = renderPublicPage(snapshot());
    expect(html).toContain("ประเด็นที่ 4 กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ");
    expect(html).toContain("ผู้รับผิดชอบ: กองคลัง");
    expect(html).toContain("1 ต.ค. 2567 - 30 ก.ย. 2568");
    expect(html).toContain('aria-valuenow="40"');
    expect(html).toMatch(/กำลังดำเนินการ<\/td>/);
    expect(html).toContain("20 พ.ย. 2569");
    expect(html).toMatch(/<td class="n">3<\/td>/);
    expect(html).toContain("ปีงบประมาณ พ.ศ. 2568");
  });

  it("shows the Q&A statistics by month and in total", () => {
    const html = renderPublicPage(snapshot());
    expect(html).toContain("พ.ย. 2569");
    expect(html).toMatch(/คำถามทั้งหมด <strong>120<\/strong>/);
    expect(html).toContain("ปิดโดยไม่ได้ตอบ <strong>2</strong>");
    expect(html).toContain("เรื่องซ้ำ 2");
    expect(html).toContain("รวมปีงบประมาณ 2570");
    expect(html).toContain("6.3");
    expect(thaiMonth("2025-01")).toBe("ม.ค. 2568");
  });

  it("offers the LINE account as a link and an inline QR code, and leaves them out when not configured", () => {
    const html = renderPublicPage(snapshot());
    expect(html).toContain('href="https://line.me/R/ti/p/%40123abcde"');
    expect(html).toMatch(/<svg[^>]*viewBox/);
    const without = renderPublicPage(snapshot({ addFriendUrl: undefined }));
    expect(without).not.toContain("<svg");
  });

  it("escapes everything that comes from the store", () => {
    const html = renderPublicPage(
      snapshot({
        measures: [{ ...snapshot().measures[0]!, steps: [{ number: 1, text: '<script>alert("x")</script>', activities: [{ unitName: "<img src=x onerror=alert(1)>", status: "done", percent: 100, lastUpdate: undefined, evidenceCount: 0 }] }] }],
      }),
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });
});
