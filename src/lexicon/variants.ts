/**
 * Ways a word inside a listed phrase is also written, so that each phrase is listed once. A rewrite
 * whose source holds the first word is also read with each of the others in its place (ตอนไหน,
 * ตอนใด), and an English source whose every word has a spelling in Thai letters is also read so
 * spelt, with or without spaces ("line official account", ไลน์ ออฟฟิเชียล แอคเคาท์). Applied by
 * `index.ts` when the lexicon is compiled.
 */
export const WORD_VARIANTS: ReadonlyArray<readonly [string, ...string[]]> = [["ไหน", "ใด"]];

/** English words as people spell them in Thai letters. */
export const TRANSLITERATIONS: Readonly<Record<string, readonly string[]>> = {
  pass: ["พาส", "พาสส์", "พาซ"],
  passed: ["พาส"],
  fail: ["เฟล", "เฟล์"],
  failed: ["เฟล"],
  score: ["สกอร์", "สกอ", "สกอร", "สกอร์ส"],
  result: ["ริซัลท์", "รีซัลท์", "ริซัลต์", "รีซัลต์", "ริซัล"],
  results: ["ริซัลท์", "รีซัลท์"],
  level: ["เลเวล", "เลเวิล", "เลเวล"],
  grade: ["เกรด"],
  excellent: ["เอ็กเซลเลนต์", "เอ็กซ์เซลเลนต์", "เอกเซลเลนต์", "เอ็กเซลเล้นท์"],
  full: ["ฟูล"],
  total: ["โททอล", "โทเทิล", "โทตัล"],
  deadline: ["เดดไลน์", "เดทไลน์", "เด๊ดไลน์"],
  start: ["สตาร์ท", "สตาร์ต"],
  item: ["ไอเทม", "ไอเท็ม"],
  items: ["ไอเทม", "ไอเท็ม"],
  issue: ["อิชชู", "อิสชู", "อิชชิว"],
  topic: ["ท็อปปิก", "ทอปปิก", "ท้อปปิค"],
  step: ["สเต็ป", "สเตป"],
  steps: ["สเต็ป", "สเตป"],
  process: ["โปรเซส", "โพรเซส"],
  training: ["เทรนนิ่ง", "เทรนนิง"],
  staff: ["สตาฟ", "สต๊าฟ", "สตาฟฟ์"],
  budget: ["บัดเจ็ท", "บัดเจท"],
  line: ["ไลน์"],
  official: ["ออฟฟิเชียล", "ออฟฟิเชี่ยล", "ออฟฟิศเชียล", "ออฟิเชียล", "โอฟฟิเชียล"],
  account: ["แอคเคาท์", "แอคเค้าท์", "แอคเคาน์", "แอคเคาต์", "แอคเคานต์", "แอ็คเคาท์", "แอ็คเค้าท์", "แอคเคาว์"],
  oa: ["โอเอ"],
  web: ["เว็บ"],
  board: ["บอร์ด"],
  live: ["ไลฟ์", "ไลฟ"],
  chat: ["แชท", "แชต"],
  online: ["ออนไลน์"],
};
