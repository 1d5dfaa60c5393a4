/**
 * Who a developer can be in a local run: one person for each role, with fixed LINE user IDs so the
 * roles survive restarts (the embedded Firestore keeps its data in `.data/`).
 */
import type { Persona } from "./chat-page/personas";

export const DEV_PERSONAS = {
  citizen: { userId: "U0000000000000000000000000000c001", displayName: "สมชาย ใจดี", role: "citizen" },
  officer: { userId: "U0000000000000000000000000000f001", displayName: "สมศรี (เจ้าหน้าที่ สำนักปลัด)", role: "officer" },
  admin: { userId: "U0000000000000000000000000000a001", displayName: "ปลัด อบต. (ผู้ดูแล)", role: "admin" },
} as const satisfies Record<string, Persona>;

/** The unit the officer persona belongs to. */
export const DEV_OFFICER_UNIT = "สำนักปลัด";
