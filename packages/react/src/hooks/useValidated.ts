import { useMemo } from "react";
import { validateEvaluation, type Evaluation, type Framework, type Issue } from "@kommunkompassen/core";

/** One input: the prop name, its value, and whether it is required. */
export type ValidationInput = readonly [name: string, value: unknown, required?: boolean];

/** The outcome of validating a component's inputs. */
export type Validated = { ok: true; evaluations: (Evaluation | undefined)[] } | { ok: false; errors: Issue[] };

/**
 * Validates every evaluation a component was given, as `[propName, value, required]`, and returns
 * them typed (`undefined` where a value was not given), or every error with its pointer prefixed by
 * the prop name (`evaluation/areas/5/score`). Components render an error notice instead of
 * throwing, so bad data never breaks the host page.
 */
export function validateInputs(inputs: readonly ValidationInput[], frameworks?: readonly Framework[]): Validated {
  const errors: Issue[] = [];
  const evaluations: (Evaluation | undefined)[] = [];
  for (const [name, input, required] of inputs) {
    if (input === undefined || input === null) {
      if (required) errors.push({ severity: "error", kind: "required", path: name, message: "is required but missing" });
      evaluations.push(undefined);
      continue;
    }
    const result = validateEvaluation(input, { frameworks });
    if (result.valid) evaluations.push(result.evaluation);
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
