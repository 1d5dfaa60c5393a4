/**
 * Pieces for reading a short request by its shape ("ขอลบข้อมูลของผมด้วยครับ", "เรื่องที่แจ้งไปถึงไหนแล้ว
 * คะ", "ขอคุยกับเจ้าหน้าที่ได้ไหม"): alternations of words, longest first so a longer word wins over
 * its prefix, optional spaces between them (Thai is typed with or without), and the polite endings
 * every such request may close with. The requests themselves live beside what answers them
 * (src/privacy/asks-to-forget.ts, src/tickets/asks-about-own-ticket.ts, src/tickets/asks-for-staff.ts).
 */

/** Any one of `words` (regex sources), the longest tried first. */
export const anyOf = (words: readonly string[]): string => `(?:${[...words].sort((a, b) => b.length - a.length).join("|")})`;

/** Optional spaces between words. */
export const GAP = "\\s*";

/** Polite particles and punctuation a request may end with, in any number. */
export const POLITE_ENDINGS: readonly string[] = [
  "ครับ", "คับ", "ค่ะ", "คะ", "ค่า", "จ้า", "จ้ะ", "นะ", "นะคะ", "นะครับ", "เจ้า", "ครับผม", "[?!.🙏]",
];

/** First-person words people refer to themselves with. */
export const ME: readonly string[] = ["ฉัน", "ผม", "กระผม", "หนู", "ดิฉัน", "เรา", "ข้าพเจ้า"];
