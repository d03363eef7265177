import schemaJson from "../../collection.schema.json";
import type { Framework } from "../frameworks/types";
import type { Evaluation, Municipality, Reference, Source } from "../schema/types";
import { foldMunicipalityName } from "../text/names";
import { validateFrameworks } from "./framework";
import { type Issue } from "./issues";
import { inspectValues, UNREADABLE } from "./inspect";
import { readJson, type ParseOptions } from "./parse";
import { checkAgainstSchema, evaluationSchema, type SchemaNode } from "./schema-check";
import { BoundedIssueList, MAX_ISSUES } from "./sink";
import { validateEvaluation, type ValidationResult } from "./validate";

/** The collection schema, as shipped in `@kommunkompassen/core/collection.schema.json`. */
export const collectionSchema = schemaJson as unknown as SchemaNode & { $id: string; $schema: string };

/** Many evaluations in one document (`collection.schema.json`). */
export interface Collection {
  /** Always 1. */
  schemaVersion: 1;
  /** What the collection is. */
  title?: string;
  /** Where its data comes from, as a whole. */
  sources?: Source[];
  /** Remarks on the collection. */
  notes?: string[];
  /** Framework definitions beside the built-in ones. */
  frameworks?: Framework[];
  /** Published reference series (averages), each with its source. */
  references?: Reference[];
  /** The evaluations. */
  evaluations: Evaluation[];
}

/** What the registry says of a municipality's code, for {@link CollectionOptions.checkMunicipality}. */
export interface MunicipalityMismatch {
  /** The registry's name for the code, or `null` when the code is not in the registry. */
  expected: string | null;
}

/** Options for {@link validateCollection}. */
export interface CollectionOptions {
  /** Extra framework definitions beside the built-in ones and the collection's own. */
  frameworks?: readonly Framework[];
  /**
   * Checks a municipality's code against a registry: `null` when they fit. Pass `checkMunicipality`
   * from `@kommunkompassen/core/municipalities` (kept out of the main bundle).
   */
  checkMunicipality?: (municipality: Municipality) => MunicipalityMismatch | null;
}

/** The outcome of validating a collection. */
export type CollectionValidationResult =
  | {
      /** True: every part is valid. */
      valid: true;
      /** The collection, typed. */
      collection: Collection;
      /** The definitions it uses beside the built-in ones: its own, then those passed in options. */
      frameworks: Framework[];
      /** Always empty when valid. */
      errors: Issue[];
      /** The evaluations' warnings (at `/evaluations/N/…`), and codes that do not fit their names. */
      warnings: Issue[];
      /**
       * Each evaluation's own validation, in order (`results[i]` is {@link validateEvaluation} of
       * `collection.evaluations[i]` with the collection's definitions, its pointers relative to the
       * evaluation): hand them on where the evaluations are shown one by one, so that nothing
       * validates an evaluation twice.
       */
      results: (ValidationResult & { valid: true })[];
    }
  | { valid: false; collection?: undefined; frameworks?: undefined; errors: Issue[]; warnings: Issue[] };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const under =
  (prefix: string) =>
  (issue: Issue): Issue => ({ ...issue, path: prefix + issue.path });

/** The collection's own framework definitions, their errors reported under `/frameworks`. */
function ownFrameworks(doc: Json, errors: BoundedIssueList, warnings: Issue[]): Framework[] {
  if (!Array.isArray(doc.frameworks)) return [];
  const result = validateFrameworks(doc.frameworks);
  result.errors.map(under("/frameworks")).forEach((issue) => errors.add(issue));
  warnings.push(...result.warnings.map(under("/frameworks")));
  return result.frameworks ?? [];
}

/**
 * A key for "the same municipality and year": the code where given, else the name folded as the
 * importer and the registry fold it ("Avesta kommun" is "Avesta", "Orebro" is "Örebro").
 */
const sameKey = (e: Json): string | null => {
  const m = e.municipality;
  if (!isObject(m) || typeof e.year !== "number") return null;
  const who =
    typeof m.code === "string"
      ? `code:${m.code.trim()}`
      : typeof m.name === "string"
        ? `name:${foldMunicipalityName(m.name)}`
        : null;
  return who && `${who}\u0000${e.year}`;
};

