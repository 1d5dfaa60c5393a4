import { renderTemplate, TemplateValueError } from "../../src/flex/render-template";

describe("renderTemplate", () => {
  it("substitutes placeholders inside string values only", () => {
    const out = renderTemplate({ type: "text", text: "ข้อ {{code}} ได้ {{score}}", size: "sm" }, { code: "e8", score: "83.00" });
    expect(out).toEqual({ type: "text", text: "ข้อ e8 ได้ 83.00", size: "sm" });
  });

  it("cannot be broken by hostile text", () => {
    const hostile = '"}, {"type": "uri", "uri": "https://evil"} {{code}} \\" ]';
    const out = renderTemplate<{ text: string }>({ type: "text", text: "{{value}}" }, { value: hostile });
    expect(out.text).toBe(hostile);
    expect(Object.keys(out)).toEqual(["type", "text"]);
  });

  it("repeats $each entries, reading the entry first", () => {
    const out = renderTemplate(
      { contents: [{ type: "text", text: "head" }, { $each: "steps", template: { type: "text", text: "{{n}}. {{text}} ({{unit}})" } }] },
      { unit: "กองคลัง", steps: [{ n: 1, text: "ก" }, { n: 2, text: "ข" }] },
    );
    expect(out).toEqual({
      contents: [
        { type: "text", text: "head" },
        { type: "text", text: "1. ก (กองคลัง)" },
        { type: "text", text: "2. ข (กองคลัง)" },
      ],
    });
  });

  it("drops $if components whose value is empty and removes the directive otherwise", () => {
    const template = { contents: [{ $if: "note", type: "text", text: "{{note}}" }, { type: "text", text: "x" }] };
    expect(renderTemplate(template, { note: undefined })).toEqual({ contents: [{ type: "text", text: "x" }] });
    expect(renderTemplate(template, { note: "n" })).toEqual({ contents: [{ type: "text", text: "n" }, { type: "text", text: "x" }] });
  });

  it("fails loudly on a placeholder without a value", () => {
    expect(() => renderTemplate({ text: "{{missing}}" }, {})).toThrow(TemplateValueError);
  });

  it("does not mutate the template", () => {
    const template = { text: "{{a}}" };
    renderTemplate(template, { a: "b" });
    expect(template).toEqual({ text: "{{a}}" });
  });
});
