import fc from "fast-check";
import { splitText, textMessage, textMessages } from "../../src/line/split-text";

describe("splitText", () => {
  it("keeps a short text as one message", () => {
    expect(splitText("สวัสดีค่ะ\nบรรทัดสอง")).toEqual(["สวัสดีค่ะ\nบรรทัดสอง"]);
  });

  it("packs lines into messages of at most the limit, never splitting a line that fits", () => {
    const lines = Array.from({ length: 100 }, (_, i) => `${i + 1}. กองส่งเสริมคุณภาพชีวิตและสิ่งแวดล้อม หน่วยที่ ${i + 1} (เจ้าหน้าที่ 3 คน)`);
    const parts = splitText(lines.join("\n"));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(5000);
    expect(parts.join("\n")).toBe(lines.join("\n"));
  });

  it("cuts a line longer than a message between words", () => {
    const line = "ถนนพังหน้าบ้าน ".repeat(800);
    const parts = splitText(line, { maxLength: 1000, maxMessages: 20 });
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(1000);
    expect(parts.join("").replace(/\n/g, "")).toBe(line);
    // Every cut falls where ICU puts a word boundary in the whole line.
    const boundaries = new Set([...new Intl.Segmenter("th", { granularity: "word" }).segment(line)].map((s) => s.index));
    let at = 0;
    for (const p of parts.slice(0, -1)) expect(boundaries.has((at += p.length))).toBe(true);
  });

  it("stops at maxMessages and says how many lines were left out", () => {
    const lines = Array.from({ length: 50 }, (_, i) => `บรรทัดที่ ${i + 1} ${"ข้อความ ".repeat(10)}`);
    const parts = splitText(lines.join("\n"), { maxLength: 500, maxMessages: 2, more: (n) => `และอีก ${n} บรรทัด` });
    expect(parts).toHaveLength(2);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(500);
    const shown = parts.join("\n").split("\n").filter((l) => l.startsWith("บรรทัดที่")).length;
    expect(parts[1]).toMatch(new RegExp(`และอีก ${50 - shown} บรรทัด$`));
  });

  it("never exceeds the limit or maxMessages, whatever the text", () => {
    const piece = fc.constantFrom("ที่", "กอง", "\n", " ", "😀", "👋🏻", "สาธารณสุข", "a".repeat(37));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 400 }), fc.integer({ min: 20, max: 200 }), fc.integer({ min: 1, max: 5 }), (pieces, max, maxMessages) => {
        const parts = splitText(pieces.join(""), { maxLength: max, maxMessages });
        expect(parts.length).toBeLessThanOrEqual(maxMessages);
        for (const p of parts) expect(p.length).toBeLessThanOrEqual(max);
      }),
    );
  });

  it("puts quick replies on the last message only, and cuts a single message between words", () => {
    const quickReply = { items: [{ type: "action" as const, action: { type: "message" as const, label: "เมนู", text: "เมนู" } }] };
    const messages = textMessages("ก\n".repeat(6000), { quickReply });
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.slice(0, -1).every((m) => !("quickReply" in m))).toBe(true);
    expect(messages.at(-1)).toHaveProperty("quickReply", quickReply);
    const one = textMessage("คำตอบยาว ".repeat(1000)) as { text: string };
    expect(one.text.length).toBeLessThanOrEqual(5000);
    // Cut between the words ICU finds (คำ|ตอบ|ยาว), never inside one.
    expect(one.text).toMatch(/(คำ|ตอบ|ยาว)…$/);
  });
});
