import { getFramework, areaName, knownAreas, type Framework } from "../frameworks";
import type { Area, Evaluation, Question } from "../schema/types";
import { percentOf, same } from "../validate/rules";

/** Where a number comes from: printed in the report, computed by the library, or not known. */
export type ValueSource = "published" | "derived" | "missing";

/** A number with its provenance. `value` is `null` exactly when `source` is `missing`. */
export interface SourcedValue {
  /** The number, or `null` when it is not known. */
  value: number | null;
  /** `published` (as printed), `derived` (computed under the rounding policy) or `missing`. */
  source: ValueSource;
}

/** Where a maximum comes from: printed, the framework's definition, or the model's convention (100 per area). */
export type MaxSource = "published" | "framework" | "default";

/** One sub-question, scored. */
export interface QuestionScore {
  /** `<area>.<n>`. */
  id: string;
  /** The published question text, if any (never filled in from the framework). */
  text: string | null;
  /** Achieved points; never derived. */
  achieved: SourcedValue;
  /** The maximum: published, else the framework's; `null` when neither is known. */
  max: number | null;
  /** The percent: published, else derived from achieved/max. */
  percent: SourcedValue;
}

/** One main area, scored. */
export interface AreaScore {
  /** The area number. */
  id: number;
  /** The framework's name (Swedish) where known, else the published title, else "Område N". */
  name: string;
  /** The title as published, if any. */
  publishedTitle: string | null;
  /** The area score: published, else derived from a complete set of sub-questions. */
  score: SourcedValue;
  /** The area maximum. */
  max: number;
  /** Where {@link AreaScore.max} comes from. */
  maxSource: MaxSource;
  /** The score as a whole percent of the maximum. */
  percent: SourcedValue;
  /** The sub-questions in published order. */
  questions: QuestionScore[];
  /**
   * The sum of the published achieved points when the sub-questions are complete (the full known
   * set, or maxima adding up to the area maximum), else `null`.
   */
  questionSum: number | null;
  /** True when the area is listed in the evaluation (false for a framework area the file leaves out). */
  listed: boolean;
}

/** An evaluation, scored: every number the charts and tables show, with its provenance. */
export interface EvaluationScore {
  /** The framework id of the evaluation. */
  framework: string;
  /** Whether the framework is one the library knows (built in, or among the extra definitions). */
  knownFramework: boolean;
  /**
   * Whether the model's area set is known (a known model that lists its areas, its model stated).
   * Without it, no total is derived from area scores and the total maximum is not known.
   */
  areaSetKnown: boolean;
  /** The areas: the framework's areas in order (missing ones included), else the listed areas by id. */
  areas: AreaScore[];
  /**
   * The total: published, else the sum of all area scores when the area set is known and every
   * score in it is known; never a partial sum.
   */
  total: SourcedValue;
  /** The total maximum (800 in the standard models), or `null` when the area set is not known. */
  max: number | null;
  /** The total as a whole percent of the maximum. */
  percent: SourcedValue;
  /** Ids of areas without a score. */
  missingAreas: number[];
}

const published = (value: number): SourcedValue => ({ value, source: "published" });
const derived = (value: number): SourcedValue => ({ value, source: "derived" });
const missing: SourcedValue = Object.freeze({ value: null, source: "missing" }) as SourcedValue;
const orDerive = (value: number | null): SourcedValue => (value === null ? missing : derived(value));

function scoreQuestion(question: Question, framework: Framework | undefined, areaId: number): QuestionScore {
  const known = framework?.areas?.find((a) => a.id === areaId)?.questions?.find((q) => q.id === question.id);
  const max = question.max ?? known?.max ?? null;
  const achieved = question.achieved === undefined ? missing : published(question.achieved);
  const percent =
    question.percent !== undefined
      ? published(question.percent)
      : achieved.value !== null && max !== null
        ? orDerive(percentOf(achieved.value, max))
        : missing;
  return { id: question.id, text: question.text ?? null, achieved, max, percent };
}

/**
 * The sum of achieved points when the area's sub-questions are complete, else `null`. Complete means
 * every question of the framework's known set is present with its achieved points; for an unknown
 * set, that the listed maxima add up to the area maximum.
 */
function completeQuestionSum(
  area: Area,
  questions: QuestionScore[],
  framework: Framework | undefined,
  max: number,
): number | null {
  if (questions.length === 0 || questions.some((q) => q.achieved.value === null)) return null;
  const knownSet = framework?.areas?.find((a) => a.id === area.id)?.questions;
  if (knownSet) {
    const ids = new Set(questions.map((q) => q.id));
    if (!knownSet.every((q) => ids.has(q.id))) return null;
  } else {
    if (questions.some((q) => q.max === null)) return null;
    const maxSum = questions.reduce((sum, q) => sum + (q.max ?? 0), 0);
    if (!same(maxSum, max)) return null;
  }
  return questions.reduce((sum, q) => sum + (q.achieved.value ?? 0), 0);
}

function scoreArea(area: Area | undefined, id: number, framework: Framework | undefined): AreaScore {
  const definition = framework?.areas?.find((a) => a.id === id);
  const max = area?.max ?? definition?.max ?? 100;
  const maxSource: MaxSource = area?.max !== undefined ? "published" : definition ? "framework" : "default";
  const questions = (area?.questions ?? []).map((q) => scoreQuestion(q, framework, id));
  const questionSum = area ? completeQuestionSum(area, questions, framework, max) : null;
  const score = area?.score !== undefined ? published(area.score) : orDerive(questionSum);
  return {
    id,
    name: areaName(framework, id, "sv", area?.title),
    publishedTitle: area?.title ?? null,
    score,
    max,
    maxSource,
    percent: score.value === null ? missing : orDerive(percentOf(score.value, max)),
    questions,
    questionSum,
    listed: area !== undefined,
  };
}

/**
 * Scores an evaluation as the reports publish it: published values are kept exactly, values that
 * were not published are derived (area score from a complete set of sub-questions, total from all
 * area scores, percentages from points) and marked `derived`. An unknown area, or an area set that
 * is not known, makes a derived total `null`, never the sum of the known ones.
 *
 * Expects a structurally valid evaluation (see {@link validateEvaluation}); extra `frameworks`
 * extend the built-in ones.
 */
export function scoreEvaluation(evaluation: Evaluation, frameworks: readonly Framework[] = []): EvaluationScore {
  const framework = getFramework(evaluation.framework, frameworks);
  const byId = new Map<number, Area>();
  for (const area of evaluation.areas) if (!byId.has(area.id)) byId.set(area.id, area);

  const defined = framework?.areas;
  const ids = defined
    ? [...defined.map((a) => a.id), ...[...byId.keys()].filter((id) => !defined.some((a) => a.id === id))]
    : [...byId.keys()].sort((a, b) => a - b);
  const areas = ids.map((id) => scoreArea(byId.get(id), id, framework));

  const areaSetKnown = knownAreas(framework) !== null;
  const max = areaSetKnown ? areas.reduce((sum, a) => sum + a.max, 0) : null;
  const missingAreas = areas.filter((a) => a.score.value === null).map((a) => a.id);
  const total =
    evaluation.total !== undefined
      ? published(evaluation.total)
      : areaSetKnown && missingAreas.length === 0 && areas.length > 0
        ? derived(areas.reduce((sum, a) => sum + (a.score.value ?? 0), 0))
        : missing;
  return {
    framework: evaluation.framework,
    knownFramework: framework !== undefined,
    areaSetKnown,
    areas,
    total,
    max,
    percent: total.value === null || max === null ? missing : orDerive(percentOf(total.value, max)),
    missingAreas,
  };
}
