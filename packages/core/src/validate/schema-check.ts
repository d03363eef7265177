import schemaJson from "../../evaluation.schema.json";
import { describeValue, type Issue } from "./issues";

/**
 * The subset of JSON Schema 2020-12 that `evaluation.schema.json` uses. The structural validator
 * interprets the shipped schema itself, so the schema and the validator cannot disagree; a test
 * checks that the schema uses no keyword outside this list.
 */
export const SUPPORTED_SCHEMA_KEYWORDS = [
  "$schema",
  "$id",
  "$ref",
  "$defs",
  "title",
  "description",
  "examples",
  "x-hint",
  "type",
  "const",
  "enum",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "required",
  "properties",
  "patternProperties",
  "additionalProperties",
  "items",
  "maxItems",
] as const;

/** A JSON Schema node as this interpreter reads it. */
export interface SchemaNode {
  $ref?: string;
  type?: string;
  const?: unknown;
  enum?: readonly unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  required?: readonly string[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  maxItems?: number;
  "x-hint"?: string;
  $defs?: Record<string, SchemaNode>;
}

/** The evaluation schema, as shipped in `@kommunkompassen/core/evaluation.schema.json`. */
export const evaluationSchema = schemaJson as unknown as SchemaNode & { $id: string; $schema: string };

const patternCache = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    re = new RegExp(pattern, "u");
    patternCache.set(pattern, re);
  }
  return re;
}

/** Resolved nodes by their unresolved node: every value checked would otherwise copy its definition again. */
const resolved = new WeakMap<SchemaNode, SchemaNode>();

function resolve(node: SchemaNode): SchemaNode {
  const cached = resolved.get(node);
  if (cached) return cached;
  let current = node;
  // Merge sibling keywords (such as a description) over the referenced definition.
  while (current.$ref) {
    const name = current.$ref.replace(/^#\/\$defs\//, "");
    const target = evaluationSchema.$defs?.[name];
    if (!target) throw new Error(`evaluation.schema.json: unresolved $ref ${current.$ref}`);
    const { $ref: _ignored, ...rest } = current;
    current = { ...target, ...rest, $ref: target.$ref } as SchemaNode;
    if (!target.$ref) delete current.$ref;
  }
  resolved.set(node, current);
  return current;
}

const TYPE_WORDS: Record<string, string> = {
  object: "an object",
  array: "an array",
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
};

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    default:
      return false;
  }
}

/** Levenshtein distance, for "did you mean" hints on misspelt property names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function suggestion(key: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ? ` (did you mean "${best}"?)` : "";
}

/** Collects issues, up to a limit, so hostile input cannot make the report unbounded. */
export interface IssueSink {
  add(issue: Issue): void;
}

/**
 * Checks `value` against a schema node and reports every structural problem with its JSON Pointer.
 * Returns true when the value matched (so callers know whether deeper semantic checks are safe).
 */
export function checkAgainstSchema(value: unknown, node: SchemaNode, path: string, sink: IssueSink): boolean {
  const schema = resolve(node);
  const fail = (kind: string, message: string, details?: Issue["details"]) => {
    sink.add({ severity: "error", kind, path, message, ...(details ? { details } : {}) });
    return false;
  };

  if ("const" in schema && value !== schema.const) {
    return fail("const", `expected ${describeValue(schema.const)}, got ${describeValue(value)}`);
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return fail("enum", `expected one of ${schema.enum.map(describeValue).join(", ")}, got ${describeValue(value)}`);
  }
  if (schema.type && !hasType(value, schema.type)) {
    if (typeof value === "number" && !Number.isFinite(value)) {
      return fail("non-finite", `expected a finite number, got ${String(value)}`);
    }
    return fail("type", `expected ${TYPE_WORDS[schema.type] ?? schema.type}, got ${describeValue(value)}`);
  }

  let ok = true;
  if (typeof value === "string") {
    // JSON Schema counts characters (code points), not UTF-16 units; a string's code point count
    // is at most its .length, so the exact count is only needed near the limits.
    const characters = (limit: number) => (value.length > limit ? [...value].length : value.length);
    if (schema.minLength !== undefined && characters(schema.minLength * 2) < schema.minLength) {
      ok = fail(
        "min-length",
        value.length === 0 ? "must not be empty" : `must be at least ${schema.minLength} characters`,
      );
    }
    if (schema.maxLength !== undefined && characters(schema.maxLength) > schema.maxLength) {
      const length = [...value].length;
      ok = fail("max-length", `is ${length} characters long; at most ${schema.maxLength} are allowed`, {
        length,
        maxLength: schema.maxLength,
      });
    }
    if (schema.pattern !== undefined && !regex(schema.pattern).test(value)) {
      ok = fail(
        "pattern",
        `${describeValue(value)} is not ${schema["x-hint"] ?? `in the expected format (${schema.pattern})`}`,
      );
    }
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) {
      ok = fail("minimum", `${value} is less than the minimum ${schema.minimum}`, { value, minimum: schema.minimum });
    }
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
      ok = fail("minimum", `${value} must be more than ${schema.exclusiveMinimum}`, {
        value,
        minimum: schema.exclusiveMinimum,
      });
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      ok = fail("maximum", `${value} is more than the maximum ${schema.maximum}`, { value, maximum: schema.maximum });
    }
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      // Too many items: report once and do not walk them (bounded time on hostile input).
      return fail("max-items", `has ${value.length} items; at most ${schema.maxItems} are allowed`, {
        length: value.length,
        maxItems: schema.maxItems,
      });
    }
    if (schema.items) {
      for (let i = 0; i < value.length; i++) {
        ok = checkAgainstSchema(value[i], schema.items, `${path}/${i}`, sink) && ok;
      }
    }
  }
  if (hasType(value, "object") && (schema.properties || schema.required || schema.additionalProperties !== undefined)) {
    const object = value as Record<string, unknown>;
    const properties = schema.properties ?? {};
    for (const key of schema.required ?? []) {
      if (!Object.prototype.hasOwnProperty.call(object, key) || object[key] === undefined) {
        sink.add({
          severity: "error",
          kind: "required",
          path: `${path}/${key}`,
          message: "is required but missing",
          details: { property: key },
        });
        ok = false;
      }
    }
    const patterns = Object.entries(schema.patternProperties ?? {});
    for (const key of Object.keys(object)) {
      // A JavaScript `undefined` is no value (JSON has none): an optional property set to it is absent.
      if (object[key] === undefined) continue;
      const childPath = `${path}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      const propertySchema = Object.prototype.hasOwnProperty.call(properties, key) ? properties[key] : undefined;
      if (propertySchema) {
        ok = checkAgainstSchema(object[key], propertySchema, childPath, sink) && ok;
        continue;
      }
      const matched = patterns.find(([pattern]) => regex(pattern).test(key));
      if (matched) {
        ok = checkAgainstSchema(object[key], matched[1], childPath, sink) && ok;
        continue;
      }
      if (schema.additionalProperties === false) {
        sink.add({
          severity: "error",
          kind: "unknown-property",
          path: childPath,
          message: `unknown property ${describeValue(key)}${suggestion(key, Object.keys(properties))}; own additions must start with "x-"`,
        });
        ok = false;
      } else if (typeof schema.additionalProperties === "object") {
        ok = checkAgainstSchema(object[key], schema.additionalProperties, childPath, sink) && ok;
      }
    }
  }
  return ok;
}
