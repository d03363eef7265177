import { describe, expect, it } from "vitest";
import { percentOf, roundHalfUp, scoreEvaluation, type Evaluation } from "../src";
import { loadFixture } from "../../../test/support/fixtures";

describe("rounding policy", () => {
  it("rounds half up, also where binary floating point would round down", () => {
    expect(roundHalfUp(50.5)).toBe(51);
    expect(roundHalfUp(41.49)).toBe(41);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(percentOf(404, 800)).toBe(51);
    expect(percentOf(9, 20)).toBe(45);
    expect(percentOf(1, 0)).toBeNull();
  });
});

describe("scoreEvaluation derives only what was not published", () => {
  it("derives an area score from a complete question set and marks it derived", () => {
    const evaluation = loadFixture("avesta-2014");
    delete evaluation.areas[0]!.score;
    delete evaluation.total;
    const scores = scoreEvaluation(evaluation);
    expect(scores.areas[0]!.score).toEqual({ value: 52, source: "derived" });
    expect(scores.total).toEqual({ value: 404, source: "derived" });
  });

  it("a published value is never replaced, even where the questions add up differently (Avesta area 6)", () => {
    const scores = scoreEvaluation(loadFixture("avesta-2014"));
    expect(scores.areas[5]!.score).toEqual({ value: 52, source: "published" });
    expect(scores.areas[5]!.questionSum).toBe(51);
  });

  it("does not derive an area score from an incomplete question set", () => {
    const evaluation = loadFixture("avesta-2014");
    delete evaluation.areas[0]!.score;
    evaluation.areas[0]!.questions!.pop();
    const area = scoreEvaluation(evaluation).areas[0]!;
    expect(area.score).toEqual({ value: null, source: "missing" });
    expect(area.questionSum).toBeNull();
  });

  it("derives percentages from achieved/max, half up, and keeps published ones", () => {
    const evaluation = loadFixture("avesta-2014");
    delete evaluation.areas[0]!.questions![0]!.percent; // 10 of 15
    const questions = scoreEvaluation(evaluation).areas[0]!.questions;
    expect(questions[0]!.percent).toEqual({ value: 67, source: "derived" });
    expect(questions[1]!.percent).toEqual({ value: 42, source: "published" });
  });

  it("takes a question's max from the framework when not published", () => {
    const evaluation = loadFixture("avesta-2014");
    delete evaluation.areas[0]!.questions![0]!.max;
    expect(scoreEvaluation(evaluation).areas[0]!.questions[0]!.max).toBe(15);
  });

  it("an unknown area makes a derived total null, never the sum of the known ones", () => {
    const evaluation = loadFixture("avesta-2014");
    delete evaluation.total;
    delete evaluation.areas[3]!.score;
    delete evaluation.areas[3]!.questions;
    const scores = scoreEvaluation(evaluation);
    expect(scores.total).toEqual({ value: null, source: "missing" });
    expect(scores.missingAreas).toEqual([4]);
  });

  it("lists framework areas the file leaves out, as gaps", () => {
    const evaluation = loadFixture("vasteras-2014");
    evaluation.areas = evaluation.areas.filter((a) => a.id !== 8 && a.id !== 3);
    const scores = scoreEvaluation(evaluation);
    expect(scores.areas.map((a) => [a.id, a.score.value, a.listed])).toEqual([
      [1, 67, true],
      [2, 78, true],
      [3, null, false],
      [4, 75, true],
      [5, 72, true],
      [6, 69, true],
      [7, 84, true],
      [8, null, false],
    ]);
    expect(scores.max).toBe(800);
  });

  it("an unknown framework: listed areas by id, max 100 each by convention, no total assumed", () => {
    const evaluation: Evaluation = {
      schemaVersion: 1,
      framework: "custom-model",
      municipality: { name: "Test" },
      year: 2020,
      areas: [
        { id: 2, score: 30 },
        {
          id: 1,
          title: "Första",
          questions: [
            { id: "1.1", achieved: 20, max: 60 },
            { id: "1.2", achieved: 15, max: 40 },
          ],
        },
      ],
    };
    const scores = scoreEvaluation(evaluation);
    expect(scores.knownFramework).toBe(false);
    expect(scores.areas.map((a) => [a.id, a.name, a.score.value, a.score.source, a.maxSource])).toEqual([
      [1, "Första", 35, "derived", "default"],
      [2, "Område 2", 30, "published", "default"],
    ]);
    // With no definition, nothing says these two areas are all of the model's: the sum 65 is no total.
    expect(scores.areaSetKnown).toBe(false);
    expect(scores.total).toEqual({ value: null, source: "missing" });
    expect(scores.max).toBeNull();
    expect(scores.percent).toEqual({ value: null, source: "missing" });
  });
});
