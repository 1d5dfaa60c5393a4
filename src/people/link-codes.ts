/**
 * One-time codes that link an officer to a unit. Only a hash of a code is stored, so reading the
 * database does not give anyone a usable code. A code is redeemed by `create()`-ing its redemption
 * document: of two people sending the same code at once, exactly one succeeds. Wrong, expired and
 * used codes all look the same to the person who sends them.
 *
 * Guessing is bounded: after 5 wrong codes within an hour a person's attempts are refused for the
 * rest of that hour, the right code included (else the limit would not stop a guesser who got
 * lucky). With ~200 million codes and a few valid at a time, that makes guessing hopeless.
 */
import { createHash, randomInt } from "node:crypto";
import { FieldValue, Timestamp, type Firestore } from "firebase-admin/firestore";
import { isAlreadyExists } from "../store/firestore-errors";

export const LINK_CODES_COLLECTION = "linkCodes";
export const LINK_CODE_REDEMPTIONS_COLLECTION = "linkCodeRedemptions";
/** Wrong codes per person in the current window (`expiresAt`: a TTL policy removes old ones). */
export const LINK_CODE_ATTEMPTS_COLLECTION = "linkCodeAttempts";
export const MAX_WRONG_LINK_CODES = 5;
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
   * `too-many-attempts` when the person sent too many wrong codes lately (the code is not looked at).
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
      const attemptsRef = attempts.doc(userId);
      const [codeSnap, attemptsSnap] = await db.getAll(codes.doc(hash), attemptsRef);
      const a = attemptsSnap?.data();
      const windowStart = a?.windowStart instanceof Timestamp ? a.windowStart.toMillis() : undefined;
      const inWindow = windowStart !== undefined && now.getTime() - windowStart < LINK_CODE_ATTEMPT_WINDOW_MS;
      if (inWindow && Number(a?.wrong) >= MAX_WRONG_LINK_CODES) return { refused: "too-many-attempts" };

      const wrong = async (): Promise<Redemption> => {
        const at = Timestamp.fromDate(now);
        await attemptsRef.set(
          inWindow
            ? { wrong: FieldValue.increment(1), lastAt: at }
            : { wrong: 1, windowStart: at, lastAt: at, expiresAt: Timestamp.fromMillis(now.getTime() + LINK_CODE_ATTEMPT_WINDOW_MS) },
          { merge: true },
        );
        return { refused: "invalid" };
      };
      const d = codeSnap?.data();
      if (!d || !(d.expiresAt instanceof Timestamp) || d.expiresAt.toMillis() <= now.getTime()) return wrong();
      try {
        await redemptions.doc(hash).create({ userId, unitId: d.unitId, redeemedAt: Timestamp.fromDate(now) });
      } catch (err) {
        if (isAlreadyExists(err)) return wrong();
        throw err;
      }
      return { unitId: String(d.unitId), createdBy: typeof d.createdBy === "string" && d.createdBy ? d.createdBy : undefined };
    },
  };
}
