/**
 * Builds a capability from its parts, the way grammY builds a bot from composers: each flow or
 * command group lives in a file of its own and returns the postbacks, commands, flows and hooks it
 * adds, so the capability file only lists its parts. Commands keep the order of the parts (the
 * router takes the first command that matches). A postback action, flow or hook given by two parts
 * is a programming error, refused when the bot is built rather than one part silently replacing
 * the other.
 */
import type { Capability, ConversationFlow, PostbackRoute, TextCommand } from "./capability";

/** One flow or command group of a capability: the slice of {@link Capability} it fills. */
export type CapabilityPart = Omit<Capability, "name">;

type Hooks = Pick<Capability, "onUnanswered" | "onJoin" | "onMemberJoined" | "onLeave" | "onFile" | "onUnsend" | "onStrayMedia" | "beforeAnswer">;

export function composeCapability(name: string, ...parts: CapabilityPart[]): Capability {
  const postbacks: Record<string, PostbackRoute> = {};
  const commands: TextCommand[] = [];
  const flows: Record<string, ConversationFlow> = {};
  const hooks: Hooks = {};
  const refuseTwice = (what: string) => {
    throw new Error(`capability "${name}": ${what} is given by two parts`);
  };
  for (const part of parts) {
    for (const [action, route] of Object.entries(part.postbacks ?? {})) {
      if (Object.hasOwn(postbacks, action)) refuseTwice(`postback action "${action}"`);
      postbacks[action] = route;
    }
    for (const [flowName, flow] of Object.entries(part.flows ?? {})) {
      if (Object.hasOwn(flows, flowName)) refuseTwice(`flow "${flowName}"`);
      flows[flowName] = flow;
    }
    commands.push(...(part.commands ?? []));
    for (const hook of ["onUnanswered", "onJoin", "onMemberJoined", "onLeave", "onFile", "onUnsend", "onStrayMedia", "beforeAnswer"] as const) {
      if (!part[hook]) continue;
      if (hooks[hook]) refuseTwice(hook);
      Object.assign(hooks, { [hook]: part[hook] });
    }
  }
  return { name, postbacks, commands, flows, ...hooks };
}
