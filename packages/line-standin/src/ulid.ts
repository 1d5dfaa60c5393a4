/**
 * A tiny ULID encoder. LINE identifies webhook events with ULIDs (`webhookEventId`), and bots dedupe
 * on them, so the stand-in must produce the same 26-character, time-sortable shape LINE does.
 * Spec: https://github.com/ulid/spec
 */

const CROCKFORD_BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;
const RANDOM_BYTES = 10;

/**
 * Encodes a ULID from a millisecond timestamp and 10 bytes of randomness. Randomness is an argument,
 * not drawn here, so a test with an injected ID generator gets the same ULIDs on every run.
 */
export function createUlid(timeMs: number, randomness: Uint8Array): string {
  if (!Number.isInteger(timeMs) || timeMs < 0 || timeMs > 2 ** 48 - 1) {
    throw new RangeError(`ULID time must be a 48-bit millisecond count, got ${timeMs}`);
  }
  if (randomness.length !== RANDOM_BYTES) {
    throw new RangeError(`ULID randomness must be ${RANDOM_BYTES} bytes, got ${randomness.length}`);
  }
  return encode(BigInt(timeMs), TIME_CHARS) + encode(bytesToBigInt(randomness), RANDOM_CHARS);
}

/** Reads the millisecond timestamp back out of a ULID (tests use it to check the encoding). */
export function ulidTime(ulid: string): number {
  let value = 0;
  for (const char of ulid.slice(0, TIME_CHARS)) {
    const digit = CROCKFORD_BASE32.indexOf(char);
    if (digit < 0) throw new RangeError(`not a ULID: ${ulid}`);
    value = value * 32 + digit;
  }
  return value;
}

function encode(value: bigint, chars: number): string {
  let out = "";
  let rest = value;
  for (let i = 0; i < chars; i += 1) {
    out = CROCKFORD_BASE32.charAt(Number(rest & 31n)) + out;
    rest >>= 5n;
  }
  return out;
}

function bytesToBigInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}
