/** Types for flex-to-nodes.js, so TypeScript (tests, the server) can use the browser module. */

/** A plain description of one DOM element; chat.js builds it with textContent and CSSOM only. */
export interface ViewNode {
  tag: string;
  className?: string;
  style?: Record<string, string>;
  text?: string;
  attrs?: { src?: string; alt?: string };
  /** A LINE action object the element performs when tapped. */
  action?: { type: string; label?: string; [key: string]: unknown };
  children?: ViewNode[];
}

export function flexToNodes(container: unknown): ViewNode;
export function templateToNodes(template: unknown): ViewNode;
export function safeUrl(value: unknown): string | undefined;
export function safeColor(value: unknown): string | undefined;
