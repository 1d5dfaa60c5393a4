/**
 * One-time codes that link an officer to a unit. Only a hash of a code is stored, so reading the
 * database does not give anyone a usable code. A code is redeemed by `create()`-ing its redemption
 * document: of two people sending the same code at once, exactly one succeeds. Wrong, expired and
 * used codes all look the same to the person who sends them.
 *
 * Guessing is bounded: a person's codes are looked at 5 times in a clock hour at most; later ones
 * in that hour are refused unseen, the right code included (else the limit would not stop a
 * guesser who got lucky). With ~200 million codes and a few valid at a time, that makes guessing
 * hopeless. The attempt is counted first, with an atomic increment, and only then checked: of 50
 * guesses sent at once, each sees a count that includes its own, so only the first 5 get through
 * (a read-then-write counter let 12 of 50 through, issue 14). Fixed clock-hour windows, not a window
 * from the first attempt: starting such a window is a read-modify-write, which concurrent requests
 * race (and the embedded Firestore's transactions do not isolate); at a window's edge a guesser
 * gets at most 10 in 60 minutes, which changes nothing about the odds.
 */
import { createHash, randomInt } from "node:crypto";
import { FieldValue, Timestamp, type Firestore } from "firebase-admin/firestore";
import { isAlreadyExists } from "../store/firestore-errors";

export const LINK_CODES_COLLECTION = "linkCodes";
export const LINK_CODE_REDEMPTIONS_COLLECTION = "linkCodeRedemptions";
/** Attempts per person and clock hour, `{userId}-{hour}` (`expiresAt`: a TTL policy removes old ones). */
export const LINK_CODE_ATTEMPTS_COLLECTION = "linkCodeAttempts";
/** Codes looked at per person and window. */
export const MAX_LINK_CODE_ATTEMPTS = 5;
export const LINK_CODE_ATTEMPT_WINDOW_MS = 60 * 60 * 1000;

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

/** `createdBy`: the admin who issued the code, told when it is used. */
export type Redemption = { unitId: string; createdBy: string | undefined } | { refused: "invalid" | "too-many-attempts" };

export interface LinkCodeStore {
  issue(unitId: string, createdBy: string, now: Date): Promise<IssuedCode>;
  /**
   * The unit the code links to; or refused: `invalid` for a code that is wrong, expired or used,
   * `too-many-attempts` when the person sent too many codes this hour (the code is not looked at).
   */
  redeem(code: string, userId: string, now: Date): Promise<Redemption>;
}

export function createLinkCodeStore(db: Firestore, opts: { ttlMs?: number; generate?: () => string } = {}): LinkCodeStore {
  const codes = db.collection(LINK_CODES_COLLECTION);
  const redemptions = db.collection(LINK_CODE_REDEMPTIONS_COLLECTION);
  const attempts = db.collection(LINK_CODE_ATTEMPTS_COLLECTION);
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
      const window = Math.floor(now.getTime() / LINK_CODE_ATTEMPT_WINDOW_MS);
      const attemptsRef = attempts.doc(`${userId}-${window}`);
      // Counted before anything is looked at; the count read back includes this attempt.
      await attemptsRef.set(
        { userId, count: FieldValue.increment(1), expiresAt: Timestamp.fromMillis((window + 1) * LINK_CODE_ATTEMPT_WINDOW_MS) },
        { merge: true },
      );
      const [attemptsSnap, codeSnap] = await db.getAll(attemptsRef, codes.doc(hash));
      if (!(Number(attemptsSnap?.get("count")) <= MAX_LINK_CODE_ATTEMPTS)) return { refused: "too-many-attempts" };
      const d = codeSnap?.data();
      if (!d || !(d.expiresAt instanceof Timestamp) || d.expiresAt.toMillis() <= now.getTime()) return { refused: "invalid" };
      try {
        await redemptions.doc(hash).create({ userId, unitId: d.unitId, redeemedAt: Timestamp.fromDate(now) });
      } catch (err) {
        if (isAlreadyExists(err)) return { refused: "invalid" };
        throw err;
      }
      return { unitId: String(d.unitId), createdBy: typeof d.createdBy === "string" && d.createdBy ? d.createdBy : undefined };
    },
  };
}
