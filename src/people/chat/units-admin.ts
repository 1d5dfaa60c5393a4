/**
 * Admins managing units: list them with how many officers each has, add one, rename one. Units
 * start from the plan; these commands cover what the plan did not foresee.
 */
import type { CapabilityPart } from "../../bot/compose-capability";
import { ADMIN, messageItem, say, sayList, type PeopleAdminContext } from "./people-admin-context";

export function unitsAdmin(pa: PeopleAdminContext): CapabilityPart {
  const { units, staff } = pa;
  return {
    commands: [
      {
        pattern: /^หน่วยงานทั้งหมด$/,
        roles: ADMIN,
        help: { button: "หน่วยงานทั้งหมด", summary: "รายชื่อหน่วยงานและจำนวนเจ้าหน้าที่" },
        async handle() {
          const [all, members] = await Promise.all([units.list(), staff.list()]);
          const lines = all.map((u, i) => `${i + 1}. ${u.name} (เจ้าหน้าที่ ${members.filter((m) => m.unitId === u.id).length} คน)`);
          // A hundred units do not fit one message: the list goes on over as many as it needs.
          return sayList(
            `หน่วยงานทั้งหมด ${all.length} หน่วย\n${lines.join("\n")}\n\nคำสั่ง: สร้างรหัส <หน่วยงาน> • เพิ่มหน่วยงาน <ชื่อ> • แก้ชื่อหน่วยงาน <ชื่อเดิม> เป็น <ชื่อใหม่>`,
          );
        },
      },
      {
        pattern: /^เพิ่มหน่วยงาน\s+(.{2,80})$/,
        roles: ADMIN,
        help: { usage: "เพิ่มหน่วยงาน <ชื่อ>", example: "เพิ่มหน่วยงาน กองช่าง", summary: "เพิ่มหน่วยงานใหม่" },
        async handle(ctx, match) {
          const { unit, created } = await units.add(match[1] ?? "", ctx.now);
          return say(created ? `เพิ่มหน่วยงาน ${unit.name} เรียบร้อยแล้วค่ะ` : `มีหน่วยงาน ${unit.name} อยู่แล้วค่ะ`, [messageItem("สร้างรหัส", `สร้างรหัส ${unit.name}`)]);
        },
      },
      {
        pattern: /^แก้ชื่อหน่วยงาน\s+(.+?)\s+เป็น\s+(.{2,80})$/,
        roles: ADMIN,
        help: { usage: "แก้ชื่อหน่วยงาน <ชื่อเดิม> เป็น <ชื่อใหม่>", example: "แก้ชื่อหน่วยงาน กองช่าง เป็น กองช่างโยธา", summary: "เปลี่ยนชื่อหน่วยงาน" },
        async handle(ctx, match) {
          const unit = await units.find(match[1] ?? "");
          if (!unit) return say(`ไม่พบหน่วยงาน "${match[1]}" ค่ะ`);
          const renamed = await units.rename(unit.id, match[2] ?? "", ctx.now);
          return say(`เปลี่ยนชื่อ ${unit.name} เป็น ${renamed?.name ?? match[2]} เรียบร้อยแล้วค่ะ`);
        },
      },
    ],
  };
}
