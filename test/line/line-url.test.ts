import { validateMessages } from "line-standin";
import { lineUrl } from "../../src/line/line-url";
import { locationMessage, placeText } from "../../src/line/location-message";

describe("lineUrl", () => {
  it("percent-encodes Thai, spaces and what RFC 3986 refuses, and LINE accepts the result", () => {
    for (const raw of ["https://เวียงท่ากาน.go.th/ประกาศ/รูป ประชุม.jpg", "https://example.com/a|b^c[1]{2}.png?q=ไทย#ส่วน", "HTTPS://EXAMPLE.com/%zz.jpg"]) {
      const url = lineUrl(raw)!;
      expect(url).toMatch(/^https:\/\/[\x21-\x7e]+$/);
      expect(validateMessages([{ type: "image", originalContentUrl: url, previewImageUrl: url }])).toEqual([]);
    }
    expect(lineUrl("https://example.com/รูป.jpg")).toBe("https://example.com/%E0%B8%A3%E0%B8%B9%E0%B8%9B.jpg");
  });

  it("keeps an encoded URL as it is", () => {
    expect(lineUrl("https://example.com/a%20b.jpg?x=1&y=2")).toBe("https://example.com/a%20b.jpg?x=1&y=2");
  });

  it("refuses what is no URL, not https, or too long once encoded", () => {
    expect(lineUrl("ไม่ใช่ลิงก์")).toBeUndefined();
    expect(lineUrl("http://example.com/a.jpg")).toBeUndefined();
    expect(lineUrl("http://example.com/a", { protocols: ["http:", "https:"] })).toBe("http://example.com/a");
    expect(lineUrl(`https://example.com/${"ก".repeat(300)}`)).toBeUndefined();
  });
});

describe("locationMessage", () => {
  it("gives an empty or blank title and address the caller's words, and cuts long ones", () => {
    const m = locationMessage({ title: " ", address: "", latitude: 18.6, longitude: 98.9, fallback: { title: "ตำแหน่งเรื่อง R-1", address: "ตำแหน่งที่ประชาชนส่งมา" } });
    expect(m).toMatchObject({ title: "ตำแหน่งเรื่อง R-1", address: "ตำแหน่งที่ประชาชนส่งมา" });
    const long = locationMessage({ title: "ก".repeat(300), address: "ถนน ".repeat(80), latitude: 0, longitude: 0, fallback: { title: "x", address: "y" } });
    expect(validateMessages([m, long])).toEqual([]);
    expect(placeText("", "  ", "ร้านค้า")).toBe("ร้านค้า");
    expect(placeText("", null, undefined)).toBeNull();
  });
});
