/**
 * Building a capability from its parts: everything each part gives reaches the router, commands
 * keep the parts' order (the router takes the first match), and two parts claiming the same
 * postback action, flow or hook is refused when the bot is built.
 */
import { replyWith } from "../../src/bot/bot-context";
import type { TextCommand } from "../../src/bot/capability";
import { composeCapability } from "../../src/bot/compose-capability";

const command = (pattern: RegExp): TextCommand => ({ pattern, roles: ["admin"], help: null, handle: async () => replyWith() });
const route = { roles: ["admin"] as const, handle: async () => replyWith() };

describe("composeCapability", () => {
  it("assembles postbacks, flows, hooks and commands in the order of the parts", () => {
    const first = command(/^a$/);
    const second = command(/^b$/);
    const third = command(/^c$/);
    const onJoin = async () => undefined;
    const capability = composeCapability(
      "demo",
      { commands: [first, second], postbacks: { "x-one": route } },
      { commands: [third], flows: { "x-flow": { roles: [] } }, onJoin },
    );
    expect(capability.name).toBe("demo");
    expect(capability.commands).toEqual([first, second, third]);
    expect(Object.keys(capability.postbacks ?? {})).toEqual(["x-one"]);
    expect(Object.keys(capability.flows ?? {})).toEqual(["x-flow"]);
    expect(capability.onJoin).toBe(onJoin);
    expect(capability.onUnanswered).toBeUndefined();
  });

  it("refuses a postback action, flow or hook given by two parts", () => {
    expect(() => composeCapability("demo", { postbacks: { "x-one": route } }, { postbacks: { "x-one": route } })).toThrow(/postback action "x-one"/);
    expect(() => composeCapability("demo", { flows: { "x-flow": { roles: [] } } }, { flows: { "x-flow": { roles: [] } } })).toThrow(/flow "x-flow"/);
    const hook = async () => replyWith();
    expect(() => composeCapability("demo", { onUnanswered: hook }, { onUnanswered: hook })).toThrow(/onUnanswered/);
  });
});
