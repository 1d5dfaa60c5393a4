import { numberWordValue, spelledNumbersToDigits } from "../../src/thai/number-words";

describe("number words", () => {
  it.each([
    ["หนึ่ง", 1],
    ["สิบ", 10],
    ["สิบเอ็ด", 11],
    ["สิบห้า", 15],
    ["ยี่สิบ", 20],
    ["ยี่สิบเอ็ด", 21],
    ["สามสิบห้า", 35],
    ["four", 4],
    ["ซาว", 20],
    ["ซาวสอง", 22],
  ])("%s is %d", (word, value) => {
    expect(numberWordValue(word)).toBe(value);
  });

  it("reads them where the text numbers an item, an issue or a step", () => {
    expect(spelledNumbersToDigits("ไอสิบห้า ได้เท่าไร")).toContain("ไอ 15");
    expect(spelledNumbersToDigits("อีหนึ่งกับอีสอง")).toMatch(/อี 1 .*อี 2/);
    expect(spelledNumbersToDigits("ประเด็นที่ห้า")).toContain("ประเด็นที่ 5");
    expect(spelledNumbersToDigits("issue four")).toContain("issue 4");
  });

  it("reads them after a long numbering word glued to the word before it", () => {
    expect(spelledNumbersToDigits("แล้วประเด็นที่สามเรื่องอะไร")).toContain("ประเด็นที่ 3");
    expect(spelledNumbersToDigits("อยู่มาตรการที่หก")).toContain("มาตรการที่ 6");
    expect(spelledNumbersToDigits("ข้อมูลสามารถ")).toBe("ข้อมูลสามารถ");
    expect(spelledNumbersToDigits("ประเด็นที่สามารถ")).toBe("ประเด็นที่สามารถ");
  });

  it("reads northern Thai numbering: ตี้ for ที่, ซาว for twenty", () => {
    expect(spelledNumbersToDigits("ประเด็นตี้สี่ไผดูแล")).toBe("ประเด็นตี้ 4 ไผดูแล");
    expect(spelledNumbersToDigits("ข้อโอซาวสอง").trim()).toBe("ข้อโอ 22");
    expect(spelledNumbersToDigits("ได้ซาวกว่าข้อ")).toBe("ได้ซาวกว่าข้อ");
  });

  it("leaves words that only contain a number word", () => {
    expect(spelledNumbersToDigits("สามารถป้องกันได้")).toBe("สามารถป้องกันได้");
    expect(spelledNumbersToDigits("อีกสองข้อ")).toBe("อีกสองข้อ");
    expect(spelledNumbersToDigits("เปิดโอกาส")).toBe("เปิดโอกาส");
  });
});
