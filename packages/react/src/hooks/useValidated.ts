import {
  isolateBidiTexts,
  validateEvaluation,
  type Evaluation,
  type Framework,
  type Issue,
  type ValidationResult,
} from "@kommunkompassen/core";

/** Validation results by evaluation object: components treat their props as immutable, as React does. */
const validated = new WeakMap<object, ValidationResult>();

/**
 * {@link validateEvaluation}, once per evaluation object: a report renders the same evaluation in
 * a dozen components, which would otherwise validate it a dozen times. Evaluations are treated as
 * immutable (pass a new object when the data changes, as React expects of props). Results with
 * custom `frameworks` are not cached.
 */
export function validateEvaluationOnce(input: unknown, frameworks?: readonly Framework[]): ValidationResult {
  if (frameworks || typeof input !== "object" || input === null) return validateEvaluation(input, { frameworks });
  let result = validated.get(input);
  if (!result) {
    result = validateEvaluation(input);
    validated.set(input, result);
  }
  return result;
}

/**
 * Hands on validations already made (a valid collection's `results` from `validateCollection`,
 * made with the built-in definitions only), so that the components showing those evaluations do not
 * validate each of them again: `results[i]` is the validation of `inputs[i]`.
 */
export function rememberValidations(inputs: readonly unknown[], results: readonly ValidationResult[]): void {
  inputs.forEach((input, i) => {
    const result = results[i];
    if (result && typeof input === "object" && input !== null && !validated.has(input)) validated.set(input, result);
  });
}

/** Isolated copies by evaluation; an isolated copy maps to itself. */
const isolated = new WeakMap<Evaluation, Evaluation>();

/**
 * {@link isolateBidiTexts}, once per evaluation object (it walks every text). The copy is known to
 * be valid and already isolated: isolation adds two characters to a text, so validating the copy
 * again (a report passes it on to its charts) could find a text over its maximum length, and
 * isolating it again would wrap its texts twice.
 */
function isolatedOnce(evaluation: Evaluation, result: ValidationResult & { valid: true }): Evaluation {
  let copy = isolated.get(evaluation);
  if (!copy) {
    copy = isolateBidiTexts(evaluation);
    isolated.set(evaluation, copy);
    if (copy !== evaluation) {
      isolated.set(copy, copy);
      validated.set(copy, { ...result, evaluation: copy });
    }
  }
  return copy;
}

/** One input: the prop name, its value, and whether it is required. */
export type ValidationInput = readonly [name: string, value: unknown, required?: boolean];

/** The outcome of validating a component's inputs. */
export type Validated = { ok: true; evaluations: (Evaluation | undefined)[] } | { ok: false; errors: Issue[] };

/**
 * Validates every evaluation a component was given, as `[propName, value, required]`, and returns
 * them typed (`undefined` where a value was not given), or every error with its pointer prefixed by
 * the prop name (`evaluation/areas/5/score`). Components render an error notice instead of
 * throwing, so bad data never breaks the host page. Texts with bidi controls come back isolated
 * ({@link isolateBidiTexts}).
 */
export function validateInputs(inputs: readonly ValidationInput[], frameworks?: readonly Framework[]): Validated {
  const errors: Issue[] = [];
  const evaluations: (Evaluation | undefined)[] = [];
  for (const [name, input, required] of inputs) {
    if (input === undefined || input === null) {
      if (required)
        errors.push({ severity: "error", kind: "required", path: name, message: "is required but missing" });
      evaluations.push(undefined);
      continue;
    }
    const result = validateEvaluationOnce(input, frameworks);
    // Texts are shown as published, but a bidi control in one cannot reorder the text around it.
    if (result.valid) evaluations.push(isolatedOnce(result.evaluation, result));
    else errors.push(...result.errors.map((e) => ({ ...e, path: `${name}${e.path}` })));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, evaluations };
}

/** A number for each object, so that a list of inputs has a key made of their identities. */
const ids = new WeakMap<object, number>();
let nextId = 0;

function identity(value: unknown): string | undefined {
  if (value === undefined || value === null) return "-";
  if (typeof value !== "object") return undefined;
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ++nextId));
  return String(id);
}

/** The last results by the identities of their inputs, newest last; bounded, so a server cannot grow it. */
const recent = new Map<string, Validated>();
const RECENT_MAX = 64;

/** The key of a call: each input's name, whether it is required and its value's identity; `undefined` when a value is not an object. */
function inputsKey(inputs: readonly ValidationInput[], frameworks?: readonly Framework[]): string | undefined {
  const parts = [frameworks ? identity(frameworks) : "f"];
  for (const [name, value, required] of inputs) {
    const id = identity(value);
    if (id === undefined) return undefined;
    parts.push(`${name}${required ? "!" : ""}=${id}`);
  }
  return parts.join("\u0000");
}

/**
 * {@link validateInputs}, returning the same result for the same inputs (by name and identity,
 * however many there are), so that components can memoise on it. No state hooks: it runs in React
 * Server Components too.
 */
export function useValidatedInputs(inputs: readonly ValidationInput[], frameworks?: readonly Framework[]): Validated {
  const key = inputsKey(inputs, frameworks);
  if (key === undefined) return validateInputs(inputs, frameworks);
  let result = recent.get(key);
  if (result) {
    recent.delete(key);
  } else {
    result = validateInputs(inputs, frameworks);
    if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  }
  recent.set(key, result);
  return result;
}
