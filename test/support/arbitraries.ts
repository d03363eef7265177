import fc from "fast-check";
import { kommunkompassen20, percentOf, type Area, type Evaluation } from "@kommunkompassen/core";

/** Options for {@link selfConsistentEvaluation}. */
export interface EvaluationArbitraryOptions {
  /** Probability-free switch: leave some published values out (partial data), to be derived or missing. */
  partial?: boolean;
}

/**
 * Generates Kommunkompassen 2.0 evaluations whose published numbers agree with each other (area
 * scores are the sums of their sub-question points, percents fit, the total is the sum), so they
 * must validate without errors or warnings. With `partial`, any published value may be left out.
 */
export function selfConsistentEvaluation(options: EvaluationArbitraryOptions = {}): fc.Arbitrary<Evaluation> {
  const keep = options.partial ? fc.boolean() : fc.constant(true);
  const areaArbitraries = kommunkompassen20.areas!.map((definition) =>
    fc
      .record({
        achieved: fc.tuple(...definition.questions!.map((q) => fc.integer({ min: 0, max: q.max! }))),
        keepScore: keep,
        keepQuestions: keep,
        keepPercents: keep,
        keepArea: keep,
      })
      .map(({ achieved, keepScore, keepQuestions, keepPercents, keepArea }): Area | null => {
        if (!keepArea) return null;
        const questions = definition.questions!.map((q, i) => ({
          id: q.id,
          achieved: achieved[i]!,
          max: q.max!,
          ...(keepPercents ? { percent: percentOf(achieved[i]!, q.max!)! } : {}),
        }));
        const score = achieved.reduce((sum, a) => sum + a, 0);
        return {
          id: definition.id,
          title: definition.name.sv,
          max: 100,
          ...(keepScore || !keepQuestions ? { score } : {}),
          ...(keepQuestions ? { questions } : {}),
        };
      }),
  );
  return fc
    .record({
      areas: fc.tuple(...areaArbitraries),
      year: fc.integer({ min: 2010, max: 2030 }),
      code: fc.stringMatching(/^[0-9]{4}$/),
      keepTotal: keep,
    })
    .map(({ areas, year, code, keepTotal }) => {
      const listed = areas.filter((a): a is Area => a !== null);
      const complete = listed.length === 8;
      const total = listed.reduce((sum, a) => sum + (a.score ?? a.questions!.reduce((s, q) => s + q.achieved!, 0)), 0);
      return {
        schemaVersion: 1 as const,
        framework: "kommunkompassen-2.0",
        municipality: { name: "Genererad kommun", code },
        year,
        ...(keepTotal && complete ? { total } : {}),
        areas: listed,
      };
    });
}
