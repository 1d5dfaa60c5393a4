/**
 * What the app answers when no route can: a path that does not decode, one that does not exist, a
 * body nobody reads. Short, in Thai for people and JSON for programs, and never Express's default
 * page (it shows the request's path and, outside production, a stack trace with file paths).
 */
import { startBotHarness, type BotHarness } from "../support/bot-harness";

describe("the app's own error answers", () => {
  let h: BotHarness;
  let base: string;
  beforeAll(async () => {
    h = await startBotHarness();
    base = h.webhookUrl.replace(/\/webhook$/, "");
  });
  afterAll(() => h.close());

  const get = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${base}${path}`, init);
    return { status: res.status, type: res.headers.get("content-type") ?? "", body: await res.text() };
  };

  /** Nothing of the request, the code or the machine shows in the answer. */
  const expectShortAndBlank = (body: string) => {
    expect(body.length).toBeLessThan(600);
    for (const leak of ["Error", "at ", "node_modules", "/src/", "%ZZ", "%25", "Cannot"]) expect(body).not.toContain(leak);
  };

  it.each([
    ["a media path that does not decode", "/media/%ZZ", 400],
    ["a report path that does not decode", "/reports/%ZZ", 404],
    // /public/:year is a route now: a year that does not decode is the client's fault, as for media.
    ["a public page path that does not decode", "/public/%ZZ", 400],
    ["a page that does not exist", "/no-such-page", 404],
  ])("answers %s with a short Thai page", async (_what, path, status) => {
    const answer = await get(path);
    expect(answer.status).toBe(status);
    expect(answer.type).toMatch(/^text\/html/);
    expect(answer.body).toContain('lang="th"');
    expectShortAndBlank(answer.body);
  });

  it("answers a body sent to a report route with a short page, whatever the body", async () => {
    for (const body of ["{bad json", "x".repeat(2_000_000)]) {
      const answer = await get("/reports/progress?token=abc", { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expectShortAndBlank(answer.body);
    }
  });

  it("answers programs in JSON", async () => {
    const answer = await get("/no-such-api", { headers: { accept: "application/json" } });
    expect(answer).toMatchObject({ status: 404, type: expect.stringMatching(/^application\/json/) });
    expect(JSON.parse(answer.body)).toEqual({ message: "Not found" });
    const webhook = await get("/webhook", { method: "PUT" });
    expect(webhook.type).toMatch(/^application\/json/);
  });
});
