// Built by profile.tsx once per variant (with or without the patches of patches.ts) and run in its
// own process: medians of the report page, the radar + bar view and validation.
import { performance } from "node:perf_hooks";
import { renderToString } from "react-dom/server";
import { EvaluationReport, validateEvaluation } from "@kommunkompassen/react";
import { generate, viewEvaluations } from "./inputs";
import { OursView } from "./peers/ours";
import { emit, fixture, median } from "./util";

function timed(times: number, warmup: number, f: () => void): number {
  const samples: number[] = [];
  for (let i = -warmup; i < times; i++) {
    const t0 = performance.now();
    f();
    if (i >= 0) samples.push(performance.now() - t0);
  }
  return median(samples);
}

const avesta = fixture("avesta-2014");
const view = viewEvaluations();
const evaluations = generate(300);
emit({
  reportMs: timed(80, 20, () => renderToString(<EvaluationReport evaluation={avesta} />)),
  viewMs: timed(150, 20, () => renderToString(<OursView {...view} />)),
  // Fresh objects each pass: a cache keyed by the object must not make this look free.
  validateUs:
    ((timed(5, 1, () => {
      for (const e of evaluations) validateEvaluation(structuredClone(e));
    }) -
      timed(5, 1, () => {
        for (const e of evaluations) structuredClone(e);
      })) *
      1000) /
    evaluations.length,
});
