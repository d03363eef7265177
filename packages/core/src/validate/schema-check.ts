import schemaJson from "../../evaluation.schema.json";
import { TYPE_WORDS_EN } from "./type-words";
import { describeValue, seen, segment, type Issue } from "./issues";

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

function resolve(node: SchemaNode, root: SchemaNode): SchemaNode {
  const cached = resolved.get(node);
  if (cached) return cached;
  let current = node;
  // Merge sibling keywords (such as a description) over the referenced definition.
  while (current.$ref) {
    const name = current.$ref.replace(/^#\/\$defs\//, "");
    const target = root.$defs?.[name];
    if (!target) throw new Error(`unresolved $ref ${current.$ref}`);
    const { $ref: _ignored, ...rest } = current;
    current = { ...target, ...rest, $ref: target.$ref } as SchemaNode;
    if (!target.$ref) delete current.$ref;
  }
  resolved.set(node, current);
  return current;
}

const TYPE_WORDS: Readonly<Record<string, string>> = TYPE_WORDS_EN;

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

/** Keys longer than this get no "did you mean" hint: no known key is within reach of them. */
const SUGGESTION_MAX_LENGTH = 40;

/**
 * A "did you mean" hint for a misspelt key: the known key at the smallest edit distance under 3.
 * Bounded: long keys and known keys whose length differs by 3 or more are not compared at all.
 */
export function closestKey(key: string, known: readonly string[]): string | null {
  if (key.length > SUGGESTION_MAX_LENGTH) return null;
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    if (Math.abs(candidate.length - key.length) >= bestDistance) continue;
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ?? null;
}

/** The number of characters (code points) of a string, without making an array of them. */
export function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) count--;
  }
  return count;
}

/** Collects issues, up to a limit, so hostile input cannot make the report unbounded. */
export interface IssueSink {
  add(issue: Issue): void;
  /** True once no more issues are kept: callers skip the work of wording them. */
  readonly full?: boolean;
}

/**
 * Checks `value` against a schema node and reports every structural problem with its JSON Pointer.
 * Returns true when the value matched (so callers know whether deeper semantic checks are safe).
 */
export function checkAgainstSchema(
  value: unknown,
  node: SchemaNode,
  path: string,
  sink: IssueSink,
  root: SchemaNode = evaluationSchema,
): boolean {
  const schema = resolve(node, root);
  const fail: Fail = (kind, message, details) => {
    sink.add({ severity: "error", kind, path, message, ...(details ? { details } : {}) });
    return false;
  };

  if ("const" in schema && value !== schema.const) {
    return fail("const", `expected ${describeValue(schema.const)}, got ${describeValue(value)}`, {
      expected: schema.const as number,
      ...seen(value),
    });
  }
  if (schema.enum && !schema.enum.includes(value)) {
    const allowed = schema.enum.map(describeValue).join(", ");
    return fail("enum", `expected one of ${allowed}, got ${describeValue(value)}`, { allowed, ...seen(value) });
  }
  if (schema.type && !hasType(value, schema.type)) {
    if (typeof value === "number" && !Number.isFinite(value)) {
      return fail("non-finite", `expected a finite number, got ${String(value)}`, { value: String(value) });
    }
    return fail("type", `expected ${TYPE_WORDS[schema.type] ?? schema.type}, got ${describeValue(value)}`, {
      expected: schema.type,
      ...seen(value),
    });
  }

  let ok = true;
  if (typeof value === "string") ok = checkString(value, schema, fail);
  if (typeof value === "number") ok = checkNumber(value, schema, fail);
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
        ok = checkAgainstSchema(value[i], schema.items, `${path}/${i}`, sink, root) && ok;
      }
    }
  }
  if (hasType(value, "object") && (schema.properties || schema.required || schema.additionalProperties !== undefined)) {
    ok = checkObject(value as Record<string, unknown>, schema, path, sink, root) && ok;
  }
  return ok;
}

