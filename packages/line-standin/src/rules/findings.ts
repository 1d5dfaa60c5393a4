/**
 * The small vocabulary every rule file shares: collect LINE-shaped problems under LINE's property
 * paths, and the checks most rules start with (present, not empty, not too long).
 */
import type { ValidationProblem } from "../line-error-bodies";
import { lengthIn, type CountingUnit } from "./counting";

export type Json = Record<string, unknown>;

export class Findings {
  readonly problems: ValidationProblem[] = [];

  add(property: string, message: string): void {
    this.problems.push({ message, property });
  }

  /**
   * A string property: absent is fine unless `required`; present, it must be a non-empty string
   * (when `required`) of at most `max` units. Returns the string when it passed.
   */
  text(
    object: Json,
    key: string,
    property: string,
    rule: { max: number; unit: CountingUnit; required?: boolean },
  ): string | undefined {
    const value = object[key];
    const at = child(property, key);
    if (value === undefined) {
      if (rule.required) this.add(at, "must be specified");
      return undefined;
    }
    if (typeof value !== "string") return undefined; // the schema reports the type
    if (rule.required && value.length === 0) {
      this.add(at, "May not be empty");
      return undefined;
    }
    if (lengthIn(rule.unit, value) > rule.max) {
      this.add(at, `Length must be between 0 and ${rule.max}`);
      return undefined;
    }
    return value;
  }

  /** An array property whose length must be within `[min, max]`; returns it when it passed. */
  list(object: Json, key: string, property: string, min: number, max: number, required = true): unknown[] | undefined {
    const value = object[key];
    const at = child(property, key);
    if (value === undefined) {
      if (required) this.add(at, "must be specified");
      return undefined;
    }
    if (!Array.isArray(value)) return undefined;
    if (value.length < min || value.length > max) {
      this.add(at, `Size must be between ${min} and ${max}`);
      return undefined;
    }
    return value;
  }

  /** A property that must be present (any type; the schema checks the type). */
  present(object: Json, key: string, property: string): boolean {
    if (object[key] !== undefined) return true;
    this.add(child(property, key), "must be specified");
    return false;
  }
}

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `messages[0]` + `text` → `messages[0].text`. */
export function child(property: string, key: string): string {
  return property === "" ? key : `${property}.${key}`;
}

/** `items` + 2 → `items[2]`. */
export function item(property: string, index: number): string {
  return `${property}[${index}]`;
}

/** The objects of an array property with their paths (non-objects are the schema's business). */
export function objectsOf(value: unknown, property: string): Array<[Json, string]> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry, index) => (isObject(entry) ? [[entry, item(property, index)] as [Json, string]] : []));
}
