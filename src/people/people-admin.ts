/**
 * People and units in chat. Anyone may send a unit code (that is how an officer joins); everything
 * else is for admins: create a code for a unit, list officers, move them, remove them, make admins,
 * list, add and rename units. Admins point at a person by the number of the last list they were
 * shown; LINE user IDs never appear in chat. The router enforces roles; handlers re-check what the
 * router cannot know (a number from an expired list, a configured admin who cannot be demoted).
 *
 * Each command group is a part in `chat/`; this file only lists them.
 */
import type { Capability } from "../bot/capability";
import { composeCapability } from "../bot/compose-capability";
import type { CapabilityServices } from "../capabilities";
import type { UnitsStore } from "../units/units-store";
import { createPeopleAdminContext } from "./chat/people-admin-context";
import { staffAdmin } from "./chat/staff-admin";
import { unitCodes } from "./chat/unit-codes";
import { unitsAdmin } from "./chat/units-admin";
import type { LinkCodeStore } from "./link-codes";

export function createPeopleAdminCapability(services: CapabilityServices, units: UnitsStore, deps: { codes?: LinkCodeStore } = {}): Capability {
  const pa = createPeopleAdminContext(services, units, deps);
  return composeCapability("people-admin", unitCodes(pa), staffAdmin(pa), unitsAdmin(pa));
}
