import { dialectKey, showsDialect } from "../../src/thai/dialect-fold";
import { compilePhrases } from "../../src/thai/phrase-matcher";

describe("dialectKey", () => {
  it("gives a northern spelling and the standard word one key", () => {
    expect(dialectKey("กั๋น").key).toBe(dialectKey("กัน").key);
    expect(dialectKey("ฮ้องเรียน").key).toBe(dialectKey("ร้องเรียน").key);
    expect(dialectKey("เจื้อ").key).toBe(dialectKey("เชื่อ").key);
  });

  it("maps each key character back to where it came from", () => {
    const dk = dialectKey("ก๋อง");
    expect(dk.key).toHaveLength(3);
    expect(dk.at).toEqual([0, 2, 3]);
  });
});

describe("showsDialect", () => {
  it("accepts the marks and consonants only the north writes", () => {
    expect(showsDialect("ก๋อง", "กอง")).toBe(true);
    expect(showsDialect("ฮ้องเรียน", "ร้องเรียน")).toBe(true);
    expect(showsDialect("เจื้อ", "เชื่อ")).toBe(true);
  });

  it("refuses standard words that merely share a key", () => {
    expect(showsDialect("ข่าว", "ข้าว")).toBe(false);
    expect(showsDialect("ทั้ง", "ตั้ง")).toBe(false);
    expect(showsDialect("ทั่ว", "ตัว")).toBe(false);
    expect(showsDialect("กอง", "กอง")).toBe(false);
  });
});

describe("compilePhrases with dialect", () => {
  const matcher = compilePhrases(
    [
      { text: "กองคลัง", value: "กองคลัง", known: true },
      { text: "ร้องเรียน", value: "ร้องเรียน", known: true },
      { text: "ตั้ง", value: "ตั้ง", known: true },
      { text: "ยะ", value: "ทำ" },
    ],
    { dialect: true },
  );
  const replaced = (text: string): string => matcher.replace(text, (m) => m.value);

  it("reads a northern spelling of a known word as the word", () => {
    expect(replaced("ก๋องคลังยะ")).toBe("กองคลัง ทำ");
    expect(replaced("ฮ้องเรียน")).toBe("ร้องเรียน");
  });

  it("leaves known words as written, and other standard words alone", () => {
    expect(replaced("กองคลัง")).toBe("กองคลัง");
    expect(replaced("ทั้งหมด")).toBe("ทั้งหมด");
  });
});
