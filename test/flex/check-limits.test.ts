import { checkMessages } from "../../src/flex/check-limits";
import type { Message } from "../../src/line/message-types";

const text = (t: string, labels: string[] = []): Message => ({
  type: "text",
  text: t,
  ...(labels.length ? { quickReply: { items: labels.map((label) => ({ type: "action" as const, action: { type: "message" as const, label, text: label } })) } } : {}),
});

describe("checkMessages", () => {
  it("accepts ordinary messages", () => {
    expect(checkMessages([text("สวัสดีค่ะ", ["ผลคะแนน ITA"])])).toEqual([]);
  });
  it("limits the number of messages", () => {
    expect(checkMessages([])).toHaveLength(1);
    expect(checkMessages(Array.from({ length: 6 }, () => text("x")))[0]).toMatch(/6 messages/);
  });
  it("limits text, labels and quick reply count", () => {
    expect(checkMessages([text("ก".repeat(5001))])[0]).toMatch(/5001 chars/);
    expect(checkMessages([text("x", ["ป้ายที่ยาวเกินยี่สิบตัวอักษรแน่นอน"])])[0]).toMatch(/label/);
    expect(checkMessages([text("x", Array.from({ length: 14 }, (_, i) => `q${i}`))])[0]).toMatch(/14 quick replies/);
  });
  it("limits flex altText, bubble size and empty text components", () => {
    const big: Message = {
      type: "flex",
      altText: "",
      contents: { type: "bubble", body: { type: "box", layout: "vertical", contents: [{ type: "text", text: "ก".repeat(12000) }, { type: "text", text: " " }] } },
    };
    const problems = checkMessages([big]);
    expect(problems.join("\n")).toMatch(/altText/);
    expect(problems.join("\n")).toMatch(/bytes/);
    expect(problems.join("\n")).toMatch(/empty flex text/);
  });
});
