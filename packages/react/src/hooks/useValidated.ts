import { useMemo } from "react";
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

const isolated = new WeakMap<Evaluation, Evaluation>();

/** {@link isolateBidiTexts}, once per evaluation object (it walks every text). */
function isolatedOnce(evaluation: Evaluation): Evaluation {
  let result = isolated.get(evaluation);
  if (!result) {
    result = isolateBidiTexts(evaluation);
    isolated.set(evaluation, result);
  }
  return result;
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
    if (result.valid) evaluations.push(isolatedOnce(result.evaluation));
    else errors.push(...result.errors.map((e) => ({ ...e, path: `${name}${e.path}` })));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, evaluations };
}

/** {@link validateInputs}, memoised on the inputs' identity. */
export function useValidatedInputs(inputs: readonly ValidationInput[], frameworks?: readonly Framework[]): Validated {
  const deps = inputs.map(([, value]) => value);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => validateInputs(inputs, frameworks), [frameworks, ...deps]);
}
