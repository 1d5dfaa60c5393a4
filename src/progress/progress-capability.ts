/**
 * Progress reporting in chat. Officers list their unit's activities ("กิจกรรมของฉัน"), tap
 * "รายงาน" and answer with taps and short text: status, percent, a note, photos; every report is
 * a new record. Admins see the overview ("ภาพรวม") and get a link to the printable report
 * ("ส่งออกรายงาน"). Roles are enforced by the router; the unit of every activity is checked here,
 * on every step, from the activity ID the client sent back, never from what it was shown.
 *
 * Each flow or command group is a part in `chat/`; this file only lists them.
 */
import type { Capability } from "../bot/capability";
import { composeCapability } from "../bot/compose-capability";
import type { CapabilityServices } from "../capabilities";
import { activityList } from "./chat/activity-list";
import { overviewExport } from "./chat/overview-export";
import { createProgressContext, type ProgressCapabilityDeps } from "./chat/progress-context";
import { reportButtons } from "./chat/report-buttons";
import { reportConversation } from "./chat/report-conversation";
import { reportStart } from "./chat/report-start";

export type { ProgressCapabilityDeps } from "./chat/progress-context";

export function createProgressCapability(services: CapabilityServices, deps: ProgressCapabilityDeps): Capability {
  const pc = createProgressContext(services, deps);
  return composeCapability("progress", activityList(pc), overviewExport(pc), reportStart(pc), reportButtons(pc), reportConversation(pc));
}
