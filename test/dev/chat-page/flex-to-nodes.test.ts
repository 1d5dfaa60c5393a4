import { readFileSync } from "node:fs";
import path from "node:path";
import { flexToNodes, safeUrl, templateToNodes, type ViewNode } from "../../../src/dev/chat-page/flex-to-nodes";

const fixture: unknown = JSON.parse(readFileSync(path.join(__dirname, "fixtures/progress-carousel.json"), "utf8"));

function all(node: ViewNode): ViewNode[] {
  return [node, ...(node.children ?? []).flatMap(all)];
}
const texts = (node: ViewNode) => all(node).flatMap((n) => (n.text !== undefined ? [n.text] : []));
const byClass = (node: ViewNode, name: string) => all(node).filter((n) => n.className?.split(" ").includes(name));

describe("flexToNodes", () => {
  const view = flexToNodes(fixture);

  it("renders a carousel as cards of bubbles with their blocks in LINE's order", () => {
    expect(view.className).toBe("flex-carousel");
    expect(view.children?.map((bubble) => bubble.className)).toEqual(["flex-bubble flex-bubble-kilo", "flex-bubble flex-bubble-mega"]);
    expect(view.children?.[0]?.children?.map((block) => block.className)).toEqual([
      "flex-block flex-header",
      "flex-block flex-hero",
      "flex-block flex-body",
      "flex-block flex-footer",
    ]);
  });

  it("keeps every text, including spans, as text", () => {
    expect(texts(view)).toEqual(
      expect.arrayContaining(["ประเด็นที่ 3 ช่องทางถาม-ตอบ", "ผู้รับผิดชอบ", "สำนักปลัด", "70%", " เสร็จแล้ว", "ประเด็นที่ 4"]),
    );
    const header = byClass(view, "flex-text")[0]!;
    expect(header.style).toMatchObject({ color: "#FFFFFF", "font-weight": "bold", "font-size": "19px" });
    expect(header.className).toContain("flex-wrap");
  });

  it("lays out boxes: baseline rows, flex ratios, a progress bar's width, separators", () => {
    const [row] = byClass(view, "flex-baseline");
    expect(row?.children?.map((child) => child.style?.["flex"])).toEqual(["2 1 0", "5 1 0"]);
    expect(all(view).some((n) => n.style?.["width"] === "70%" && n.style["background-color"] === "#06C755")).toBe(true);
    expect(byClass(view, "flex-separator")[0]?.style).toMatchObject({ "border-top": "1px solid #d4d6da", "margin-top": "8px" });
    expect(byClass(view, "flex-filler")).toHaveLength(1);
    expect(byClass(view, "flex-spacer")[0]?.style).toMatchObject({ height: "4px" });
  });

  it("turns buttons into labelled elements carrying their action", () => {
    const buttons = byClass(view, "flex-button");
    expect(buttons.map((b) => [b.className, b.text])).toEqual([
      ["flex-button flex-button-primary flex-button-sm", "รายงานความคืบหน้า"],
      ["flex-button flex-button-link", "ดูแผน"],
    ]);
    expect(buttons[0]?.action).toEqual({ type: "postback", label: "รายงานความคืบหน้า", data: "action=progress&activity=3", displayText: "รายงานความคืบหน้า" });
  });

  it("never lets message content become markup, script URLs or CSS", () => {
    const hostile = all(view).find((n) => n.text === "<img src=x onerror=alert(1)>");
    expect(hostile?.tag).toBe("p");
    expect(hostile?.children).toBeUndefined();
    expect(hostile?.style?.["color"]).toBeUndefined();
    const images = all(view).filter((n) => n.tag === "img");
    expect(images.map((n) => n.attrs?.src)).toEqual(["https://example.com/ita.png"]);
    expect(images[0]?.style).toMatchObject({ "aspect-ratio": "20 / 13", "object-fit": "cover", width: "100%" });
    expect(texts(view)).toContain("[รูปภาพ]");
    expect(texts(view)).toContain("[table]");
    expect(all(view).every((n) => n.text === undefined || n.children === undefined)).toBe(true);
  });

  it("renders a single bubble and something that is not flex", () => {
    expect(flexToNodes({ type: "bubble", body: { type: "box", layout: "vertical", contents: [] } }).className).toContain("flex-bubble");
    expect(flexToNodes("nope").text).toBe("[flex]");
  });

  it("allows only http(s) and inline images as URLs", () => {
    expect(safeUrl("https://a.example/x.png")).toBe("https://a.example/x.png");
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl("data:text/html;base64,PHNjcmlwdD4=")).toBeUndefined();
  });
});

describe("templateToNodes", () => {
  it("renders a confirm template with its two actions", () => {
    const view = templateToNodes({
      type: "confirm",
      text: "ยืนยันการส่งประกาศ?",
      actions: [
        { type: "postback", label: "ส่ง", data: "confirm=1" },
        { type: "message", label: "ยกเลิก", text: "ยกเลิก" },
      ],
    });
    expect(view.className).toBe("template-card template-confirm");
    expect(texts(view)).toEqual(["ยืนยันการส่งประกาศ?", "ส่ง", "ยกเลิก"]);
    expect(all(view).filter((n) => n.action).map((n) => n.action?.type)).toEqual(["postback", "message"]);
  });

  it("renders carousels as cards", () => {
    const view = templateToNodes({
      type: "carousel",
      columns: [
        { title: "ก", text: "หนึ่ง", actions: [{ type: "message", label: "เลือก", text: "ก" }] },
        { title: "ข", text: "สอง", actions: [{ type: "message", label: "เลือก", text: "ข" }] },
      ],
    });
    expect(view.children).toHaveLength(2);
  });
});
