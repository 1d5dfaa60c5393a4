import { isClearRequest } from "../../src/tickets/request-kind";
import { codeFrom, normalizeCode } from "../../src/tickets/ticket-codes";

describe("clear requests become tickets at once; questions are confirmed first", () => {
  it.each([
    "ถนนในหมู่บ้านเป็นหลุมเป็นบ่อ ช่วยซ่อมด้วยครับ",
    "ขยะไม่มีคนมาเก็บหลายวันแล้ว",
    "ไฟถนนหน้าบ้านดับ",
    "ท่อประปาแตกน้ำไหลนองถนนหมู่ 5",
    "ขอแจ้งซ่อมไฟทางซอย 3",
    "ต้องการร้องเรียนเสียงดังจากโรงงาน",
  ])("request: %s", (text) => expect(isClearRequest(text)).toBe(true));

  it.each([
    "อบต. เปิดวันเสาร์ไหมคะ",
    "ค่าเก็บขยะเดือนละกี่บาท",
    "ถ้าไฟถนนดับต้องแจ้งที่ไหน",
    "เบี้ยยังชีพผู้สูงอายุได้เดือนละเท่าไร",
    "ขอบคุณค่ะ",
  ])("question: %s", (text) => expect(isClearRequest(text)).toBe(false));
});

describe("ticket codes", () => {
  it("are a letter and four digits a person can read out", () => {
    expect(codeFrom("question", "00000000-0000-4000-8000-000000000000")).toBe("Q-1000");
    expect(codeFrom("request", "ffffffff-ffff-4fff-8fff-ffffffffffff")).toMatch(/^R-\d{4}$/);
    expect(codeFrom("request", "12345678-9abc-4def-8000-000000000000", 5)).toMatch(/^R-\d{5}$/);
  });

  it("are read back from what staff type", () => {
    expect(normalizeCode("q4827")).toBe("Q-4827");
    expect(normalizeCode(" R - 1234 ")).toBe("R-1234");
    expect(normalizeCode("X-1234")).toBeUndefined();
  });
});
