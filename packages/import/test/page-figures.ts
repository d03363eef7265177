/**
 * What a report page written by `renderReportDocument` (`kompass render`) shows of an evaluation,
 * for comparing an evaluation with the import of its page: the facts, the published total, area
 * scores, points and percentages, and every maximum as it is scored (the published one, else the
 * model's: the page prints the maximum an area or a question has, wherever it comes from). Areas
 * with no score and no question are left out (the page shows every area of the model, with
 * "uppgift saknas" for those the evaluation does not give).
 */
import { scoreEvaluation, type Evaluation } from "@kommunkompassen/core";
import { loadFixture, type FixtureName } from "../../../test/support/fixtures";

/** The fixtures with published figures (the `example-*` ones are made up). */
export const REAL_FIXTURES: readonly FixtureName[] = [
  "avesta-2014",
  "vasteras-2012",
  "vasteras-2014",
  "strangnas-2014",
  "strangnas-2016",
  "tomelilla-2020",
  "tomelilla-2023",
  "angelholm-2016",
];

/** Avesta with its total, area 1's score and area 2's percentages left out: its page derives them. */
export function derivedAvesta(): Evaluation {
  const avesta = loadFixture("avesta-2014");
  delete avesta.total;
  delete avesta.areas[0]!.score;
  for (const question of avesta.areas[1]!.questions!) delete question.percent;
  return avesta;
}

export function pageFigures(evaluation: Evaluation | null) {
  if (!evaluation) return null;
  const scored = scoreEvaluation(evaluation);
  return {
    name: evaluation.municipality.name,
    code: evaluation.municipality.code,
    year: evaluation.year,
    date: evaluation.date,
    published: evaluation.published,
    evaluators: evaluation.evaluators,
    framework: evaluation.framework,
    total: evaluation.total,
    areas: evaluation.areas
      .filter((a) => a.score !== undefined || (a.questions ?? []).length > 0)
      .map((area) => {
        const score = scored.areas.find((a) => a.id === area.id)!;
        return {
          id: area.id,
          score: area.score,
          max: score.max,
          questions: (area.questions ?? []).map((q) => [
            q.id,
            q.achieved,
            score.questions.find((s) => s.id === q.id)!.max,
            q.percent,
          ]),
        };
      }),
  };
}

/** The question texts of an evaluation, by area. */
export function questionTexts(evaluation: Evaluation | null): (string | undefined)[][] {
  return (evaluation?.areas ?? []).map((a) => (a.questions ?? []).map((q) => q.text));
}