type Fail = (kind: string, message: string, details?: Issue["details"]) => false;

/** A string's length and pattern. */
function checkString(value: string, schema: SchemaNode, fail: Fail): boolean {
  let ok = true;
  // JSON Schema counts characters (code points), not UTF-16 units; a string's code point count
  // is at most its .length, so the exact count is only needed near the limits.
  const characters = (limit: number) => (value.length > limit ? codePoints(value) : value.length);
  if (schema.minLength !== undefined && characters(schema.minLength * 2) < schema.minLength) {
    ok = fail(
      "min-length",
      value.length === 0 ? "must not be empty" : `must be at least ${schema.minLength} characters`,
      {
        minLength: schema.minLength,
        empty: value.length === 0,
      },
    );
  }
  if (schema.maxLength !== undefined && characters(schema.maxLength) > schema.maxLength) {
    const length = codePoints(value);
    ok = fail("max-length", `is ${length} characters long; at most ${schema.maxLength} are allowed`, {
      length,
      maxLength: schema.maxLength,
    });
  }
  if (schema.pattern !== undefined && !regex(schema.pattern).test(value)) {
    const hint = schema["x-hint"] ?? null;
    ok = fail("pattern", `${describeValue(value)} is not ${hint ?? `in the expected format (${schema.pattern})`}`, {
      ...seen(value),
      hint,
      pattern: schema.pattern,
    });
  }
  return ok;
}

/** A number's minimum and maximum. */
function checkNumber(value: number, schema: SchemaNode, fail: Fail): boolean {
  let ok = true;
  if (schema.minimum !== undefined && value < schema.minimum) {
    ok = fail("minimum", `${value} is less than the minimum ${schema.minimum}`, { value, minimum: schema.minimum });
  }
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
    ok = fail("minimum", `${value} must be more than ${schema.exclusiveMinimum}`, {
      value,
      minimum: schema.exclusiveMinimum,
      exclusive: true,
    });
  }
  if (schema.maximum !== undefined && value > schema.maximum) {
    ok = fail("maximum", `${value} is more than the maximum ${schema.maximum}`, { value, maximum: schema.maximum });
  }
  return ok;
}

/** The `required`, `properties`, `patternProperties` and `additionalProperties` of an object. */
function checkObject(
  object: Record<string, unknown>,
  schema: SchemaNode,
  path: string,
  sink: IssueSink,
  root: SchemaNode,
): boolean {
  let ok = true;
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
  const patterns = Object.entries(schema.patternProperties ?? {}).map(
    ([pattern, node]) => [regex(pattern), node] as const,
  );
  for (const key of Object.keys(object)) {
    const child = object[key];
    // A JavaScript `undefined` is no value (JSON has none): an optional property set to it is absent.
    if (child === undefined) continue;
    const childSchema = Object.prototype.hasOwnProperty.call(properties, key)
      ? properties[key]
      : (patterns.find(([pattern]) => pattern.test(key))?.[1] ??
        (typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined));
    if (childSchema) {
      ok = checkAgainstSchema(child, childSchema, path + segment(key), sink, root) && ok;
    } else if (schema.additionalProperties === false) {
      // Past the issue cap an issue is only counted: no path, wording or "did you mean" work for it.
      sink.add(sink.full ? COUNTED : unknownProperty(key, path + segment(key), Object.keys(properties)));
      ok = false;
    }
  }
  return ok;
}

/** Stands for an issue past the cap, which is only counted. */
const COUNTED: Issue = { severity: "error", kind: "unknown-property", path: "", message: "" };

function unknownProperty(key: string, path: string, known: readonly string[]): Issue {
  const closest = closestKey(key, known);
  return {
    severity: "error",
    kind: "unknown-property",
    path,
    message: `unknown property ${describeValue(key)}${closest ? ` (did you mean "${closest}"?)` : ""}; own additions must start with "x-"`,
    details: { property: key, suggestion: closest },
  };
}