/** Each evaluation, its issues under `/evaluations/N`; the same municipality and year twice is an error. */
function checkEvaluations(
  doc: Json,
  frameworks: readonly Framework[],
  options: CollectionOptions,
  errors: BoundedIssueList,
  warnings: Issue[],
): ValidationResult[] {
  const seen = new Map<string, number>();
  return items(doc.evaluations).map((evaluation, index) => {
    const at = `/evaluations/${index}`;
    const result = validateEvaluation(evaluation, { frameworks });
    result.errors.map(under(at)).forEach((issue) => errors.add(issue));
    warnings.push(...result.warnings.map(under(at)));
    const key = isObject(evaluation) ? sameKey(evaluation) : null;
    const first = key === null ? undefined : seen.get(key);
    if (key !== null && first === undefined) seen.set(key, index);
    if (first !== undefined) {
      const e = evaluation as Evaluation;
      errors.add({
        severity: "error",
        kind: "duplicate-evaluation",
        path: at,
        message: `${e.municipality.name} ${e.year} is already in the collection (at /evaluations/${first})`,
        details: { municipality: e.municipality.name, year: e.year, at: `/evaluations/${first}` },
      });
    }
    if (result.valid && options.checkMunicipality && result.evaluation.municipality.code !== undefined) {
      const { name, code } = result.evaluation.municipality;
      const mismatch = options.checkMunicipality(result.evaluation.municipality);
      if (mismatch) warnings.push(codeMismatch(`${at}/municipality/code`, name, code!, mismatch.expected));
    }
    return result;
  });
}

function codeMismatch(path: string, name: string, code: string, expected: string | null): Issue {
  return {
    severity: "warning",
    kind: "municipality-code-mismatch",
    path,
    message:
      expected === null
        ? `${code} is not a municipality code in the registry (the evaluation names ${JSON.stringify(name)})`
        : `${code} is the code of ${expected} in the registry, not of ${JSON.stringify(name)}`,
    details: { code, name, expected },
  };
}

/** The checks of {@link validateCollection}, which may throw on a value that changes as it is read. */
function check(input: unknown, options: CollectionOptions): CollectionValidationResult {
  const errors = new BoundedIssueList();
  const found = new BoundedIssueList();
  if (!inspectValues(input, found)) return { valid: false, errors: found.finish(), warnings: [] };
  checkAgainstSchema(input, collectionSchema, "", errors, collectionSchema);
  const warnings: Issue[] = [];
  if (isObject(input)) {
    const frameworks = [...ownFrameworks(input, errors, warnings), ...(options.frameworks ?? [])];
    items(input.references).forEach((reference, index) =>
      checkAgainstSchema(
        reference,
        evaluationSchema.$defs!.reference!,
        `/references/${index}`,
        errors,
        evaluationSchema,
      ),
    );
    const results = checkEvaluations(input, frameworks, options, errors, warnings);
    found.finish().forEach((issue) => errors.add(issue));
    const list = errors.finish();
    if (list.length === 0) {
      return {
        valid: true,
        collection: input as unknown as Collection,
        frameworks,
        errors: [],
        warnings: warnings.slice(0, MAX_ISSUES),
        results: results as (ValidationResult & { valid: true })[],
      };
    }
    return { valid: false, errors: list, warnings: [] };
  }
  return { valid: false, errors: errors.finish(), warnings: [] };
}

/**
 * Validates any value as a collection and returns every problem at once, each at its JSON Pointer
 * into the collection (`/evaluations/17/areas/3/score`): the collection's own shape, its framework
 * definitions (`/frameworks/0/…`), references and every evaluation, with the collection's
 * definitions used for its evaluations. Two evaluations of the same municipality (by code, else by
 * name) and year are an error (`duplicate-evaluation`); with `checkMunicipality`, a code that does
 * not fit its name is a warning (`municipality-code-mismatch`). Never throws.
 */
export function validateCollection(input: unknown, options: CollectionOptions = {}): CollectionValidationResult {
  try {
    return check(input, options);
  } catch {
    const errors: Issue[] = [{ severity: "error", kind: "unreadable", path: "", message: UNREADABLE, details: {} }];
    return { valid: false, errors, warnings: [] };
  }
}

/** Parses JSON text and validates it with {@link validateCollection}, as {@link parseEvaluation} does for one evaluation. */
export function parseCollection(
  text: string,
  options: CollectionOptions & Pick<ParseOptions, "maxBytes"> = {},
): CollectionValidationResult {
  const read = readJson(text, options.maxBytes, "collection");
  if (!read.ok) return { valid: false, errors: read.errors, warnings: [] };
  const result = validateCollection(read.data, options);
  if (read.duplicates.length === 0) return result;
  return { valid: false, errors: [...read.duplicates, ...result.errors], warnings: [] };
}
