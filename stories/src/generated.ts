/**
 * A GENERATED collection for the stories and tests of the national view: made-up results for real
 * municipalities of the registry (their codes, names, counties and kommungrupper), deterministic
 * (the same seed gives the same collection). Not real data: every evaluation says so in its notes,
 * and every story that shows it says so in its name.
 *
 * The evaluations come from the generator the benchmarks use too (test/support/generated-collection.ts,
 * with the stories' seed and note): years 2003–2024 decide the model as SKR's revisions do (before
 * 2010 the original model, a total only, sometimes with a half point; 2010–2014 Kommunkompassen 2.0;
 * 2015–2019 2.1 or, for about a third, a model not stated, the total and area 1, as municipalities
 * published them; from 2020 on Kommunkompassen 2020). About a quarter of the stated evaluations give
 * only their total.
 */
import type { Evaluation } from "@kommunkompassen/core";
import { generateEvaluations } from "../../test/support/generated-collection";

const NOTE = "GENERATED for the stories and tests: a made-up result, not a published one.";

/**
 * `n` generated evaluations (300 by default) of distinct municipality-and-year pairs: municipalities
 * from the registry in a shuffled order, one to three evaluations each, years 2003–2024.
 */
export function generateCollection(n = 300, seed = 14): Evaluation[] {
  return generateEvaluations(n, { seed, note: NOTE });
}

/** The generated collection of 300 the stories show. */
export const generated300: readonly Evaluation[] = generateCollection(300);
