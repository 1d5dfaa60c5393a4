/**
 * Scans, PDF text layers and table cells break Thai words with a space ("ประชา สัมพันธ์",
 * "ขั้นต อน"). Thai writes no space between words, so a space is a phrase break, and one that
 * falls inside a word the dictionary knows is a slip: the two sides are joined when the Thai word
 * segmenter (ICU, through Intl.Segmenter) finds fewer words in them joined than apart, that is
 * when joining them makes a word of two pieces. Two whole words side by side ("กองการศึกษา
 * ศาสนาและวัฒนธรรม") segment the same either way and keep their space.
 */
const segmenter = new Intl.Segmenter("th", { granularity: "word" });
const words = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).length;

/** Thai letters without the repetition and abbreviation marks (ต่าง ๆ, กรุงเทพฯ), which a space rightly precedes or follows. */
const LETTERS = "\\u0e01-\\u0e2e\\u0e30-\\u0e45\\u0e47-\\u0e4e";
const THAI_RUN_SPACE = new RegExp(`([${LETTERS}]+) (?=([${LETTERS}]+))`, "g");

export function joinBrokenWords(text: string): string {
  return text.replace(THAI_RUN_SPACE, (whole, left: string, right: string) => (words(`${left}${right}`) < words(left) + words(right) ? left : whole));
}
