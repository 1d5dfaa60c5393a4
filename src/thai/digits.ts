/**
 * Thai digits (๐–๙) and Arabic digits mean the same to a reader; plans are typed with the former,
 * citizens type either. Everything inside the engine works on Arabic digits so that "๙๙.๖๑" and
 * "99.61" are the same token.
 */
const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

/** Replaces every Thai digit with its Arabic digit. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
}

/** Replaces every Arabic digit with its Thai digit (for formal Thai output). */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)] ?? d);
}
