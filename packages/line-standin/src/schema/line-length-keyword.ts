/**
 * `lineMaxLength: {max, unit}`: the schema's `maxLength`, counted the way LINE counts (UTF-16 code
 * units, or grapheme clusters for the properties LINE lists). See openapi-to-json-schema.ts.
 */
import type Ajv from "ajv";
import type { AnySchemaObject, SchemaValidateFunction } from "ajv/dist/types";
import { lengthIn, type CountingUnit } from "../rules/counting";

export interface LineMaxLength {
  max: number;
  unit: CountingUnit;
}

const withinLimit: SchemaValidateFunction = (limit: LineMaxLength, data: string): boolean => {
  if (lengthIn(limit.unit, data) <= limit.max) return true;
  withinLimit.errors = [
    { keyword: "lineMaxLength", message: `Length must be between 0 and ${limit.max}`, params: { limit: limit.max, unit: limit.unit } },
  ];
  return false;
};

export function addLineLengthKeyword(ajv: Ajv): void {
  ajv.addKeyword({
    keyword: "lineMaxLength",
    type: "string",
    schemaType: "object",
    errors: true,
    metaSchema: {
      type: "object",
      required: ["max", "unit"],
      properties: { max: { type: "integer", minimum: 0 }, unit: { enum: ["utf16", "grapheme"] } },
    } satisfies AnySchemaObject,
    validate: withinLimit,
  });
}
