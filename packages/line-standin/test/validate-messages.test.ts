import { validateMessages } from "../src/request-validators";

const text = (value: string) => ({ type: "text", text: value });
const button = (label: string) => ({ type: "button", action: { type: "postback", label, data: "a=1" } });
const bubble = (contents: unknown[] = [{ type: "text", text: "ความคืบหน้า" }]) => ({
  type: "bubble",
  body: { type: "box", layout: "vertical", contents },
});
const flex = (contents: unknown, altText = "ความคืบหน้า") => ({ type: "flex", altText, contents });
const properties = (messages: unknown) => validateMessages(messages).map((problem) => problem.property);

describe("validateMessages", () => {
  it("accepts 1 to 5 valid messages and refuses 0 and 6", () => {
    expect(validateMessages([text("ก")])).toEqual([]);
    expect(validateMessages(Array.from({ length: 5 }, () => text("ก")))).toEqual([]);
    expect(properties([])).toEqual(["messages"]);
    expect(properties(Array.from({ length: 6 }, () => text("ก")))).toEqual(["messages"]);
    expect(properties(undefined)).toEqual(["messages"]);
  });

  it("counts text length in UTF-16 code units, up to 5000", () => {
    expect(validateMessages([text("😀".repeat(2500))])).toEqual([]);
    expect(properties([text("😀".repeat(2500) + "ก")])).toEqual(["messages[0].text"]);
    expect(properties([text("")])).toEqual(["messages[0].text"]);
  });

  it("refuses unknown message types", () => {
    expect(validateMessages([{ type: "file" }])).toEqual([
      {
        message: "Must be one of the following values: [text, textV2, sticker, image, video, audio, location, imagemap, template, flex, coupon]",
        property: "messages[0].type",
      },
    ]);
  });

  it("requires https images", () => {
    const image = { type: "image", originalContentUrl: "http://x/a.jpg", previewImageUrl: "https://x/a.jpg" };
    expect(properties([image])).toEqual(["messages[0].originalContentUrl"]);
  });

  it("limits quick replies to 13 items and their labels to 20", () => {
    const item = (label: string) => ({ type: "action", action: { type: "message", label, text: "ก" } });
    const withItems = (items: unknown[]) => [{ ...text("เลือก"), quickReply: { items } }];
    expect(validateMessages(withItems(Array.from({ length: 13 }, () => item("ก".repeat(20)))))).toEqual([]);
    expect(properties(withItems(Array.from({ length: 14 }, () => item("ก"))))).toEqual(["messages[0].quickReply.items"]);
    expect(properties(withItems([item("ก".repeat(21))]))).toEqual(["messages[0].quickReply.items[0].action.label"]);
  });

  it("limits postback data and displayText to 300", () => {
    const postback = (data: string, displayText: string) => ({
      type: "action",
      action: { type: "postback", label: "ก", data, displayText },
    });
    const message = (action: unknown) => [{ ...text("ก"), quickReply: { items: [action] } }];
    expect(validateMessages(message(postback("d".repeat(300), "ก".repeat(300))))).toEqual([]);
    expect(properties(message(postback("d".repeat(301), "ก".repeat(301))))).toEqual([
      "messages[0].quickReply.items[0].action.data",
      "messages[0].quickReply.items[0].action.displayText",
    ]);
  });

  it("limits template action labels to 20 grapheme clusters (ไม่ is one)", () => {
    const template = {
      type: "template",
      altText: "ยืนยัน",
      template: {
        type: "confirm",
        text: "ยืนยันไหม",
        actions: [
          { type: "message", label: "ใช่", text: "ใช่" },
          { type: "message", label: "ไม่".repeat(10), text: "ไม่" },
        ],
      },
    };
    expect(validateMessages([template])).toEqual([]);
    template.template.actions[1]!.label = "ไม่".repeat(10) + "ก";
    expect(properties([template])).toEqual(["messages[0].template.actions[1].label"]);
  });

  it("checks flex altText, button labels (40) and component types", () => {
    expect(validateMessages([flex(bubble([button("ก".repeat(40))]))])).toEqual([]);
    expect(properties([flex(bubble([button("ก".repeat(41))]))])).toEqual(["messages[0].contents.body.contents[0].action.label"]);
    expect(properties([flex(bubble(), "")])).toEqual(["messages[0].altText"]);
    expect(properties([flex(bubble(), "ก".repeat(1501))])).toEqual(["messages[0].altText"]);
    expect(properties([flex(bubble([{ type: "table" }]))])).toEqual(["messages[0].contents.body.contents[0].type"]);
    expect(properties([flex({ type: "box" })])).toEqual(["messages[0].contents.type"]);
  });

  it("limits a carousel to 12 bubbles and 50 KB, and a bubble to 30 KB", () => {
    const carousel = (bubbles: unknown[]) => flex({ type: "carousel", contents: bubbles });
    expect(validateMessages([carousel(Array.from({ length: 12 }, () => bubble()))])).toEqual([]);
    expect(properties([carousel(Array.from({ length: 13 }, () => bubble()))])).toEqual(["messages[0].contents.contents"]);

    const big = (chars: number) => bubble([{ type: "text", text: "a".repeat(chars) }]);
    const fatBubble = { type: "bubble", body: { type: "box", layout: "vertical", contents: Array.from({ length: 7 }, () => big(4900).body) } };
    expect(properties([flex(fatBubble)])).toEqual(["messages[0].contents"]);
    const fourBubbles = Array.from({ length: 4 }, () => ({
      type: "bubble",
      body: { type: "box", layout: "vertical", contents: Array.from({ length: 3 }, () => big(4900).body) },
    }));
    expect(properties([carousel(fourBubbles)])).toEqual(["messages[0].contents"]);
  });
});
