import { describe, expect, it } from "vitest";
import { compareEvaluations, formatIssue, scoreEvaluation, validateEvaluation } from "../src";
import { loadFixture } from "../../../test/support/fixtures";

// The figures below are read from the published reports (test/fixtures/reports/).
const AVESTA_AREAS = [52, 41, 56, 44, 46, 52, 45, 68];
const VASTERAS_2012 = [58, 69, 82, 65, 68, 64, 74];
const VASTERAS_2014 = [67, 78, 84, 75, 72, 69, 84];

describe("Avesta 2014 (complete report)", () => {
  const evaluation = loadFixture("avesta-2014");

  it("is valid, with exactly the area 6 warning and no invented ones", () => {
    const result = validateEvaluation(evaluation);
    expect(result.valid).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatIssue)).toEqual([
      "/areas/5/score: area 6 is published as 52, but its sub-question points add up to 51",
    ]);
    expect(result.warnings[0]).toMatchObject({
      severity: "warning",
      kind: "area-sum-mismatch",
      details: { area: 6, published: 52, sum: 51, difference: 1 },
    });
  });

  it("scores as published: areas, total 404 of 800", () => {
    const scores = scoreEvaluation(evaluation);
    expect(scores.areas.map((a) => a.score.value)).toEqual(AVESTA_AREAS);
    expect(scores.areas.every((a) => a.score.source === "published")).toBe(true);
    expect(scores.total).toEqual({ value: 404, source: "published" });
    expect(scores.max).toBe(800);
    expect(scores.missingAreas).toEqual([]);
  });

  it("keeps every sub-question row exactly as published", () => {
    const scores = scoreEvaluation(evaluation);
    const area1 = scores.areas[0]!;
    expect(area1.questions.map((q) => [q.id, q.achieved.value, q.max, q.percent.value])).toEqual([
      ["1.1", 10, 15, 65],
      ["1.2", 8, 20, 42],
      ["1.3", 8, 25, 30],
      ["1.4", 23, 30, 78],
      ["1.5", 3, 10, 34],
    ]);
    expect(area1.questions.every((q) => q.percent.source === "published")).toBe(true);
    // 45 sub-questions in all, and every area's maxima add up to 100.
    expect(scores.areas.flatMap((a) => a.questions)).toHaveLength(45);
    for (const area of scores.areas) expect(area.questions.reduce((s, q) => s + (q.max ?? 0), 0)).toBe(100);
    // The published question sums, area by area (area 6: 51, against the published 52).
    expect(scores.areas.map((a) => a.questionSum)).toEqual([52, 41, 56, 44, 46, 51, 45, 68]);
  });

  it("has the narrative lists of every area", () => {
    expect(evaluation.areas.map((a) => [a.strengths?.length, a.improvements?.length, a.weaknesses?.length])).toEqual([
      [4, 3, 3],
      [3, 4, 4],
      [2, 6, 5],
      [3, 4, 2],
      [2, 4, 2],
      [4, 6, 1],
      [3, 2, 2],
      [3, 4, 0],
    ]);
    expect(evaluation.areas[0]!.strengths![0]).toBe("Tydlig strategi för medborgarinflytande");
  });
});

describe("Västerås 2012 and 2014 (partial reports)", () => {
  const v2012 = loadFixture("vasteras-2012");
  const v2014 = loadFixture("vasteras-2014");

  it("are valid without warnings", () => {
    for (const evaluation of [v2012, v2014]) {
      const result = validateEvaluation(evaluation);
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([]);
    }
  });

  it("score areas 1–7 as published; area 8 and the total are unknown, not summed", () => {
    for (const [evaluation, published] of [
      [v2012, VASTERAS_2012],
      [v2014, VASTERAS_2014],
    ] as const) {
      const scores = scoreEvaluation(evaluation);
      expect(scores.areas.map((a) => a.score.value)).toEqual([...published, null]);
      expect(scores.missingAreas).toEqual([8]);
      expect(scores.total).toEqual({ value: null, source: "missing" });
      expect(scores.percent.value).toBeNull();
    }
  });

  it("compare 2012 → 2014 per area, with area 8 and the total unknown", () => {
    const comparison = compareEvaluations(v2012, v2014);
    expect(comparison.areas.map((a) => a.delta)).toEqual([9, 9, 2, 10, 4, 5, 10, null]);
    expect(comparison.total).toEqual({ from: null, to: null, delta: null });
    expect(comparison.comparable).toBe(false);
    expect(comparison.reasons.map((r) => r.kind)).toEqual(["missing-values"]);
    expect(comparison.reasons[0]!.areas).toEqual([8]);
  });

  it("2014 carries the 2012 scores as its previous reference", () => {
    const reference = v2014.references![0]!;
    expect(reference.kind).toBe("previous");
    expect(reference.areas.map((a) => a.score)).toEqual(VASTERAS_2012);
  });
});

describe("the 2.0 question wording (@kommunkompassen/core/question-texts)", () => {
  it("has all 45 questions, worded as the Avesta report prints them", async () => {
    const { kommunkompassen20QuestionTexts } = await import("../src/question-texts");
    const avesta = loadFixture("avesta-2014");
    const published = avesta.areas.flatMap((a) => a.questions!.map((q) => [q.id, q.text] as const));
    expect(Object.entries(kommunkompassen20QuestionTexts)).toEqual(published);
  });

  it("is not used to fill in a text the evaluation leaves out", () => {
    const evaluation = loadFixture("avesta-2014");
    delete evaluation.areas[0]!.questions![0]!.text;
    expect(scoreEvaluation(evaluation).areas[0]!.questions[0]!.text).toBeNull();
  });
});
