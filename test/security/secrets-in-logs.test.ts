/**
 * Secrets never reach the logs: the channel secret and access token, in any request, failure or
 * retry path the bot logs, and citizens' messages are not logged in full either.
 */
import { createLogger, sanitizeFields, type LogRecord } from "../../src/logs";
import { CITIZEN, TEST_SECRET, TEST_TOKEN, startBotHarness, type BotHarness } from "../support/bot-harness";

describe("logs", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(() => h.close());

  it("never contain the channel secret, the access token, or a citizen's full message", async () => {
    const privateMessage = "บ้านเลขที่ 99/1 หมู่ 3 ถนนพังมาก เบอร์ 0812345678";
    await h.standin.sendAsUser(CITIZEN, { type: "follow" });
    await h.standin.sendAsUser(CITIZEN, { type: "text", text: privateMessage });
    h.standin.state.failNext(10, { status: 500 });
    await h.standin.sendAsUser(CITIZEN, { type: "text", text: "คะแนน ITA" });
    await h.post("{}", { signature: "bad" });
    await h.post("not json");
    const all = JSON.stringify(h.logger.records);
    expect(h.logger.records.length).toBeGreaterThan(5);
    expect(all).not.toContain(TEST_SECRET);
    expect(all).not.toContain(TEST_TOKEN);
    expect(all).not.toContain("0812345678");
  });

  it("print secret-looking fields as <omitted>, whatever the caller passes", () => {
    const records: LogRecord[] = [];
    const logger = createLogger((r) => records.push(r));
    logger.info("x", { channelSecret: "s3cr3t", accessToken: "t0k3n", Authorization: "Bearer abc", signature: "sig", ok: 1 });
    expect(records[0]).toMatchObject({ channelSecret: "<omitted>", accessToken: "<omitted>", Authorization: "<omitted>", signature: "<omitted>", ok: 1 });
    expect(sanitizeFields({ error: new Error("boom") })).toMatchObject({ error: { name: "Error", message: "boom" } });
  });
});
