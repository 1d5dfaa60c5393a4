/**
 * The first thing a new friend sees: who the bot is, what it can do, and one-tap starting points.
 * Short enough for one phone screen; staff see what is there for them too.
 */
import type { Message } from "../line/message-types";
import { startQuickReply } from "../bot/common-replies";
import type { Person } from "./person";

export function greetingMessages(person: Pick<Person, "displayName" | "role">, orgName: string): Message[] {
  const hello = person.displayName ? `สวัสดีค่ะ คุณ${person.displayName}` : "สวัสดีค่ะ";
  const lines = [
    `${hello} ยินดีต้อนรับสู่ช่องทางถาม-ตอบของ ${orgName} 🙏`,
    "",
    "บอทช่วยได้ดังนี้ค่ะ",
    "• ตอบคำถามเรื่องมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) คะแนน และผู้รับผิดชอบ",
    "• รับเรื่องที่ต้องการสอบถามหรือแจ้ง แล้วส่งต่อให้เจ้าหน้าที่",
  ];
  if (person.role === "officer") lines.push("• สำหรับเจ้าหน้าที่: รายงานความคืบหน้ากิจกรรมของหน่วยงาน");
  if (person.role === "admin") lines.push("• สำหรับผู้ดูแล: ดูภาพรวมความคืบหน้า จัดการเจ้าหน้าที่ และส่งประกาศ");
  lines.push("", "พิมพ์คำถามได้เลย หรือแตะปุ่มด้านล่างค่ะ");
  return [{ type: "text", text: lines.join("\n"), quickReply: startQuickReply }];
}
