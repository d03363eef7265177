// The inputs every part shares: the three evaluations of the radar + bar view, and the generated
// evaluations (test/support/arbitraries.ts's selfConsistentEvaluation, sampled with a fixed seed).
import fc from "fast-check";
import type { Evaluation } from "@kommunkompassen/core";
import { selfConsistentEvaluation } from "../../../test/support/arbitraries";
import type { ViewEvaluations } from "./peers/data";
import { fixture } from "./util";

/** Västerås 2014 (main series), its 2012 evaluation (previous) and Avesta 2014 (other). */
export function viewEvaluations(): ViewEvaluations {
  return { evaluation: fixture("vasteras-2014"), previous: fixture("vasteras-2012"), other: fixture("avesta-2014") };
}

export const SEED = 20140;

/** N generated, self-consistent Kommunkompassen 2.0 evaluations, each of a different municipality (code 1000, 1001, …). */
export function generate(n: number): Evaluation[] {
  return fc.sample(selfConsistentEvaluation(), { numRuns: n, seed: SEED }).map((e, i) => ({
    ...e,
    municipality: { name: `Genererad kommun ${i + 1}`, code: String(1000 + i).padStart(4, "0") },
  }));
}
