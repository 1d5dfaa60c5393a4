/**
 * One-time codes that link an officer to a unit. Only a hash of a code is stored, so reading the
 * database does not give anyone a usable code. A code is redeemed by `create()`-ing its redemption
 * document: of two people sending the same code at once, exactly one succeeds. Wrong, expired and
 * used codes all look the same to the person who sends them.
 */
import { createHash, randomInt } from "node:crypto";
import { Timestamp, type Firestore } from "firebase-admin/firestore";
import { isAlreadyExists } from "../store/firestore-errors";

export const LINK_CODES_COLLECTION = "linkCodes";
export const LINK_CODE_REDEMPTIONS_COLLECTION = "linkCodeRedemptions";

/** No 0/O, 1/I/L, 5/S, 8/B: easy to read aloud and to type from a printed slip. */
export const LINK_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY234679";
export const LINK_CODE_LENGTH = 6;
export const LINK_CODE_TTL_MS = 24 * 60 * 60 * 1000;

/** A string that could be a link code (the alphabet, the length), after upper-casing. */
export const LINK_CODE_PATTERN = new RegExp(`^[${LINK_CODE_ALPHABET}]{${LINK_CODE_LENGTH}}$`);

export function hashLinkCode(code: string): string {
  return createHash("sha256").update(`link-code:${code.trim().toUpperCase()}`).digest("hex");
}

/**
 * A random code from the alphabet that contains at least one digit: a bare code typed in chat is
 * recognised by its digit, so a six-letter word is never mistaken for one.
 */
export function generateLinkCode(random: (max: number) => number = randomInt): string {
  for (;;) {
    let code = "";
    for (let i = 0; i < LINK_CODE_LENGTH; i++) code += LINK_CODE_ALPHABET[random(LINK_CODE_ALPHABET.length)];
    if (/[0-9]/.test(code)) return code;
  }
}

export interface IssuedCode {
  code: string;
  unitId: string;
  expiresAt: Date;
}

export interface LinkCodeStore {
  issue(unitId: string, createdBy: string, now: Date): Promise<IssuedCode>;
  /** The unit the code links to, or `undefined` for a code that is wrong, expired or used. */
  redeem(code: string, userId: string, now: Date): Promise<{ unitId: string } | undefined>;
}

export function createLinkCodeStore(db: Firestore, opts: { ttlMs?: number; generate?: () => string } = {}): LinkCodeStore {
  const codes = db.collection(LINK_CODES_COLLECTION);
  const redemptions = db.collection(LINK_CODE_REDEMPTIONS_COLLECTION);
  const ttlMs = opts.ttlMs ?? LINK_CODE_TTL_MS;
  const generate = opts.generate ?? (() => generateLinkCode());

  return {
    async issue(unitId, createdBy, now) {
      const expiresAt = new Date(now.getTime() + ttlMs);
      for (let attempt = 0; ; attempt++) {
        const code = generate();
        try {
          await codes.doc(hashLinkCode(code)).create({
            unitId,
            createdBy,
            createdAt: Timestamp.fromDate(now),
            expiresAt: Timestamp.fromDate(expiresAt),
          });
          return { code, unitId, expiresAt };
        } catch (err) {
          // A collision with an earlier code (1 in ~300 million): draw again.
          if (!isAlreadyExists(err) || attempt >= 5) throw err;
        }
      }
    },
    async redeem(code, userId, now) {
      const hash = hashLinkCode(code);
      const d = (await codes.doc(hash).get()).data();
      if (!d || !(d.expiresAt instanceof Timestamp) || d.expiresAt.toMillis() <= now.getTime()) return undefined;
      try {
        await redemptions.doc(hash).create({ userId, unitId: d.unitId, redeemedAt: Timestamp.fromDate(now) });
      } catch (err) {
        if (isAlreadyExists(err)) return undefined;
        throw err;
      }
      return { unitId: String(d.unitId) };
    },
  };
}
