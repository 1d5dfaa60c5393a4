/**
 * What officers type at a report's steps (src/progress/chat/report-input.ts): percents and
 * statuses in their own words are read; anything with more in it is asked again, never guessed.
 */
import { STATUS_LABEL } from "../../src/progress/activities";
import { parsePercent, parseStatus } from "../../src/progress/chat/report-input";

describe("parsePercent", () => {
  it("reads a percent however it is framed, in Thai or Arabic digits or in words", () => {
    const cases: Array<[string, number]> = [
      ["50", 50],
      ["๕๐", 50],
      ["ประมาณ 60%", 60],
      ["60 เปอร์เซนต์", 60],
      ["ราว ๆ ๗๐ เปอร์เซ็นต์ค่ะ", 70],
      ["ทำไปแล้ว 40% ครับ", 40],
      ["ร้อยละ 35", 35],
      ["หกสิบ", 60],
      ["ยี่สิบห้าเปอร์เซ็นต์", 25],
      ["ร้อย", 100],
      ["ครึ่งนึง", 50],
      ["ได้ครึ่งหนึ่งแล้วค่ะ", 50],
      ["ครึ่ง", 50],
      ["3/4", 75],
      ["สามในสี่", 75],
      ["0", 0],
    ];
    expect(cases.map(([typed]) => parsePercent(typed))).toEqual(cases.map(([, value]) => value));
  });

  it("refuses what is not one percent: out of range, decimals, counts of other things, two numbers", () => {
    for (const typed of ["101", "-1", "6.5", "ทำไป 3 ครั้ง", "50 60", "เกินครึ่ง", "5/0", "4/3", "ร้อยละ", "ค่ะ", "สามารถ"]) {
      expect([typed, parsePercent(typed)]).toEqual([typed, undefined]);
    }
  });
});

describe("parseStatus", () => {
  const read = (typed: string) => parseStatus(typed, STATUS_LABEL);

  it("takes the buttons' labels as they are", () => {
    expect(read("กำลังดำเนินการ")).toEqual({ status: "in_progress" });
    expect(read("มีปัญหา")).toEqual({ status: "blocked" });
  });

  it("reads a status in an officer's own words", () => {
    expect(read("เสร็จแล้วค่ะ")?.status).toBe("done");
    expect(read("ดำเนินการเรียบร้อยแล้วครับ")?.status).toBe("done");
    expect(read("กำลังทำอยู่ค่ะ")?.status).toBe("in_progress");
    expect(read("ยังไม่เสร็จ")?.status).toBe("in_progress");
    expect(read("ยังไม่ได้เริ่มเลย")?.status).toBe("not_started");
    expect(read("ติดปัญหาค่ะ")?.status).toBe("blocked");
    expect(read("เสร็จแล้ว ไม่มีปัญหา")?.status).toBe("done");
  });

  it("reads a percent typed at the status step as the status it implies", () => {
    expect(read("๕๐")).toEqual({ status: "in_progress", percent: 50 });
    expect(read("ครึ่งนึง")).toEqual({ status: "in_progress", percent: 50 });
    expect(read("100%")).toEqual({ status: "done", percent: 100 });
    expect(read("0")).toEqual({ status: "not_started", percent: 0 });
  });

  it("asks again when the words say two statuses, none, or are a note typed too early", () => {
    expect(read("เสร็จแล้วแต่มีปัญหา")).toBeUndefined();
    expect(read("ส่งรายงาน")).toBeUndefined();
    expect(read("สวัสดีค่ะ")).toBeUndefined();
    expect(read("จัดประชุมชี้แจงเจ้าหน้าที่ทุกกองแล้ว เหลือเผยแพร่บนเว็บไซต์ซึ่งกำลังทำอยู่ คาดว่าจะเสร็จสิ้นเดือนหน้า")).toBeUndefined();
  });
});
