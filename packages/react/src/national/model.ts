/**
 * What the national view's components share: a collection's evaluations scored once, their
 * statistics per model (the core's `collectionStatistics`: never across models), and the wording of a
 * place. Pure; no DOM, no React.
 */
import {
  collectionStatistics,
  compareSwedish,
  formatNumber,
  getFramework,
  isolateBidi,
  scoreEvaluation,
  type CollectionStatistics,
  type Evaluation,
  type EvaluationScore,
  type EvaluationStanding,
  type Framework,
  type GroupStatistics,
} from "@kommunkompassen/core";
import { modelLabel, type NationalMessages } from "../i18n/messages";

/** Scores by evaluation object (evaluations are immutable, as React treats props); only without extra frameworks. */
const scores = new WeakMap<Evaluation, EvaluationScore>();

/** {@link scoreEvaluation}, once per evaluation object: a site renders the same collection on every page. */
export function scoreOnce(evaluation: Evaluation, frameworks?: readonly Framework[]): EvaluationScore {
  if (frameworks && frameworks.length > 0) return scoreEvaluation(evaluation, frameworks);
  let score = scores.get(evaluation);
  if (!score) {
    score = scoreEvaluation(evaluation);
    scores.set(evaluation, score);
  }
  return score;
}

/** One evaluation of a collection with what the views show of it. */
export interface CollectionEntry {
  /** Its index in the input. */
  index: number;
  evaluation: Evaluation;
  score: EvaluationScore;
  /** Where it stands within its model (the core's standing; `rank: null` with a reason when not ranked). */
  standing: EvaluationStanding;
  /** Its area scores by id. */
  areas: ReadonlyMap<number, number | null>;
  /** Whether its model is stated (a model not stated is shown, never ranked). */
  modelStated: boolean;
}

/** A collection's entries and statistics. */
export interface CollectionModel {
  entries: CollectionEntry[];
  statistics: CollectionStatistics;
  /** The statistics of each model by its id. */
  groups: ReadonlyMap<string, GroupStatistics>;
}

/** Models by the evaluations array they were computed for (the validated array: stable for the same inputs). */
const models = new WeakMap<readonly Evaluation[], Map<string, CollectionModel>>();

/**
 * The entries and statistics of a collection, computed once per (validated) evaluations array and
 * options: the views of a page, and every page of a site, share them. Ranks are the core's: per
 * model, the latest evaluation of each municipality by default, every one with `all`.
 */
export function collectionModel(
  evaluations: readonly Evaluation[],
  all: boolean,
  frameworks?: readonly Framework[],
): CollectionModel {
  const cacheable = !frameworks || frameworks.length === 0;
  const key = all ? "all" : "latest";
  const cached = cacheable ? models.get(evaluations)?.get(key) : undefined;
  if (cached) return cached;
  const statistics = collectionStatistics(evaluations, { all, ...(frameworks ? { frameworks } : {}) });
  const entries = evaluations.map((evaluation, index): CollectionEntry => {
    const score = scoreOnce(evaluation, frameworks);
    return {
      index,
      evaluation,
      score,
      standing: statistics.evaluations[index]!,
      areas: new Map(score.areas.map((a) => [a.id, a.score.value])),
      modelStated: getFramework(evaluation.framework, frameworks)?.modelStated !== false,
    };
  });
  const model: CollectionModel = {
    entries,
    statistics,
    groups: new Map(statistics.groups.map((g) => [g.framework, g])),
  };
  if (cacheable) {
    let byKey = models.get(evaluations);
    if (!byKey) models.set(evaluations, (byKey = new Map()));
    byKey.set(key, model);
  }
  return model;
}

/** "Avesta kommun 2014", isolated so that a bidi control in the name cannot turn the year round. */
export function evaluationName(evaluation: Evaluation): string {
  return `${isolateBidi(evaluation.municipality.name)} ${evaluation.year}`;
}

/** The municipality's identity: its code when it has one, else its name. */
export function municipalityKey(evaluation: Evaluation): string {
  return evaluation.municipality.code?.trim() || evaluation.municipality.name.normalize("NFC").trim().toLowerCase();
}

/** How often each value occurs (O(n)): a place is shared where its value occurs more than once. */
export function valueCounts(values: Iterable<number | null>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** A score with its maximum where the model's is known: "404 av 800 poäng", "426,5 p". */
export function totalText(score: EvaluationScore, m: NationalMessages): string {
  const value = score.total.value;
  if (value === null) return m.noData;
  return score.max === null
    ? m.points(formatNumber(value, m.lang))
    : m.totalLine(formatNumber(value, m.lang), formatNumber(score.max, m.lang));
}

/** The order of the models in a view: stated models by their latest year (newest first), then those not stated. */
export function modelOrder(entries: readonly CollectionEntry[]): string[] {
  const latest = new Map<string, { year: number; stated: boolean }>();
  for (const { evaluation, modelStated } of entries) {
    const seen = latest.get(evaluation.framework);
    if (!seen || evaluation.year > seen.year)
      latest.set(evaluation.framework, { year: evaluation.year, stated: modelStated });
  }
  return [...latest]
    .sort(([a, x], [b, y]) => Number(y.stated) - Number(x.stated) || y.year - x.year || compareSwedish(a, b))
    .map(([id]) => id);
}

/** A model's label in the messages' language (an id with no definition said so). */
export function labelOf(id: string, m: NationalMessages, frameworks?: readonly Framework[]): string {
  return modelLabel(id, m, frameworks);
}
