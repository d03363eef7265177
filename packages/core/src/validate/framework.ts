import schemaJson from "../../framework.schema.json";
import { isBuiltInFramework } from "../frameworks/definitions";
import type { Framework } from "../frameworks/types";
import { toPointer, type Issue } from "./issues";
import { inspectValues, UNREADABLE } from "./inspect";
import { readJson, type ParseOptions } from "./parse";
import { exceeds, same } from "./rules";
import { checkAgainstSchema, type SchemaNode } from "./schema-check";
import { BoundedIssueList } from "./sink";

/** The framework definition schema, as shipped in `@kommunkompassen/core/framework.schema.json`. */
export const frameworkSchema = schemaJson as unknown as SchemaNode & { $id: string; $schema: string };

/** The outcome of validating one framework definition. */
export type FrameworkValidationResult =
  | {
      /** True: the document is a usable definition. */
      valid: true;
      /** The definition, typed. */
      framework: Framework;
      /** Always empty when valid. */
      errors: Issue[];
      /** Things worth knowing, such as a definition that replaces a built-in one. */
      warnings: Issue[];
    }
  | { valid: false; framework?: undefined; errors: Issue[]; warnings: Issue[] };

/** The outcome of validating a file of one definition or a list of them. */
export type FrameworksValidationResult =
  | {
      /** True: every definition is usable. */
      valid: true;
      /** The definitions, in file order. */
      frameworks: Framework[];
      /** Always empty when valid. */
      errors: Issue[];
      /** Things worth knowing, such as a definition that replaces a built-in one. */
      warnings: Issue[];
    }
  | { valid: false; frameworks?: undefined; errors: Issue[]; warnings: Issue[] };

type Json = Record<string, unknown>;
type Add = (path: (string | number)[], kind: string, message: string, details: Issue["details"]) => void;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** One area's questions: ids in the area, each once; maxima adding up to the area's max when all are known. */
function checkQuestions(area: Json, at: (string | number)[], error: Add): void {
  const areaId = area.id;
  const seen = new Map<string, number>();
  let sum = 0;
  let allKnown = true;
  items(area.questions).forEach((question, index) => {
    if (!isObject(question) || typeof question.id !== "string") return;
    const qAt = [...at, "questions", index];
    const first = seen.get(question.id);
    if (first !== undefined) {
      const firstAt = toPointer([...at, "questions", first]);
      error(
        [...qAt, "id"],
        "duplicate-id",
        `question ${question.id} appears twice in area ${String(areaId)} (first at ${firstAt})`,
        {
          id: question.id,
          area: String(areaId),
          at: firstAt,
        },
      );
    } else seen.set(question.id, index);
    if (question.id.split(".")[0] !== String(areaId)) {
      error(
        [...qAt, "id"],
        "question-outside-area",
        `question "${question.id}" does not belong to area ${String(areaId)}`,
        {
          id: question.id,
          area: String(areaId),
        },
      );
    }
    if (isNumber(question.max)) sum += question.max;
    else allKnown = false;
  });
  if (!isNumber(area.max) || seen.size === 0 || !allKnown || same(sum, area.max)) return;
  const above = exceeds(sum, area.max);
  error(
    [...at, "questions"],
    above ? "question-maxima-above-area-max" : "question-maxima-below-area-max",
    `the questions' maxima add up to ${sum}, ${above ? "more" : "less"} than the area's max ${area.max}`,
    { sum, max: area.max },
  );
}

/** What the schema cannot say: area ids once each, and each area's questions. */
function checkDefinition(doc: Json, base: (string | number)[], error: Add): void {
  const seen = new Map<number, number>();
  items(doc.areas).forEach((area, index) => {
    if (!isObject(area) || typeof area.id !== "number") return;
    const at = [...base, "areas", index];
    const first = seen.get(area.id);
    if (first !== undefined) {
      const firstAt = toPointer([...base, "areas", first]);
      error([...at, "id"], "duplicate-id", `area ${area.id} appears twice (first at ${firstAt})`, {
        id: area.id,
        first,
        at: firstAt,
      });
    } else seen.set(area.id, index);
    checkQuestions(area, at, error);
  });
}

