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

  it.each(["a=tk-rate&t=__proto__", "a=tk-rate&t=constructor", "a=tk-rate&t=a%2Fb", "a=tk-rate&t=..", "a=tk-rate&t=__x__", "a=tk-rate&t=1&t=2", "a=tk-rate&t=a%20b"])(
    "rejects %p, whose values no button of the bot carries (they would become Firestore paths)",
    (data) => {
      expect(parsePostbackData(data)).toBeUndefined();
    },
  );

  it("takes the IDs and keywords the bot's buttons carry", () => {
    for (const v of ["44296c676f58b017a9f8", "wiang-tha-kan-2570-sample.1.1.u733af4c7", "5c8a875e-81f2-4048-b912-f4c6e85483cc", "-x_Yz09", "not-ours", "2568", ""]) {
      expect(parsePostbackData(postbackData("tk-rate", { t: v }))).toEqual({ action: "tk-rate", params: { t: v } });
    }
    expect(() => postbackData("tk-rate", { t: "a/b" })).toThrow(RangeError);
  });

  it("refuses to build data longer than LINE accepts", () => {
    expect(() => postbackData("report", { note: "ก".repeat(300) })).toThrow(RangeError);
  });
});
