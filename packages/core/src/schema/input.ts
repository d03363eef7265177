import type { Evaluation } from "./types";

/**
 * A type with its literal types widened (`1` to `number`, `"national-average"` to `string`),
 * arrays and objects alike: what TypeScript infers for a JSON value of that shape.
 */
export type Widened<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer U)[]
        ? readonly Widened<U>[]
        : T extends object
          ? { [K in keyof T]: Widened<T[K]> }
          : T;

/**
 * What the components accept as an evaluation: an {@link Evaluation}, or anything of its shape
 * whose literals TypeScript has widened, such as an evaluation imported as a JSON module
 * (`import avesta from "./avesta-2014.json"`, where `schemaVersion` is a `number`, not `1`).
 * The components validate it at run time, as they validate every input, and show an error notice
 * instead of a chart when it is not valid.
 */
export type EvaluationInput = Evaluation | Widened<Evaluation>;
