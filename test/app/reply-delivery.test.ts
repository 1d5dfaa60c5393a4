/**
 * How the webhook's answers reach people when LINE misbehaves, over HTTP against the stand-in's
 * fault injector and the embedded Firestore:
 * - a reply LINE took but answered with a 5xx or not at all is not followed by a second copy;
 * - an answer that must arrive (a ticket's receipt with its code) goes through the outbox when the
 *   reply fails for any reason, with a retry key derived from the event, and is never lost behind
 *   the webhook's 200.
 */
import { createFixedClock } from "../../src/clock";
import type { Fault } from "line-standin";
import { deterministicUuid } from "../../src/ids";
import { deliveryIdFor } from "../../src/outbox/notify";
import { COLLECTIONS } from "../../src/store/collections";
import { CITIZEN, startBotHarness, type BotHarness } from "../support/bot-harness";

const REQUEST = "ถนนพังหน้าบ้าน ช่วยซ่อมด้วยค่ะ";
const REPLY = "/v2/bot/message/reply";
const PUSH = "/v2/bot/message/push";
/** The sender's own timeout per LINE call (its default), as opposed to the webhook's deadline. */
const LINE_CALL_TIMEOUT_MS = 10_000;

describe("answers when LINE misbehaves", () => {
  const clock = createFixedClock(new Date("2026-11-25T03:00:00Z"));
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ clock });
  });
  afterAll(() => h.close());
  beforeEach(() => {
    h.standin.state.reset();
  });

  const texts = () => h.botMessages(CITIZEN).map((m) => m.text ?? m.altText ?? "");
  const receipts = () => texts().filter((t) => /R-\d{4}/.test(t));
  const calls = () => h.standin.state.calls.map((c) => c.endpoint);
  const failNext = (count: number, fault: Fault) => h.standin.state.failNext(count, fault);
  /** The outbox deliveries made for an event whose reply failed. */
  const fallbackDeliveries = async (eventId: string) =>
    (await h.fs.db.collection(COLLECTIONS.deliveries).where("kind", "==", "reply-fallback").get()).docs
      .map((d) => d.data())
      .filter((d) => d.ref?.eventId === eventId);

  describe("a reply LINE took without a definite answer", () => {
    it("is not followed by a push when LINE answered 5xx: the receipt arrives once", async () => {
      failNext(1, { status: 500, afterAccept: true, path: REPLY });
      const sent = await h.standin.sendAsUser(CITIZEN, { type: "text", text: REQUEST });
      expect(sent.status).toBe(200);
      expect(receipts()).toHaveLength(1);
      expect(calls()).toEqual(["reply"]);
      expect(await fallbackDeliveries(sent.webhookEventId)).toEqual([]);
    });

    it("is not followed by a push when LINE did not answer in time: the receipt arrives once", async () => {
      let answer!: () => void;
      failNext(1, { afterAccept: true, until: new Promise<void>((resolve) => (answer = resolve)), path: REPLY });
      const sending = h.standin.sendAsUser(CITIZEN, { type: "text", text: REQUEST });
      // Both the webhook's deadline and the reply's timeout have started; only the reply's passes.
      await h.deadlines.started(2);
      expect(h.deadlines.expire(LINE_CALL_TIMEOUT_MS)).toBe(1);
      expect((await sending).status).toBe(200);
      answer();
      expect(calls()).toEqual(["reply"]);
      expect(receipts()).toHaveLength(1);
    });
  });

  describe("a receipt that must arrive", () => {
    it("goes through the outbox by push when every reply attempt failed with 5xx, keyed by the event", async () => {
      failNext(4, { status: 500, path: REPLY });
      const sent = await h.standin.sendAsUser(CITIZEN, { type: "text", text: REQUEST });
      expect(sent.status).toBe(200);
      expect(receipts()).toHaveLength(1);
      expect(calls()).toEqual(["push"]);
      const key = deterministicUuid(`${deliveryIdFor("reply-fallback", sent.webhookEventId)}:0`);
      expect(h.standin.state.calls[0]?.retryKey).toBe(key);
      expect(await fallbackDeliveries(sent.webhookEventId)).toMatchObject([{ status: "sent", ref: { eventId: sent.webhookEventId } }]);
      // LINE's redelivery of the event finds it done: still one receipt.
      expect((await h.standin.redeliver(sent.webhookEventId)).status).toBe(200);
      expect(receipts()).toHaveLength(1);
    });

    it("is stored before the webhook answers 200 when LINE is down for pushes too, and sent once when it is back", async () => {
      failNext(4, { status: 500, path: REPLY });
      // The first push is taken by LINE but its answer is lost; LINE then stays down.
      failNext(1, { status: 500, afterAccept: true, path: PUSH });
      failNext(3, { status: 503, path: PUSH });
      const sent = await h.standin.sendAsUser(CITIZEN, { type: "text", text: REQUEST });
      expect(sent.status).toBe(200);
      const [stored] = await fallbackDeliveries(sent.webhookEventId);
      expect(stored).toMatchObject({ status: "sending", ref: { eventId: sent.webhookEventId } });

      // A minute later the schedule runs the delivery again with the stored key: LINE answers 409
      // for the push it had taken, and the citizen has exactly one receipt.
      clock.advance(61_000);
      expect(await h.services.outbox.runner.runDue()).toBe(1);
      expect(receipts()).toHaveLength(1);
      expect(await fallbackDeliveries(sent.webhookEventId)).toMatchObject([{ status: "sent" }]);
    });

    it("goes through the outbox when the reply token was refused outright", async () => {
      failNext(1, { status: 400, body: { message: "Invalid reply token" }, path: REPLY });
      const sent = await h.standin.sendAsUser(CITIZEN, { type: "text", text: REQUEST });
      expect(sent.status).toBe(200);
      expect(receipts()).toHaveLength(1);
      expect(calls()).toEqual(["push"]);
    });
  });
});
