/**
 * Reads LINE's OpenAPI documents (vendored unmodified in `openapi/`, see its NOTICE) and derives,
 * in memory, JSON Schema that a standard validator can run. Two things in them are OpenAPI, not
 * JSON Schema, and are translated mechanically here, never by re-typing a rule:
 *
 * 1. Polymorphism. LINE writes `Message`, `Action`, `FlexComponent`, `Event`… as a parent schema
 *    with `discriminator.mapping`, and each child as `allOf: [parent, own properties]`. Read as
 *    plain JSON Schema the parent accepts any `type`, and a validator that follows the mapping
 *    from inside a child loops. OpenAPI's meaning is: a value of the parent is validated by the
 *    child its `type` names; a child includes the parent's own properties; a child only stands
 *    for the `type` values that map to it. So each parent `P` becomes a dispatcher (ajv's
 *    `discriminator` + `oneOf`, one branch per mapping entry), `P__base` keeps P's own
 *    properties, children point at `P__base`, and each child pins its `type` to its mapping
 *    values (so a header that must be a `FlexBox` refuses `{"type": "text", …}`).
 *    https://spec.openapis.org/oas/v3.0.3#discriminator-object
 *
 * 2. Counting. JSON Schema's `maxLength` counts code points; LINE counts UTF-16 code units, except
 *    for the properties its counting page lists, which count grapheme clusters. Every `maxLength`
 *    becomes `lineMaxLength: {max, unit}` (see line-length-keyword.ts).
 *    https://developers.line.biz/en/docs/messaging-api/text-character-count/
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { countingUnitOf } from "../rules/counting";

export type JsonSchema = Record<string, unknown>;
export type OpenApiDocumentName = "messaging-api" | "webhook";

/** Where the vendored `.yml` files are, relative to this file (src/schema → openapi). */
export const OPENAPI_DIR = join(__dirname, "..", "..", "openapi");

const SCHEMA_REF = "#/components/schemas/";
const BASE_SUFFIX = "__base";

/** The `components.schemas` of one vendored document, as JSON Schema (see the file comment). */
export function jsonSchemasOf(name: OpenApiDocumentName): Record<string, JsonSchema> {
  const document = load(readFileSync(join(OPENAPI_DIR, `${name}.yml`), "utf8")) as { components?: { schemas?: Record<string, JsonSchema> } };
  const schemas = document.components?.schemas;
  if (!schemas) throw new Error(`${name}.yml has no components.schemas`);
  return toJsonSchemas(structuredClone(schemas));
}

/** The translation itself, on an already parsed copy of `components.schemas` (mutated and returned). */
export function toJsonSchemas(schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  for (const [name, schema] of Object.entries(schemas)) withLineLengths(schema, name);
  for (const name of Object.keys(schemas)) dispatchOnDiscriminator(schemas, name);
  return schemas;
}

interface Discriminator {
  propertyName: string;
  mapping?: Record<string, string>;
}

function dispatchOnDiscriminator(schemas: Record<string, JsonSchema>, name: string): void {
  const parent = schemas[name];
  const discriminator = parent?.["discriminator"] as Discriminator | undefined;
  if (!parent || !discriminator?.mapping) return;
  const { discriminator: _dropped, ...own } = parent;
  const tag = discriminator.propertyName;
  schemas[name + BASE_SUFFIX] = own;

  const valuesByChild = new Map<string, string[]>();
  for (const [value, ref] of Object.entries(discriminator.mapping)) {
    valuesByChild.set(ref, [...(valuesByChild.get(ref) ?? []), value]);
  }
  for (const [ref, values] of valuesByChild) {
    const child = schemas[ref.slice(SCHEMA_REF.length)];
    if (!child) throw new Error(`${name}: discriminator maps to ${ref}, which does not exist`);
    const parts = Array.isArray(child["allOf"]) ? (child["allOf"] as JsonSchema[]) : [];
    for (const part of parts) if (part["$ref"] === SCHEMA_REF + name) part["$ref"] = SCHEMA_REF + name + BASE_SUFFIX;
    child["allOf"] = [...parts, { properties: { [tag]: { enum: values } } }];
  }

  schemas[name] = {
    type: "object",
    required: [tag],
    discriminator: { propertyName: tag },
    oneOf: Object.entries(discriminator.mapping).map(([value, ref]) => ({
      properties: { [tag]: { const: value } },
      allOf: [{ $ref: ref }],
    })),
  };
}

/** Replaces every `maxLength` under schema `owner` by `lineMaxLength` with LINE's counting unit. */
function withLineLengths(node: unknown, owner: string): void {
  if (Array.isArray(node)) {
    for (const item of node) withLineLengths(item, owner);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const schema = node as JsonSchema;
  const properties = schema["properties"];
  if (typeof properties === "object" && properties !== null) {
    for (const [property, sub] of Object.entries(properties as Record<string, JsonSchema>)) {
      if (typeof sub?.["maxLength"] === "number") {
        sub["lineMaxLength"] = { max: sub["maxLength"], unit: countingUnitOf(owner, property) };
        delete sub["maxLength"];
      }
    }
  }
  if (typeof schema["maxLength"] === "number") {
    schema["lineMaxLength"] = { max: schema["maxLength"], unit: "utf16" };
    delete schema["maxLength"];
  }
  for (const value of Object.values(schema)) withLineLengths(value, owner);
}
