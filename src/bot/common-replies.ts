/**
 * Short, polite Thai replies for situations every capability shares: things the bot cannot read,
 * buttons that no longer work, actions a person may not take, and failures.
 */
import type { Message, QuickReply } from "../line/message-types";
import type { Role } from "../people/person";

/** Quick replies that lead back to what the bot can do; message actions, so they work for anyone. */
export const startQuickReply: QuickReply = {
  items: [
    { type: "action", action: { type: "message", label: "ผลคะแนน ITA", text: "ผลคะแนน ITA เป็นอย่างไร" } },
    { type: "action", action: { type: "message", label: "มาตรการทั้งหมด", text: "มาตรการมีอะไรบ้าง" } },
    { type: "action", action: { type: "message", label: "ข้อที่ไม่ผ่าน", text: "ข้อไหนบ้างที่ไม่ผ่านเกณฑ์" } },
    { type: "action", action: { type: "message", label: "ผู้รับผิดชอบ", text: "แต่ละประเด็นใครรับผิดชอบ" } },
  ],
};

/**
 * Stands for "this person's next steps": the router puts in its place the commands the sender's
 * role may use in that chat, with the menu button (help-menu.ts `quickReplyFor`), the same builder
 * greetings and "เมนู" use. For replies that end a flow (a link code made, an export link, an empty
 * list, a photo kept) and would otherwise leave the person guessing what to type. Outside the router
 * it is the question examples, valid for anyone.
 */
export const ownNextSteps: QuickReply = { items: [...(startQuickReply.items ?? [])] };

const text = (t: string, quickReply?: QuickReply): Message => (quickReply ? { type: "text", text: t, quickReply } : { type: "text", text: t });

export const replies = {
  sticker: () => text("ขอบคุณสำหรับสติกเกอร์ค่ะ 😊 พิมพ์คำถามเรื่องมาตรการ ITA ได้เลยนะคะ", startQuickReply),
  unreadable: () =>
    text("ขออภัยค่ะ ตอนนี้บอทอ่านได้เฉพาะข้อความตัวอักษร กรุณาพิมพ์คำถามหรือเรื่องที่ต้องการแจ้งเป็นข้อความนะคะ", startQuickReply),
  location: () => text("ได้รับตำแหน่งแล้วค่ะ หากต้องการแจ้งเรื่อง กรุณาพิมพ์รายละเอียดเพิ่มเติมเป็นข้อความนะคะ"),
  image: () => text("ได้รับรูปภาพแล้วค่ะ หากต้องการแจ้งเรื่องหรือสอบถาม กรุณาพิมพ์รายละเอียดเป็นข้อความด้วยนะคะ", ownNextSteps),
  staleButton: () => text("ขออภัยค่ะ ปุ่มนี้ใช้ไม่ได้แล้ว กรุณาเลือกจากเมนูหรือพิมพ์ข้อความใหม่นะคะ", startQuickReply),
  /** The refusal for an action the person's role does not allow; an officer is told it is for admins. */
  notAllowed: (role: Role = "citizen", allowed: readonly Role[] = ["officer", "admin"]) =>
    role === "officer" && !allowed.includes("officer")
      ? text("ขออภัยค่ะ คำสั่งนี้สำหรับผู้ดูแลระบบเท่านั้น หากต้องการใช้ กรุณาติดต่อผู้ดูแลระบบค่ะ")
      : text("ขออภัยค่ะ เมนูนี้สำหรับเจ้าหน้าที่เท่านั้น หากท่านเป็นเจ้าหน้าที่ กรุณาติดต่อผู้ดูแลระบบเพื่อลงทะเบียนค่ะ"),
  /** A flow's step refused: the sender's role changed since the flow started. */
  flowEnded: () =>
    text("ขออภัยค่ะ สิทธิ์ของท่านในระบบเปลี่ยนไปแล้ว รายการที่ทำค้างไว้จึงถูกยกเลิก และข้อความนี้ไม่ได้ถูกส่งต่อ หากสงสัย กรุณาติดต่อผู้ดูแลระบบค่ะ", startQuickReply),
  /** A command that shows citizens' data, used in a group that is not the registered staff group. */
  citizenDataElsewhere: () =>
    text("ขออภัยค่ะ คำสั่งนี้แสดงข้อมูลของประชาชน จึงใช้ได้เฉพาะในกลุ่มเจ้าหน้าที่ที่ลงทะเบียนไว้ หรือในแชตส่วนตัวกับบอทค่ะ"),
  cancelled: () => text("ยกเลิกรายการที่ทำค้างไว้แล้วค่ะ มีอะไรให้ช่วยอีกไหมคะ", startQuickReply),
  /** "ยกเลิก" with no flow open (a button tapped by mistake, a ยกเลิก typed twice): nothing was lost. */
  nothingToCancel: () => text("ตอนนี้ไม่มีรายการค้างที่ต้องยกเลิกค่ะ มีอะไรให้ช่วยไหมคะ", startQuickReply),
  /**
   * Staff typed something that is neither a command nor answered by the plan. Citizens are offered
   * to send it to staff; staff are the ones it would go to, so they get their commands instead.
   */
  staffNotUnderstood: () =>
    text('ขออภัยค่ะ บอทไม่พบคำสั่งหรือคำตอบสำหรับข้อความนี้ แตะคำสั่งด้านล่าง หรือพิมพ์ "เมนู" เพื่อดูคำสั่งทั้งหมดของท่านค่ะ', startQuickReply),
  failure: () => text("ขออภัยค่ะ ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้งในอีกสักครู่นะคะ"),
  askInPrivate: (orgName: string) =>
    text(`ขออภัยค่ะ เรื่องนี้ไม่มีในมาตรการฯ ที่บอทใช้ตอบ หากต้องการให้เจ้าหน้าที่ ${orgName} ตอบ กรุณาพิมพ์ถามในแชตส่วนตัวกับบอทนะคะ`),
  groupHello: (orgName: string) =>
    text(`สวัสดีค่ะ ขอบคุณที่เชิญบอทของ ${orgName} เข้ากลุ่มนะคะ ในกลุ่มนี้บอทจะตอบเฉพาะคำสั่งที่ขึ้นต้นด้วย "บอท" ค่ะ`),
};
