/**
 * The plans of each fiscal year, in chat, for admins: send the reviewed plan file to see what
 * activating it would change and confirm; list the plans held; switch back to one. The router
 * enforces the admin role on every step; activation itself is `activate-plan.ts`, shared with
 * `npm run plan:activate`.
 *
 * Each flow or command group is a part in `chat/`; this file only lists them.
 */
import type { Capability } from "../bot/capability";
import { composeCapability } from "../bot/compose-capability";
import type { CapabilityServices } from "../capabilities";
import { planConfirm } from "./chat/plan-confirm";
import { planFile } from "./chat/plan-file";
import { planList } from "./chat/plan-list";
import { createPlansContext } from "./chat/plans-context";

export function createPlansCapability(services: CapabilityServices): Capability {
  const pc = createPlansContext(services);
  return composeCapability("plans", planFile(pc), planList(pc), planConfirm(pc));
}
