/**
 * Validates a body against a named schema of LINE's OpenAPI documents with ajv (JSON Schema, with
 * OpenAPI's `discriminator` switched on). Each document is read once per process and each schema
 * compiled on first use, a few hundred milliseconds in all (a stand-in does it when it starts, see
 * warmUpRequestValidators).
 */
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type { ValidationProblem } from "../line-error-bodies";
import { toLineProblems } from "./line-error-details";
import { addLineLengthKeyword } from "./line-length-keyword";
import { jsonSchemasOf, type JsonSchema, type OpenApiDocumentName } from "./openapi-to-json-schema";

/** OpenAPI annotations that carry no validation; declared so ajv's strict mode accepts them. */
const OPENAPI_ANNOTATIONS = ["components", "externalDocs", "example", "xml"];

/**
 * OpenAPI 3.0's own formats (int32, int64, double) and the non-standard ones LINE's files use.
 * JSON Schema treats a format it does not know as an annotation; so does the stand-in, except that
 * int32 and int64 hold what their names say.
 */
const OPENAPI_FORMATS = {
  int32: { type: "number", validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 },
  int64: { type: "number", validate: (n: number) => Number.isSafeInteger(n) },
  double: true,
  binary: true,
} as const;

type Compiled = { ajv: Ajv; id: string; schemas: Record<string, JsonSchema> };
const compiled = new Map<OpenApiDocumentName, Compiled>();

function compile(document: OpenApiDocumentName): Compiled {
  const known = compiled.get(document);
  if (known) return known;
  const schemas = jsonSchemasOf(document);
  // Compiling is most of the cost and each validator judges few bodies: skip ajv's code optimiser
  // (a third less compile time) and share referenced schemas instead of inlining them.
  const ajv = new Ajv({
    allErrors: true,
    discriminator: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    verbose: true,
    inlineRefs: false,
    code: { optimize: false },
  });
  // "full" checks URIs against RFC 3986: a raw Thai or space in a URL is refused, as LINE does.
  addFormats(ajv, { mode: "full" });
  for (const [name, format] of Object.entries(OPENAPI_FORMATS)) ajv.addFormat(name, format);
  for (const name of unknownFormats(schemas, ajv)) ajv.addFormat(name, true);
  ajv.addVocabulary([...OPENAPI_ANNOTATIONS, ...extensionKeywords(schemas)]);
  addLineLengthKeyword(ajv);
  ajv.addSchema({ $id: document, components: { schemas } });
  const entry = { ajv, id: document, schemas };
  compiled.set(document, entry);
  return entry;
}

function validatorFor(document: OpenApiDocumentName, schemaName: string): ValidateFunction {
  const { ajv, id } = compile(document);
  const validate = ajv.getSchema(`${id}#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`${document}.yml has no schema named ${schemaName}`);
  return validate;
}

/** LINE-shaped problems (`[]` when valid) of `body` against `components.schemas[schemaName]`. */
export function schemaProblems(document: OpenApiDocumentName, schemaName: string, body: unknown): ValidationProblem[] {
  const validate = validatorFor(document, schemaName);
  if (validate(body)) return [];
  return toLineProblems((validate.errors ?? []) as ErrorObject[]);
}

/** Compiles these schemas now, instead of on the first body they judge. */
export function warmUp(document: OpenApiDocumentName, schemaNames: readonly string[]): void {
  for (const schemaName of schemaNames) validatorFor(document, schemaName);
}

/** The names of a document's schemas (for tests that compile every one of them). */
export function schemaNames(document: OpenApiDocumentName): string[] {
  return Object.keys(compile(document).schemas);
}

/** OpenAPI's specification extensions (`x-enum-varnames`…) are annotations too. */
function extensionKeywords(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) extensionKeywords(item, found);
  else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-")) found.add(key);
      extensionKeywords(value, found);
    }
  }
  return found;
}

function unknownFormats(node: unknown, ajv: Ajv, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) unknownFormats(item, ajv, found);
  else if (typeof node === "object" && node !== null) {
    const format = (node as JsonSchema)["format"];
    if (typeof format === "string" && !ajv.formats[format]) found.add(format);
    for (const value of Object.values(node)) unknownFormats(value, ajv, found);
  }
  return found;
}
