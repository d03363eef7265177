import { describe, expect, it } from "vitest";
import { collectSeries, compareEvaluations, delta, evaluationSeries, referenceSeries } from "../src";
import { loadFixture } from "../../../test/support/fixtures";

describe("compareEvaluations", () => {
  it("an evaluation compared with an improved copy of itself is comparable, with exact deltas", () => {
    const before = loadFixture("avesta-2014");
    const after = loadFixture("avesta-2014");
    after.year = 2018;
    after.areas[0]!.score = 60;
    after.areas[0]!.questions![3]!.achieved = 27;
    after.total = 412;
    const comparison = compareEvaluations(before, after);
    expect(comparison.comparable).toBe(true);
    expect(comparison).toMatchObject({ frameworkChanged: false, areasComparable: true, changeReadable: true });
    expect(comparison.reasons).toEqual([]);
    expect(comparison.total).toEqual({ from: 404, to: 412, delta: 8 });
    expect(comparison.areas[0]).toMatchObject({ id: 1, from: 52, to: 60, delta: 8 });
    expect(comparison.areas[0]!.questions.find((q) => q.id === "1.4")).toEqual({
      id: "1.4",
      from: 23,
      to: 27,
      delta: 4,
    });
    expect(comparison.areas.slice(1).every((a) => a.delta === 0)).toBe(true);
  });

  it("a framework change makes the comparison not comparable, but keeps the deltas", () => {
    const before = loadFixture("vasteras-2014");
    const after = loadFixture("vasteras-2014");
    after.year = 2018;
    after.framework = "kommunkompassen-2.1";
    after.areas.forEach((a) => delete a.title);
    const comparison = compareEvaluations(before, after);
    expect(comparison.comparable).toBe(false);
    expect(comparison.reasons.map((r) => r.kind)).toEqual(["framework-changed", "missing-values"]);
    expect(comparison.areas[0]!.delta).toBe(0);
    // 2.0 and 2.1 define their areas alike, but a change of model is not read as change.
    expect(comparison).toMatchObject({ frameworkChanged: true, areasComparable: true, changeReadable: false });
  });

  it("a changed sub-question set is a reason", () => {
    const before = loadFixture("avesta-2014");
    const after = loadFixture("avesta-2014");
    after.year = 2016;
    after.areas[1]!.questions!.pop();
    const comparison = compareEvaluations(before, after);
    expect(comparison.reasons).toEqual([
      {
        kind: "question-set-changed",
        message: "the sub-questions of area 2 differ between the evaluations",
        areas: [2],
      },
    ]);
    expect(comparison.areas[1]!.questions.find((q) => q.id === "2.6")).toEqual({
      id: "2.6",
      from: 5,
      to: null,
      delta: null,
    });
  });

  it("different municipalities and reversed order are reasons", () => {
    const comparison = compareEvaluations(loadFixture("vasteras-2014"), loadFixture("avesta-2014"));
    expect(comparison.reasons.map((r) => r.kind)).toEqual([
      "different-municipality",
      "not-chronological",
      "missing-values",
    ]);
  });

  it("delta is null whenever a side is unknown and free of floating point noise", () => {
    expect(delta(null, 5)).toEqual({ from: null, to: 5, delta: null });
    expect(delta(0.1, 0.3)).toEqual({ from: 0.1, to: 0.3, delta: 0.2 });
  });
});

describe("series", () => {
  it("the evaluation's series has gaps (null) for unknown areas, never zeros", () => {
    const series = evaluationSeries(loadFixture("vasteras-2014"));
    expect(series.label).toBe("Västerås stad 2014");
    expect(series.values.map((v) => v.value)).toEqual([67, 78, 84, 75, 72, 69, 84, null]);
    expect(series.total).toBeNull();
  });

  it("collects the evaluation, its previous evaluation and references without drawing one twice", () => {
    const v2014 = loadFixture("vasteras-2014");
    expect(collectSeries(v2014).map((s) => [s.kind, s.label])).toEqual([
      ["evaluation", "Västerås stad 2014"],
      ["previous", "Västerås stad 2012"],
    ]);
    const withFile = collectSeries(v2014, { previous: loadFixture("vasteras-2012") });
    expect(withFile.map((s) => s.kind)).toEqual(["evaluation", "previous"]);
    expect(withFile[1]!.values.map((v) => v.value)).toEqual([58, 69, 82, 65, 68, 64, 74, null]);
  });

  it("a reference series of another framework keeps its framework and fills its areas", () => {
    const series = referenceSeries({
      kind: "average",
      label: "Genomsnitt 2.1",
      framework: "kommunkompassen-2.1",
      total: 474,
      areas: [{ id: 7, score: 53 }],
    });
    expect(series.framework).toBe("kommunkompassen-2.1");
    expect(series.values).toHaveLength(8);
    expect(series.values[6]).toEqual({ areaId: 7, value: 53 });
    expect(series.values[0]).toEqual({ areaId: 1, value: null });
    expect(series.total).toBe(474);
  });
});
