/**
 * Announcements in chat, for admins only (the router checks the role of every command and
 * postback): compose → optional link or image → preview exactly as recipients will see it →
 * audience → now or a Thai date and time → confirm → an outbox delivery. Also history with
 * per-chunk progress, and cancelling one that has not started.
 *
 * The draft lives in the chat's conversation state. Every button carries the draft's ID, so a
 * button from an older draft cannot act on a newer one, and confirming a draft twice finds the
 * announcement the first confirm made.
 *
 * Each flow or command group is a part in `chat/`; this file only lists them.
 */
import type { Capability } from "../bot/capability";
import { composeCapability } from "../bot/compose-capability";
import type { CapabilityServices } from "../capabilities";
import { announcementFlow } from "./chat/announcement-flow";
import { createAnnouncementsContext } from "./chat/announcements-context";
import { chooseAudience } from "./chat/audience";
import { composeAnnouncement } from "./chat/compose";
import { historyCancel } from "./chat/history-cancel";
import { scheduleConfirm } from "./chat/schedule-confirm";

export function createAnnouncementsCapability(services: CapabilityServices): Capability {
  const ac = createAnnouncementsContext(services);
  return composeCapability(
    "announcements",
    composeAnnouncement(ac),
    historyCancel(ac),
    chooseAudience(ac),
    scheduleConfirm(ac),
    announcementFlow(ac),
  );
}
