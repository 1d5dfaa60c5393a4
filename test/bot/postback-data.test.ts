import { parsePostbackData, postbackData } from "../../src/bot/postback-data";

describe("postback data", () => {
  it("round-trips an action and its parameters", () => {
    const data = postbackData("report", { activity: "m3-s2-สำนักปลัด", pct: "50" });
    expect(parsePostbackData(data)).toEqual({ action: "report", params: { activity: "m3-s2-สำนักปลัด", pct: "50" } });
  });

  it.each(["", "junk", "a=", "a=DROP TABLE", "a=" + "x".repeat(50), "{\"a\":\"report\"}", "a=report&" + "x=1&".repeat(80)])(
    "rejects %p without throwing",
    (data) => {
      expect(parsePostbackData(data)).toBeUndefined();
    },
  );

  it("refuses to build data longer than LINE accepts", () => {
    expect(() => postbackData("report", { note: "ก".repeat(300) })).toThrow(RangeError);
  });
});
