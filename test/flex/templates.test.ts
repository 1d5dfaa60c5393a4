import { checkMessages } from "../../src/flex/check-limits";
import { renderTemplate, type TemplateValues } from "../../src/flex/render-template";
import { loadTemplate, templateNames } from "../../src/flex/templates";
import type { FlexBubble } from "../../src/line/message-types";
import { issueCard, itemCard, MAX_STEPS, measureCard } from "../../src/qa/cards";
import { loadDefaultPlan } from "../../src/qa/answerer";

/** Every template is rendered, and every card of the shipped plan fits LINE's limits. */
describe("flex templates", () => {
  const plan = loadDefaultPlan();

  it("has the item, issue and measure bubbles", () => {
    expect(templateNames()).toEqual(expect.arrayContaining(["issue", "item", "measure"]));
  });

  it.each(templateNames())("%s renders with the longest values the cards pass into a valid bubble", (name) => {
    const long = "ข้อความยาว ".repeat(30);
    const template = loadTemplate(name);
    const source = JSON.stringify(template);
    const values: TemplateValues = {};
    for (const m of source.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) values[m[1] as string] = long;
    for (const m of source.matchAll(/"\$each":"(\w+)"/g)) values[m[1] as string] = Array.from({ length: MAX_STEPS }, () => ({ number: 12, weight: "bold", text: long }));
    const bubble = renderTemplate<FlexBubble>(template, values);
    expect(bubble.type).toBe("bubble");
    expect(JSON.stringify(bubble)).not.toMatch(/\{\{|\$if|\$each/);
    expect(checkMessages([{ type: "flex", altText: "x", contents: bubble }])).toEqual([]);
  });

  it("renders a valid card for every item, issue and measure of the plan", () => {
    for (const issue of plan.issues) {
      expect(checkMessages([issueCard(plan, issue)])).toEqual([]);
      expect(checkMessages([measureCard(plan, issue, 1)])).toEqual([]);
      for (const item of issue.items) expect(checkMessages([itemCard(plan, item)])).toEqual([]);
    }
  });

  it("writes a meaningful altText and Buddhist Era dates", () => {
    const issue = plan.issues[3];
    if (!issue) throw new Error("fixture");
    const e8 = plan.issues[1]?.items.find((i) => i.code === "e8");
    if (!e8) throw new Error("fixture");
    expect(itemCard(plan, e8).altText).toBe("ข้อ e8 ได้ 83.00 คะแนน ไม่ผ่านเกณฑ์");
    expect(measureCard(plan, issue).altText).toBe("มาตรการประเด็นที่ 4: 4 ขั้นตอน ผู้รับผิดชอบ กองคลัง");
    expect(JSON.stringify(measureCard(plan, issue))).toContain("1 ตุลาคม 2567 - 30 กันยายน 2568");
    expect(JSON.stringify(issueCard(plan, issue))).toContain("ปีงบประมาณ พ.ศ. 2568");
  });
});