/** A warning for a definition that takes the place of a built-in model. */
function replacesBuiltIn(id: string, base: (string | number)[]): Issue {
  return {
    severity: "warning",
    kind: "replaces-built-in",
    path: toPointer([...base, "id"]),
    message: `this definition replaces the built-in definition of ${id}`,
    details: { framework: id },
  };
}

/** Checks definitions at the given places of an already inspected value; returns the warnings. */
function checkAll(
  definitions: readonly { value: unknown; base: (string | number)[] }[],
  errors: BoundedIssueList,
): Issue[] {
  const error: Add = (path, kind, message, details) =>
    errors.add({ severity: "error", kind, path: toPointer(path), message, details });
  const warnings: Issue[] = [];
  const ids = new Map<string, string>();
  for (const { value, base } of definitions) {
    checkAgainstSchema(value, frameworkSchema, toPointer(base), errors, frameworkSchema);
    if (!isObject(value)) continue;
    checkDefinition(value, base, error);
    if (typeof value.id !== "string") continue;
    const first = ids.get(value.id);
    if (first !== undefined) {
      error([...base, "id"], "duplicate-id", `framework ${value.id} is defined twice (first at ${first})`, {
        framework: value.id,
        at: first,
      });
    } else ids.set(value.id, toPointer(base) || "/");
    if (isBuiltInFramework(value.id)) warnings.push(replacesBuiltIn(value.id, base));
  }
  return warnings;
}

/** Validation that never throws: every value is read once first, and a value that changes on reading is `unreadable`. */
function guarded(input: unknown, run: (errors: BoundedIssueList) => Issue[]): { errors: Issue[]; warnings: Issue[] } {
  const errors = new BoundedIssueList();
  try {
    const found = new BoundedIssueList();
    if (!inspectValues(input, found)) return { errors: found.finish(), warnings: [] };
    const warnings = run(errors);
    found.finish().forEach((issue) => errors.add(issue));
    return { errors: errors.finish(), warnings };
  } catch {
    errors.add({ severity: "error", kind: "unreadable", path: "", message: UNREADABLE, details: {} });
    return { errors: errors.finish(), warnings: [] };
  }
}

/**
 * Validates any value as a framework definition (`framework.schema.json`) and returns every problem
 * at once, each with its JSON Pointer, as {@link validateEvaluation} does for an evaluation: the
 * schema's rules, then area ids given once, question ids within their area and given once, and
 * question maxima that add up to the area's max where all are known. Never throws.
 */
export function validateFramework(input: unknown): FrameworkValidationResult {
  const { errors, warnings } = guarded(input, (sink) => checkAll([{ value: input, base: [] }], sink));
  if (errors.length > 0) return { valid: false, errors, warnings: [] };
  return { valid: true, framework: input as Framework, errors: [], warnings };
}

/**
 * Validates a file's content as framework definitions: one definition, or a list of them (pointers
 * then start with the item's index, `/1/areas/0/name/en`). An id defined twice is an error. Never throws.
 */
export function validateFrameworks(input: unknown): FrameworksValidationResult {
  const list = Array.isArray(input) ? input : [input];
  const { errors, warnings } = guarded(input, (sink) =>
    checkAll(
      list.map((value, index) => ({ value, base: Array.isArray(input) ? [index] : [] })),
      sink,
    ),
  );
  if (errors.length > 0) return { valid: false, errors, warnings: [] };
  return { valid: true, frameworks: list as Framework[], errors: [], warnings };
}

/**
 * Parses JSON text (a definition file) and validates it with {@link validateFrameworks}: empty
 * text, text over the size limit, invalid JSON and repeated keys give clear errors, as
 * {@link parseEvaluation} does.
 */
export function parseFrameworks(
  text: string,
  options: Pick<ParseOptions, "maxBytes"> = {},
): FrameworksValidationResult {
  const read = readJson(text, options.maxBytes, "framework");
  if (!read.ok) return { valid: false, errors: read.errors, warnings: [] };
  const result = validateFrameworks(read.data);
  if (read.duplicates.length === 0) return result;
  return { valid: false, errors: [...read.duplicates, ...result.errors], warnings: [] };
}
