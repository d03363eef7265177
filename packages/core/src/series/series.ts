import { getFramework, sameAreaSet, type Framework } from "../frameworks";
import type { Evaluation, Reference } from "../schema/types";
import { scoreEvaluation } from "../score/score";

/** What a chart series shows. */
export type SeriesKind = "evaluation" | "previous" | "average" | "peer" | "other";

/** One area value of a series; `null` is a gap (unknown), never zero. */
export interface SeriesValue {
  /** The area number. */
  areaId: number;
  /** The score, or `null` when unknown. */
  value: number | null;
}

/** A series of area scores for a chart: the evaluation itself, a reference, or another evaluation. */
export interface Series {
  /** A key unique within one chart. */
  key: string;
  /** What the series is. */
  kind: SeriesKind;
  /** The legend label, e.g. "Avesta kommun 2014" or "Genomsnitt 2.1". */
  label: string;
  /** The framework the series was measured with. */
  framework: string;
  /** The year, when known. */
  year: number | null;
  /** One value per area. */
  values: SeriesValue[];
  /** The total (published, else the sum of all known areas when none is missing), or `null`. */
  total: number | null;
  /** Set for a series the library computed from a collection (never published): which statistic, of how many. */
  computed?: { statistic: "median" | "mean"; n: number };
}

/** Options for {@link evaluationSeries}. */
export interface EvaluationSeriesOptions {
  /** The role of the series; defaults to `evaluation`. */
  kind?: SeriesKind;
  /** The legend label; defaults to "<municipality> <year>". */
  label?: string;
  /** A key unique within the chart; defaults to `<kind>-<municipality code or name>-<year>`. */
  key?: string;
  /** Extra framework definitions. */
  frameworks?: readonly Framework[];
}

/** The series of an evaluation's area scores (published, or derived where not published). */
export function evaluationSeries(evaluation: Evaluation, options: EvaluationSeriesOptions = {}): Series {
  const kind = options.kind ?? "evaluation";
  const scores = scoreEvaluation(evaluation, options.frameworks);
  return {
    key: options.key ?? `${kind}-${evaluation.municipality.code ?? evaluation.municipality.name}-${evaluation.year}`,
    kind,
    label: options.label ?? `${evaluation.municipality.name} ${evaluation.year}`,
    framework: evaluation.framework,
    year: evaluation.year,
    values: scores.areas.map((a) => ({ areaId: a.id, value: a.score.value })),
    total: scores.total.value,
  };
}

/**
 * The series of a published reference. Areas of its framework that the reference does not give
 * are gaps (`null`); the total is the published one, else the sum when every area is known.
 */
export function referenceSeries(reference: Reference, index = 0, frameworks: readonly Framework[] = []): Series {
  const framework = getFramework(reference.framework, frameworks);
  const given = new Map(reference.areas.map((a) => [a.id, a.score ?? null] as const));
  const ids = framework?.areas ? framework.areas.map((a) => a.id) : [...given.keys()].sort((a, b) => a - b);
  for (const id of given.keys()) if (!ids.includes(id)) ids.push(id);
  const values = ids.map((areaId) => ({ areaId, value: given.get(areaId) ?? null }));
  const complete = values.length > 0 && values.every((v) => v.value !== null);
  return {
    key: `${reference.kind}-${index}`,
    kind: reference.kind,
    label: reference.label,
    framework: reference.framework,
    year: reference.year ?? null,
    values,
    total: reference.total ?? (complete ? values.reduce((sum, v) => sum + (v.value ?? 0), 0) : null),
  };
}

/** Options for {@link collectSeries}. */
export interface CollectSeriesOptions {
  /** An earlier evaluation of the same municipality, shown as `previous`. */
  previous?: Evaluation;
  /** Further evaluations to show (peers chosen by the user), as `other`. */
  others?: readonly Evaluation[];
  /** Include the evaluation's own `references`; defaults to true. */
  references?: boolean;
  /** Extra framework definitions. */
  frameworks?: readonly Framework[];
}

/**
 * Every series a chart of `evaluation` shows, the evaluation first: its previous evaluation, its
 * published references, then any other evaluations. A published `previous` reference is left out
 * when a previous evaluation file of the same year is given, so no series is drawn twice.
 */
export function collectSeries(evaluation: Evaluation, options: CollectSeriesOptions = {}): Series[] {
  const { previous, others = [], frameworks } = options;
  const series: Series[] = [evaluationSeries(evaluation, { frameworks })];
  if (previous) series.push(evaluationSeries(previous, { kind: "previous", frameworks }));
  if (options.references !== false) {
    (evaluation.references ?? []).forEach((reference, index) => {
      if (
        previous &&
        reference.kind === "previous" &&
        (reference.year === undefined || reference.year === previous.year)
      )
        return;
      series.push(referenceSeries(reference, index, frameworks));
    });
  }
  others.forEach((other, index) =>
    series.push(evaluationSeries(other, { kind: "other", key: `other-${index}`, frameworks })),
  );
  return series;
}

/** Whether a series can be read on the same scale as the evaluation (same framework). */
export function isComparableSeries(series: Series, evaluation: Pick<Evaluation, "framework">): boolean {
  return series.framework === evaluation.framework;
}

/** The series a chart can draw on one set of axes, and those it leaves out. */
export interface SeriesOnAxes {
  /** The focal series first, then every series whose model defines its areas the same way. */
  drawn: Series[];
  /** Series of a model whose areas are defined differently, or not known: never drawn on these axes. */
  leftOut: Series[];
}

/**
 * Splits a chart's series (the focal one first, as {@link collectSeries} returns them) into those
 * that share the focal series' area set and can be drawn on its axes, and those that cannot: area 3
 * of Kommunkompassen 2020 is not area 3 of 2.1, and where a model is not stated its areas are not
 * known. Series of 2.0 and 2.1 share their axes (the chart says that the model differs).
 */
export function splitByAreaSet(series: readonly Series[], frameworks: readonly Framework[] = []): SeriesOnAxes {
  const [focal, ...rest] = series;
  if (!focal) return { drawn: [], leftOut: [] };
  const drawn = [focal];
  const leftOut: Series[] = [];
  for (const s of rest) (sameAreaSet(focal.framework, s.framework, frameworks) ? drawn : leftOut).push(s);
  return { drawn, leftOut };
}
