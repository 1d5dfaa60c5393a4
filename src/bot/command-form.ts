/**
 * The second form a typed command is matched in: what people type on phones and paste from other
 * apps carries the same command in other characters. Thai digits become Arabic digits ("ตอบ
 * R-๑๒๓๔", "รหัส FYN๗๖๓"), full-width ASCII becomes ASCII ("รหัส：ＦＹＮ７６３", from Asian
 * keyboards), and invisible characters go (zero-width spaces and joiners, the byte-order mark, and
 * bidirectional controls such as the right-to-left override). Without it such a command was taken
 * for a question, and a unit code offered to be sent to staff.
 *
 * Not Unicode NFKC: it rewrites Thai (SARA AM "ำ" becomes NIKHAHIT + SARA AA), which would break
 * the Thai words of the commands themselves.
 */
import { toArabicDigits } from "../thai/digits";

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

export function commandForm(text: string): string {
  return toArabicDigits(text)
    .replace(INVISIBLE, "")
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .trim();
}
