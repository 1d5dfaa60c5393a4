/**
 * Fills a Flex template by walking its JSON (house style 10): placeholders `{{name}}` are replaced
 * only inside string values, so a citizen's or a plan's text can never break the structure, add a
 * key, or inject an action. Two directives keep templates plain JSON yet allow variable content:
 * - an array element `{"$each": "steps", "template": {...}}` repeats the template for every entry
 *   of `values.steps` (an array of value maps), inside which `{{name}}` reads the entry first;
 * - an object with `"$if": "name"` is kept (without the key) only when `values.name` is non-empty.
 */
export type TemplateValue = string | number | boolean | undefined | TemplateValues[];
export interface TemplateValues {
  [name: string]: TemplateValue;
}

/** A template names a value that was not supplied: a programming error, caught by the tests. */
export class TemplateValueError extends Error {
  constructor(readonly placeholder: string) {
    super(`no value for {{${placeholder}}}`);
    this.name = "TemplateValueError";
  }
}

const PLACEHOLDER = /\{\{\s*([a-zA-Z0-9_]+)\s*\}\}/g;

export function renderTemplate<T = unknown>(template: unknown, values: TemplateValues): T {
  return walk(template, [values]) as T;
}

function lookup(name: string, scopes: readonly TemplateValues[]): TemplateValue {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i] as TemplateValues;
    if (Object.prototype.hasOwnProperty.call(scope, name)) return scope[name];
  }
  throw new TemplateValueError(name);
}

function present(value: TemplateValue): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== "" && value !== false;
}

function walk(node: unknown, scopes: readonly TemplateValues[]): unknown {
  if (typeof node === "string")
    return node.replace(PLACEHOLDER, (_m, name: string) => {
      const value = lookup(name, scopes);
      return Array.isArray(value) || value === undefined ? "" : String(value);
    });
  if (Array.isArray(node)) {
    const out: unknown[] = [];
    for (const element of node) {
      if (isEach(element)) {
        const entries = lookup(element.$each, scopes);
        if (Array.isArray(entries)) for (const entry of entries) out.push(walk(element.template, [...scopes, entry]));
        continue;
      }
      if (isConditional(element) && !present(lookupOptional(element.$if, scopes))) continue;
      out.push(walk(element, scopes));
    }
    return out;
  }
  if (node && typeof node === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$if") continue;
      if (isConditional(value) && !present(lookupOptional(value.$if, scopes))) continue;
      out[key] = walk(value, scopes);
    }
    return out;
  }
  return node;
}

function lookupOptional(name: string, scopes: readonly TemplateValues[]): TemplateValue {
  try {
    return lookup(name, scopes);
  } catch {
    return undefined;
  }
}

function isEach(node: unknown): node is { $each: string; template: unknown } {
  return Boolean(node && typeof node === "object" && typeof (node as { $each?: unknown }).$each === "string");
}

function isConditional(node: unknown): node is { $if: string } {
  return Boolean(node && typeof node === "object" && !Array.isArray(node) && typeof (node as { $if?: unknown }).$if === "string");
}
