/** Who someone is to the bot. Roles decide what they may do; every check happens on the server. */
export type Role = "citizen" | "officer" | "admin";

export interface Person {
  userId: string;
  displayName: string | undefined;
  role: Role;
  /** The unit an officer belongs to (set when an officer links with a unit code). */
  unitId: string | undefined;
  /** False after the user blocked the bot; pushes to them would fail. */
  following: boolean;
  firstSeenAt: Date;
  followedAt: Date | undefined;
  unfollowedAt: Date | undefined;
}

/** True for officers and admins: people who act for the อบต., not as citizens. */
export function isStaff(person: Pick<Person, "role"> | undefined): boolean {
  return person?.role === "officer" || person?.role === "admin";
}
