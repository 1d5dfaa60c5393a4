/**
 * Themes that the plan writes in several words: a question about the theme ("เรื่องออนไลน์อยู่ตรง
 * ไหนบ้าง") is about every measure whose steps use one of them, though only one says the theme's own
 * word. Keys and kin are written as normalised plan text has them (lower case, no spaces inside
 * E-Service). Add a theme when the plan names one idea by its instances (channels, documents…).
 */
export const THEME_KIN: Readonly<Record<string, readonly string[]>> = {
  // online channels: the plan names them (website, chatbot, LINE account, web board, e-service)
  ออนไลน์: ["เว็บไซต์", "eservice", "chatbot", "messenger", "line", "web", "สื่อออนไลน์"],
  ช่องทาง: ["เว็บไซต์", "chatbot", "messenger", "line", "web", "สื่อออนไลน์", "ที่ตั้ง"],
  // documents staff work by
  คู่มือ: ["คู่มือ", "แนวปฏิบัติ", "มาตรฐานการปฏิบัติงาน"],
  // teaching staff
  อบรม: ["อบรม", "ฝึกอบรม", "ความรู้"],
};
