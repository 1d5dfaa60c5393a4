/**
 * On a quiet bot nearly every event finds the current plan and the FAQ entries due for their
 * version check. Those checks start with the event's claim, so they overlap its round trip
 * instead of adding their own before the reply (issue 18: what a citizen waits for).
 */
import { systemClock } from "../../src/clock";
import { createEventProcessor } from "../../src/bot/process-events";
import type { Sender } from "../../src/line/sender";
import { createMemoryLogger } from "../../src/logs";
import { createPeopleStore } from "../../src/people/people-store";
import { createEventLedger } from "../../src/store/event-ledger";
import { CITIZEN, messageEvent } from "../support/bot-harness";
import { openTestFirestore, type TestFirestore } from "../support/firestore";

describe("keeping copies fresh overlaps the claim", () => {
  let fs: TestFirestore;
  beforeAll(() => {
    fs = openTestFirestore();
  });
  afterAll(() => fs.close());

  it("starts the warm-up before the claim has answered, and routes only once both are done", async () => {
    const steps: string[] = [];
    const ledger = createEventLedger(fs.db);
    let letClaimAnswer!: () => void;
    const claimHeld = new Promise<void>((resolve) => (letClaimAnswer = resolve));
    let warmed!: () => void;
    const warmDone = new Promise<void>((resolve) => (warmed = resolve));
    const sender = { reply: async () => ({ status: "sent" }) } as unknown as Sender;
    const process = createEventProcessor({
      ledger: {
        ...ledger,
        claim: async (...args) => {
          await claimHeld;
          steps.push("claimed");
          return ledger.claim(...args);
        },
      },
      people: createPeopleStore(fs.db, { adminUserIds: [] }),
      warm: async () => {
        steps.push("warm started");
        await warmDone;
        steps.push("warm done");
      },
      route: async () => {
        steps.push("routed");
        return { messages: [{ type: "text", text: "ตอบ" }] };
      },
      sender,
      logger: createMemoryLogger(),
      clock: systemClock,
    });

    const handled = process([messageEvent(CITIZEN, { type: "text", text: "คะแนน ITA" })]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(steps).toEqual(["warm started"]); // before the claim answered
    letClaimAnswer();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(steps).not.toContain("routed"); // the copies are not fresh yet
    warmed();
    expect((await handled).results).toEqual(["handled"]);
    expect(steps).toEqual(["warm started", "claimed", "warm done", "routed"]);
  });
});
