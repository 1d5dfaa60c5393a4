import { createUlid, ulidTime } from "../src/ulid";

describe("createUlid", () => {
  it("encodes the time part as the ULID spec's example does", () => {
    expect(createUlid(1469918176385, new Uint8Array(10)).slice(0, 10)).toBe("01ARYZ6S41");
  });

  it("makes 26 Crockford base32 characters whose time reads back", () => {
    const ulid = createUlid(1736910000000, Uint8Array.from([255, 1, 2, 3, 4, 5, 6, 7, 8, 255]));
    expect(ulid).toMatch(/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/);
    expect(ulidTime(ulid)).toBe(1736910000000);
    expect(createUlid(0, new Uint8Array(10).fill(255))).toBe("0000000000ZZZZZZZZZZZZZZZZ");
  });

  it("sorts by time", () => {
    const random = new Uint8Array(10).fill(200);
    expect(createUlid(1000, random) < createUlid(1001, new Uint8Array(10))).toBe(true);
  });

  it("refuses wrong randomness sizes", () => {
    expect(() => createUlid(1, new Uint8Array(9))).toThrow(RangeError);
  });
});
