/**
 * The staff group: when the bot joins a group it says how to register it, and an admin's
 * "ตั้งเป็นกลุ่มเจ้าหน้าที่" inside it makes it where ticket cards go when no unit is assigned;
 * removed from that group, the bot forgets it, so cards go to staff one by one again.
 */
import { replyWith } from "../../bot/bot-context";
import { isStaff } from "../../people/person";
import { replies } from "../../bot/common-replies";
import type { CapabilityPart } from "../../bot/compose-capability";
import { clearStaffGroup, getStaffGroup, setStaffGroup } from "../staff";
import { ticketText } from "../ticket-messages";
import { userIdOf, type TicketsContext } from "./tickets-context";

export function staffGroup(tk: TicketsContext): CapabilityPart {
  const { db, logger } = tk.services;
  return {
    async onJoin() {
      return replyWith(ticketText.joinHint());
    },
    async onMemberJoined(ctx, userIds) {
      // Every card in the staff group shows citizens' words to everyone in it: someone who is not
      // staff joining it is said at once, in the group, so an admin can take them out.
      const { source } = ctx.event;
      if (source.type !== "group" || !userIds.length || (await getStaffGroup(db)) !== source.groupId) return undefined;
      const people = await Promise.all(userIds.map((id) => tk.services.people.get(id)));
      const strangers = people.filter((p) => !isStaff(p)).length;
      if (!strangers) return undefined;
      logger.warn("ticket.staff_group.stranger_joined", { groupId: source.groupId, count: strangers });
      return replyWith(ticketText.strangerInStaffGroup(strangers));
    },
    async onLeave(ctx) {
      // Removed from the staff group: cards sent there would be refused by LINE and lost, so they
      // go to staff one by one again until an admin registers another group.
      const { source } = ctx.event;
      // clearStaffGroup reads the registration itself: not read twice here.
      if (source.type === "group" && (await clearStaffGroup(db, source.groupId))) logger.warn("ticket.staff_group.left", { groupId: source.groupId });
    },
    commands: [
      {
        pattern: /^(?:ตั้งเป็นกลุ่มเจ้าหน้าที่|ลงทะเบียนกลุ่มเจ้าหน้าที่)$/,
        roles: ["admin"],
        chats: ["group"],
        help: { usage: "บอท ตั้งเป็นกลุ่มเจ้าหน้าที่ (พิมพ์ในกลุ่ม LINE ของเจ้าหน้าที่)", example: "ตั้งเป็นกลุ่มเจ้าหน้าที่", summary: "เรื่องใหม่จากประชาชนจะส่งเข้ากลุ่มนั้น" },
        async handle(ctx) {
          if (ctx.event.source.type !== "group") return replyWith(replies.staleButton());
          await setStaffGroup(db, ctx.event.source.groupId, userIdOf(ctx) ?? "admin", ctx.now);
          logger.info("ticket.staff_group.set", { groupId: ctx.event.source.groupId });
          return replyWith(ticketText.staffGroupSet());
        },
      },
    ],
  };
}
