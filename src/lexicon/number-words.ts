/**
 * Numbers written as words, as people write item codes and ordinals (ไอสิบห้า = i15, ประเด็นที่ห้า =
 * issue 5, "issue four"). Tens are built from these: ยี่สิบเอ็ด = 2×10 + 1.
 */
export const DIGIT_WORDS: Readonly<Record<string, number>> = {
  ศูนย์: 0, หนึ่ง: 1, เอ็ด: 1, สอง: 2, ยี่: 2, สาม: 3, สี่: 4, ห้า: 5, หก: 6, เจ็ด: 7, แปด: 8, เก้า: 9,
};

/** The word for ten; a digit word before it multiplies, one after it adds. */
export const TEN_WORD = "สิบ";

export const ENGLISH_NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7,
};

/**
 * Words after which a number is an item code or an ordinal: the code letters (Thai and Latin) and
 * the nouns that number the plan's parts. Only there are number words read as numbers, so สาม in
 * สามารถ or หก in หกล้ม stays a word.
 */
export const NUMBERED_BY: readonly string[] = [
  "ไอ", "อี", "โอ", "i", "e", "o", "iit", "eit", "oit", "ข้อ", "ข้อที่", "ประเด็น", "ประเด็นที่", "หมวด", "หมวดที่",
  "หัวข้อ", "หัวข้อที่", "ด้าน", "ด้านที่", "ขั้นตอน", "ขั้นตอนที่", "มาตรการ", "มาตรการที่", "เรื่องที่", "อันที่",
  "ลำดับที่", "issue", "item", "step", "measure", "number", "no.",
  // northern Thai writes the ordinal ที่ as ตี้ (ประเด็นตี้สี่)
  "ข้อตี้", "ประเด็นตี้", "หมวดตี้", "หัวข้อตี้", "ด้านตี้", "ขั้นตอนตี้", "มาตรการตี้", "เรื่องตี้", "อันตี้", "ลำดับตี้",
];

/** Northern Thai counts twenty as ซาว (ซาวเอ็ด = 21, โอซาวสอง = o22). */
export const TWENTY_WORD = "ซาว";
