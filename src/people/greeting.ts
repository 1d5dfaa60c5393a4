/**
 * The first thing a new friend sees: who the bot is, what it can do, and one-tap starting points.
 * Short enough for one phone screen. Staff get their own menu with it (officer and admin commands,
 * from the help menu), since a greeting is where most people look for what to do next.
 */
import type { HelpMenu } from "../bot/help-menu";
import type { Message } from "../line/message-types";
import type { Person } from "./person";

export function greetingMessages(person: Pick<Person, "displayName" | "role">, orgName: string, help: HelpMenu): Message[] {
  const hello = person.displayName ? `สวัสดีค่ะ คุณ${person.displayName}` : "สวัสดีค่ะ";
  const lines = [
    `${hello} ยินดีต้อนรับสู่ช่องทางถาม-ตอบของ ${orgName} 🙏`,
    "",
    "บอทช่วยได้ดังนี้ค่ะ",
    "• ตอบคำถามเรื่องมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) คะแนน และผู้รับผิดชอบ",
    "• รับเรื่องที่ต้องการสอบถามหรือแจ้ง แล้วส่งต่อให้เจ้าหน้าที่",
  ];
  if (person.role === "officer") lines.push("• สำหรับเจ้าหน้าที่: รายงานความคืบหน้ากิจกรรมของหน่วยงาน และตอบเรื่องที่ประชาชนส่งมา");
  if (person.role === "admin") lines.push("• สำหรับผู้ดูแล: ดูภาพรวมความคืบหน้า จัดการเจ้าหน้าที่ ส่งประกาศ และส่งออกรายงาน");
  if (person.role === "citizen") {
    lines.push("", "พิมพ์คำถามได้เลย หรือแตะปุ่มด้านล่างค่ะ (พิมพ์ \"เมนู\" เพื่อดูทุกอย่างที่บอทช่วยได้)");
    return [{ type: "text", text: lines.join("\n"), quickReply: help.quickReplyFor("citizen") }];
  }
  lines.push("", "คำสั่งของท่านอยู่ในเมนูด้านล่าง แตะได้เลยค่ะ (พิมพ์ \"เมนู\" เพื่อเปิดอีกครั้ง)");
  return help.messagesFor(person.role, { intro: lines.join("\n") });
}
