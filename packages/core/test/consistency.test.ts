import { describe, expect, it } from "vitest";
import { formatIssue, percentFitsAchieved, validateEvaluation, type Evaluation } from "../src";
import { loadFixture } from "../../../test/support/fixtures";

function warningsAfter(
  mutate: (e: Evaluation) => void,
  base = loadFixture("avesta-2014"),
): ReturnType<typeof validateEvaluation>["warnings"] {
  mutate(base);
  const result = validateEvaluation(base);
  expect(result.errors).toEqual([]);
  return result.warnings;
}

/** Avesta 2014 with area 6's score set to its question sum: a self-consistent evaluation. */
function selfConsistentAvesta(): Evaluation {
  const evaluation = loadFixture("avesta-2014");
  evaluation.areas[5]!.score = 51;
  evaluation.total = 403;
  return evaluation;
}

describe("consistency warnings", () => {
  it("a self-consistent evaluation gives no warnings", () => {
    expect(validateEvaluation(selfConsistentAvesta()).warnings).toEqual([]);
  });

  it("every published percent of Avesta 2014 fits its achieved points under rounding", () => {
    const evaluation = loadFixture("avesta-2014");
    for (const area of evaluation.areas) {
      for (const q of area.questions!) expect(percentFitsAchieved(q.achieved!, q.max!, q.percent!), q.id).toBe(true);
    }
  });

  it("percent-mismatch: a percent that cannot come from achieved/max", () => {
    const warnings = warningsAfter((e) => (e.areas[0]!.questions![0]!.percent = 80), selfConsistentAvesta());
    expect(warnings.map(formatIssue)).toEqual([
      "/areas/0/questions/0/percent: 80 % cannot come from 10 of 15 points, even allowing for rounding",
    ]);
    expect(warnings[0]!.details).toEqual({ question: "1.1", percent: 80, achieved: 10, max: 15 });
  });

  it("percent-mismatch respects the rounding interval at both edges", () => {
    // 10 of 15 stands for 9.5–10.5 points: 63.3 %–70 %, so 63 % and 70 % fit, 62 % and 71 % do not.
    expect(percentFitsAchieved(10, 15, 63)).toBe(true);
    expect(percentFitsAchieved(10, 15, 70)).toBe(true);
    expect(percentFitsAchieved(10, 15, 62)).toBe(false);
    expect(percentFitsAchieved(10, 15, 71)).toBe(false);
    // 0 points stands for 0–0.5 points, never negative.
    expect(percentFitsAchieved(0, 10, 5)).toBe(true);
    expect(percentFitsAchieved(0, 10, 6)).toBe(false);
  });

  it("total-mismatch: a total that differs from the sum of the areas", () => {
    const warnings = warningsAfter((e) => (e.total = 410), selfConsistentAvesta());
    expect(warnings.map(formatIssue)).toEqual([
      "/total: the total is published as 410, but the area scores add up to 403",
    ]);
    expect(warnings[0]).toMatchObject({ kind: "total-mismatch", details: { published: 410, sum: 403, difference: 7 } });
  });

  it("no total check when an area score is unknown", () => {
    const evaluation = loadFixture("vasteras-2014");
    evaluation.total = 700;
    expect(validateEvaluation(evaluation).warnings).toEqual([]);
  });

  it("area-name-mismatch: a name that differs from the framework's, naming the other version", () => {
    const warnings = warningsAfter((e) => (e.areas[6]!.title = "Ständiga förbättringar"), selfConsistentAvesta());
    expect(warnings.map(formatIssue)).toEqual([
      '/areas/6/title: "Ständiga förbättringar" differs from the Kommunkompassen 2.0 name "Verksamhetsutveckling" (it is the Kommunkompassen 2.1 name)',
    ]);
  });

  it("names that differ only in dashes, case and spacing are the same name", () => {
    const warnings = warningsAfter((e) => {
      e.areas[5]!.title = "Kommunen som arbetsgivare - personalpolitik";
      e.areas[0]!.title = "OFFENTLIGHET  och demokrati";
    }, selfConsistentAvesta());
    expect(warnings).toEqual([]);
  });

  it("2.0 names in a 2.1 evaluation are reported (the drift the reports show)", () => {
    const evaluation: Evaluation = {
      schemaVersion: 1,
      framework: "kommunkompassen-2.1",
      municipality: { name: "Exempelby kommun" },
      year: 2018,
      areas: [
        { id: 2, title: "Tillgänglighet och brukarorientering", score: 60 },
        { id: 7, title: "Ständiga förbättringar", score: 53 },
      ],
    };
    const result = validateEvaluation(evaluation);
    expect(result.warnings.map((w) => [w.kind, w.path])).toEqual([["area-name-mismatch", "/areas/0/title"]]);
    expect(result.warnings[0]!.details).toMatchObject({
      expected: "Brukarfokus, tillgänglighet och bemötande",
      matches: "Kommunkompassen 2.0",
    });
  });

  it("date-year-mismatch: an evaluation date outside the evaluation year", () => {
    const warnings = warningsAfter((e) => (e.date = "2013-12"), selfConsistentAvesta());
    expect(warnings.map(formatIssue)).toEqual([
      "/date: the evaluation date 2013-12 is not in the evaluation year 2014",
    ]);
    // The report's own date may be later (Västerås 2014 was published 2015-04-29): no warning.
    expect(validateEvaluation(loadFixture("vasteras-2014")).warnings).toEqual([]);
  });

  it("unknown-framework: valid, checked structurally, and said so", () => {
    const evaluation = loadFixture("vasteras-2014");
    evaluation.framework = "kommunkompassen-2.0-region-x";
    evaluation.areas.push({ id: 9, title: "Regional extra", score: 40 });
    const result = validateEvaluation(evaluation);
    expect(result.valid).toBe(true);
    expect(result.warnings.map((w) => w.kind)).toEqual(["unknown-framework"]);
  });

  it("own framework definitions are honoured", () => {
    const evaluation = loadFixture("vasteras-2014");
    evaluation.framework = "region-x";
    evaluation.areas = [{ id: 1, score: 50, questions: [{ id: "1.1", achieved: 12, max: 10 }] }];
    const frameworks = [
      { id: "region-x", label: "Region X", version: "1", areas: [{ id: 1, name: { sv: "Ett", en: "One" }, max: 100 }] },
    ];
    const result = validateEvaluation(evaluation, { frameworks });
    expect(result.errors.map(formatIssue)).toEqual([
      "/areas/0/questions/0/achieved: 12 is more than the question's max 10",
    ]);
  });
});
