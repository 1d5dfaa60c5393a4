import { escapeHtml } from "../../src/html/escape-html";

describe("escapeHtml", () => {
  it("escapes the five characters that can break out of text or a quoted attribute", () => {
    expect(escapeHtml(`<a href="x">'&`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;");
  });

  it("leaves Thai and numbers as they are", () => {
    expect(escapeHtml("ประเด็นที่ ๗ 99.61")).toBe("ประเด็นที่ ๗ 99.61");
    expect(escapeHtml(42)).toBe("42");
  });
});
