import { createPeopleStore } from "../../src/people/people-store";
import { openTestFirestore, type TestFirestore } from "../support/firestore";

const CITIZEN = "U" + "c".repeat(32);
const ADMIN = "U" + "a".repeat(32);

describe("people store (embedded Firestore)", () => {
  let fs: TestFirestore;
  beforeAll(() => {
    fs = openTestFirestore();
  });
  afterAll(() => fs.close());

  const t0 = new Date("2026-11-25T03:00:00Z");
  const t1 = new Date("2026-11-26T03:00:00Z");

  it("stores a new follower as a citizen with their display name and time", async () => {
    const people = createPeopleStore(fs.db, { adminUserIds: [ADMIN] });
    const person = await people.recordFollow(CITIZEN, { displayName: "สมชาย" }, t0);
    expect(person).toMatchObject({ userId: CITIZEN, displayName: "สมชาย", role: "citizen", following: true, followedAt: t0 });
  });

  it("marks an unfollow and a later re-follow without losing role or first-seen time", async () => {
    const people = createPeopleStore(fs.db, { adminUserIds: [] });
    await people.setRole(CITIZEN, "officer", "สำนักปลัด");
    await people.recordUnfollow(CITIZEN, t1);
    expect(await people.get(CITIZEN)).toMatchObject({ following: false, unfollowedAt: t1, role: "officer" });
    const back = await people.recordFollow(CITIZEN, undefined, t1);
    expect(back).toMatchObject({ following: true, role: "officer", unitId: "สำนักปลัด", displayName: "สมชาย", firstSeenAt: t0 });
  });

  it("treats ADMIN_USER_IDS as admins from the start, whatever is stored", async () => {
    const people = createPeopleStore(fs.db, { adminUserIds: [ADMIN] });
    expect((await people.recordFollow(ADMIN, undefined, t0)).role).toBe("admin");
    await people.setRole(ADMIN, "citizen");
    expect((await people.get(ADMIN))?.role).toBe("admin");
  });

  it("knows someone who writes without ever having sent a follow event", async () => {
    const people = createPeopleStore(fs.db, { adminUserIds: [] });
    const stranger = "U" + "5".repeat(32);
    expect(await people.get(stranger)).toBeUndefined();
    expect(await people.ensureKnown(stranger, t0)).toMatchObject({ role: "citizen", following: true, firstSeenAt: t0 });
  });
});
