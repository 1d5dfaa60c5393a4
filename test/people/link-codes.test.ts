/** Link codes against the embedded Firestore: readable, hashed, single use, expiring. */
import { createLinkCodeStore, generateLinkCode, hashLinkCode, LINK_CODE_PATTERN } from "../../src/people/link-codes";
import { LINK_CODE_COMMAND } from "../../src/people/people-admin";
import { openTestFirestore, type TestFirestore } from "../support/firestore";

const T0 = new Date("2025-01-15T03:00:00Z");

describe("link codes", () => {
  let fs: TestFirestore;
  beforeAll(() => {
    fs = openTestFirestore();
  });
  afterAll(() => fs.close());

  it("draws 6 characters without look-alikes, always with a digit", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateLinkCode();
      expect(code).toMatch(LINK_CODE_PATTERN);
      expect(code).toMatch(/[0-9]/);
      expect(code).not.toMatch(/[01OILS58B]/);
    }
  });

  it("recognises a code typed bare, with รหัส, or in lower case, but not a word", () => {
    expect(LINK_CODE_COMMAND.exec("AC3DEF")?.[2]).toBe("AC3DEF");
    expect(LINK_CODE_COMMAND.exec("รหัส ac3def")?.[1]).toBe("ac3def");
    expect(LINK_CODE_COMMAND.exec("รหัสหน่วยงาน: AC3DEF")?.[1]).toBe("AC3DEF");
    expect(LINK_CODE_COMMAND.test("ACCEPT")).toBe(false);
    expect(LINK_CODE_COMMAND.test("ac3def")).toBe(false);
  });

  it("redeems a code once, for one of two people sending it at the same moment", async () => {
    const store = createLinkCodeStore(fs.db);
    const { code } = await store.issue("u1", "Uadmin", T0);
    const results = await Promise.all([store.redeem(code, "Ua", T0), store.redeem(code, "Ub", T0)]);
    expect(results.filter(Boolean)).toEqual([{ unitId: "u1" }]);
    expect(await store.redeem(code, "Uc", T0)).toBeUndefined();
  });

  it("refuses an expired code and a code never issued", async () => {
    const store = createLinkCodeStore(fs.db, { ttlMs: 1000 });
    const { code } = await store.issue("u2", "Uadmin", T0);
    expect(await store.redeem(code, "Ua", new Date(T0.getTime() + 1000))).toBeUndefined();
    expect(await store.redeem("ZZZZ99", "Ua", T0)).toBeUndefined();
    expect(hashLinkCode(" ac3def ")).toBe(hashLinkCode("AC3DEF"));
  });
});
