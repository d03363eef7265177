import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareEvaluations, evaluationSeries, parseEvaluation, scoreEvaluation, validateEvaluation } from "../src";
import { selfConsistentEvaluation } from "../../../test/support/arbitraries";

describe("the validator never throws", () => {
  it("on arbitrary values, including NaN, Infinity and prototype keys", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withObjectString: true,
          withBoxedValues: true,
          withSparseArray: true,
          maxDepth: 4,
        }),
        (value) => {
          const result = validateEvaluation(value);
          expect(typeof result.valid).toBe("boolean");
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => void validateEvaluation(value)),
      { numRuns: 2000 },
    );
  });

  it("on arbitrary text, and leaves Object.prototype alone", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.constant('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}'),
        ),
        (text) => {
          const result = parseEvaluation(text);
          expect(result.valid).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("generated evaluations score consistently", () => {
  it("self-consistent evaluations are valid without warnings", () => {
    fc.assert(
      fc.property(selfConsistentEvaluation(), (evaluation) => {
        const result = validateEvaluation(evaluation);
        expect(result.errors).toEqual([]);
        expect(result.warnings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("derived values equal the sums of what was published; unknown stays unknown", () => {
    fc.assert(
      fc.property(selfConsistentEvaluation({ partial: true }), (evaluation) => {
        const result = validateEvaluation(evaluation);
        expect(result.errors).toEqual([]);
        const scores = scoreEvaluation(evaluation);
        for (const area of scores.areas) {
          const listed = evaluation.areas.find((a) => a.id === area.id);
          if (!listed) expect(area.score.value).toBeNull();
          else if (listed.score !== undefined) expect(area.score).toEqual({ value: listed.score, source: "published" });
          else
            expect(area.score).toEqual({
              value: listed.questions!.reduce((s, q) => s + q.achieved!, 0),
              source: "derived",
            });
          expect(area.percent.value).toBe(area.score.value);
        }
        if (scores.missingAreas.length > 0) expect(scores.total.value).toBeNull();
        else expect(scores.total.value).toBe(scores.areas.reduce((s, a) => s + a.score.value!, 0));
        const series = evaluationSeries(evaluation);
        expect(series.values.map((v) => v.value)).toEqual(scores.areas.map((a) => a.score.value));
      }),
      { numRuns: 300 },
    );
  });

  it("an evaluation compared with itself a year later has zero deltas where known", () => {
    fc.assert(
      fc.property(selfConsistentEvaluation({ partial: true }), (evaluation) => {
        const later = { ...evaluation, year: evaluation.year + 1 };
        const comparison = compareEvaluations(evaluation, later);
        for (const area of comparison.areas) expect(area.delta === null || area.delta === 0).toBe(true);
        expect(comparison.comparable).toBe(
          comparison.areas.every((a) => a.delta === 0) && comparison.total.delta === 0,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseEvaluation on text that breaks off inside a key", () => {
  it.each(['{"\\', '{"a\\', '{"\\u12', '{"k":1,"\\"'])("%s is invalid JSON, reported, not thrown", (text) => {
    const result = parseEvaluation(text);
    expect(result.valid).toBe(false);
    expect(result.errors[0]?.kind).toBe("json-syntax");
  });
});
