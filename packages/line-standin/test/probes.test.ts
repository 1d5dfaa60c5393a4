/**
 * The probe set: one request body per documented rule, on both sides of each limit, sent over HTTP
 * to the stand-in's official validate endpoints. Each must be answered as LINE answers it: 200 and
 * `{}` for what LINE accepts; 400 with LINE's error body naming the property for what it refuses.
 */
import { MESSAGE_PROBES } from "./probes/message-probes";
import { RICH_MENU_PROBES } from "./probes/rich-menu-probes";
import type { Probe } from "./probes/probe-kit";
import { callApi, startHarness, type Harness } from "./standin-harness";

const PROBES: Probe[] = [...MESSAGE_PROBES, ...RICH_MENU_PROBES];
const MESSAGE_KINDS = ["reply", "push", "multicast", "narrowcast", "broadcast"] as const;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

function pathOf(probe: Probe, index: number): string {
  if (probe.endpoint === "richMenu") return "/v2/bot/richmenu/validate";
  return `/v2/bot/message/validate/${MESSAGE_KINDS[index % MESSAGE_KINDS.length]}`;
}

describe("the probe set", () => {
  it("has a probe on each side of the rules, and no two probes alike", () => {
    expect(PROBES.filter((probe) => probe.accepted).length).toBeGreaterThanOrEqual(90);
    expect(PROBES.filter((probe) => !probe.accepted).length).toBeGreaterThanOrEqual(130);
    expect(new Set(PROBES.map((probe) => probe.rule)).size).toBe(PROBES.length);
    expect(new Set(PROBES.map((probe) => JSON.stringify(probe.body))).size).toBe(PROBES.length);
  });

  it.each(PROBES.map((probe, index) => [probe.rule, probe, index] as const))("%s", async (_rule, probe, index) => {
    const res = await callApi(h.origin, pathOf(probe, index), { body: JSON.stringify(probe.body) });
    if (probe.accepted) {
      expect({ status: res.status, body: res.json }).toEqual({ status: 200, body: {} });
      return;
    }
    const body = res.json as { message: string; details: Array<{ message: string; property: string }> };
    expect(res.status).toBe(400);
    expect(body).toEqual({
      message: `The request body has ${body.details.length} error(s)`,
      details: expect.arrayContaining([{ message: expect.any(String), property: probe.property }]),
    });
    for (const detail of body.details) expect(Object.keys(detail).sort()).toEqual(["message", "property"]);
  });
});

describe("the validate endpoints", () => {
  it.each(MESSAGE_KINDS)("/v2/bot/message/validate/%s judges messages alone (no recipient, no reply token)", async (kind) => {
    const ok = await callApi(h.origin, `/v2/bot/message/validate/${kind}`, { body: JSON.stringify({ messages: [{ type: "text", text: "สวัสดีค่ะ" }] }) });
    expect(ok).toMatchObject({ status: 200, json: {} });
  });

  it("answers 404 for a kind LINE does not have, and 401 without the channel's token", async () => {
    const body = JSON.stringify({ messages: [{ type: "text", text: "ก" }] });
    expect((await callApi(h.origin, "/v2/bot/message/validate/unicast", { body })).status).toBe(404);
    expect((await callApi(h.origin, "/v2/bot/message/validate/push", { body, token: "wrong" })).status).toBe(401);
  });

  it("records nothing: validating is not sending", async () => {
    await callApi(h.origin, "/v2/bot/message/validate/push", { body: JSON.stringify({ messages: [{ type: "text", text: "ก" }] }) });
    expect(h.standin.state.calls).toEqual([]);
  });

  it("is reached by the SDK's own validate methods", async () => {
    await expect(h.client.validatePush({ messages: [{ type: "text", text: "ก" }] })).resolves.toEqual({});
    await expect(h.client.validateRichMenuObject({ size: { width: 2500, height: 843 }, selected: false, name: "ก", chatBarText: "ก", areas: [] })).resolves.toEqual({});
    await expect(h.client.validateReply({ messages: [{ type: "text", text: "" }] })).rejects.toMatchObject({ status: 400 });
  });
});
