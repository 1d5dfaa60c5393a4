/** Link codes against the embedded Firestore: readable, hashed, single use, expiring. */
import { createLinkCodeStore, generateLinkCode, hashLinkCode, LINK_CODE_PATTERN, MAX_LINK_CODE_ATTEMPTS } from "../../src/people/link-codes";
import { LINK_CODE_COMMAND } from "../../src/people/chat/unit-codes";
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
    expect(results.filter((r) => "unitId" in r)).toEqual([{ unitId: "u1", createdBy: "Uadmin" }]);
    expect(results.filter((r) => "refused" in r)).toEqual([{ refused: "invalid" }]);
    expect(await store.redeem(code, "Uc", T0)).toEqual({ refused: "invalid" });
  });

  it("refuses an expired code and a code never issued", async () => {
    const store = createLinkCodeStore(fs.db, { ttlMs: 1000 });
    const { code } = await store.issue("u2", "Uadmin", T0);
    expect(await store.redeem(code, "Ua", new Date(T0.getTime() + 1000))).toEqual({ refused: "invalid" });
    expect(await store.redeem("ZZZZ99", "Ua", T0)).toEqual({ refused: "invalid" });
    expect(hashLinkCode(" ac3def ")).toBe(hashLinkCode("AC3DEF"));
  });

  it("stops a guesser after 5 wrong codes in an hour, even one who then sends the right code, and lets them try again after", async () => {
    const store = createLinkCodeStore(fs.db);
    const { code } = await store.issue("u3", "Uadmin", T0);
    const minute = (n: number) => new Date(T0.getTime() + n * 60_000);
    for (let i = 0; i < MAX_LINK_CODE_ATTEMPTS; i++) {
      expect(await store.redeem(`ZZZZ9${i}`, "Uguess", minute(i))).toEqual({ refused: "invalid" });
    }
    expect(await store.redeem(code, "Uguess", minute(10))).toEqual({ refused: "too-many-attempts" });
    // Someone else is not held back by the guesser, and the window is per person.
    expect(await store.redeem("ZZZZ77", "Uother", minute(10))).toEqual({ refused: "invalid" });
    // An hour after the first wrong code the guesser may try again; the code is still unused.
    expect(await store.redeem(code, "Uguess", minute(61))).toEqual({ unitId: "u3", createdBy: "Uadmin" });
  });

  it("counts wrong codes in a fresh window once the last one is over", async () => {
    const store = createLinkCodeStore(fs.db);
    const minute = (n: number) => new Date(T0.getTime() + n * 60_000);
    for (let i = 0; i < MAX_LINK_CODE_ATTEMPTS - 1; i++) await store.redeem(`YYYY9${i}`, "Uslow", minute(i));
    // Four wrong codes, then more than an hour later four more: never five in one window.
    for (let i = 0; i < MAX_LINK_CODE_ATTEMPTS - 1; i++) {
      expect(await store.redeem(`YYYY7${i}`, "Uslow", minute(70 + i))).toEqual({ refused: "invalid" });
    }
    expect(await store.redeem("YYYY66", "Uslow", minute(80))).toEqual({ refused: "invalid" });
    expect(await store.redeem("YYYY67", "Uslow", minute(81))).toEqual({ refused: "too-many-attempts" });
  });

  it.each([50, 200])("looks at no more than 5 of %i codes one person sends at the same moment", async (n) => {
    const store = createLinkCodeStore(fs.db);
    const { code } = await store.issue("u4", "Uadmin", T0);
    const guesser = `Uburst${n}`;
    // The right code is among them, last: a guesser must not get lucky by sending many at once.
    const guesses = Array.from({ length: n - 1 }, (_, i) => `WW${String(i).padStart(3, "0")}9`.replace(/[01]/g, "3")).concat(code);
    const results = await Promise.all(guesses.map((g) => store.redeem(g, guesser, T0)));
    const lookedAt = results.filter((r) => !("refused" in r && r.refused === "too-many-attempts"));
    expect(lookedAt.length).toBeLessThanOrEqual(MAX_LINK_CODE_ATTEMPTS);
    const counted = await fs.db.collection("linkCodeAttempts").where("userId", "==", guesser).get();
    expect(counted.docs.map((d) => d.get("count"))).toEqual([n]);
  });
});
