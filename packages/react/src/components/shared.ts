import {
  areaName,
  collectSeries,
  getFramework,
  isComparableSeries,
  scoreEvaluation,
  type Evaluation,
  type EvaluationInput,
  type Framework,
  type ReferenceKind,
  type Series,
} from "@kommunkompassen/core";
import type { Lang } from "@kommunkompassen/core";
import { displayValue, type Messages } from "../i18n/messages";
import { seriesStyle, type SeriesStyle } from "../series/styles";

/** Props every chart of evaluations accepts: the data and what to compare it with. */
export interface EvaluationChartProps {
  /** The evaluation to show, in the shared schema. Invalid data renders an error notice. */
  evaluation: EvaluationInput;
  /** The municipality's previous evaluation, drawn as the `previous` series. */
  previous?: EvaluationInput;
  /** Other evaluations to draw beside it (peers chosen by the user). */
  others?: readonly EvaluationInput[];
  /** Which published reference series of the evaluation to draw: all (default), none, or some kinds. */
  references?: boolean | readonly ReferenceKind[];
  /** Language of all text; defaults to Swedish. */
  lang?: Lang;
  /** Overrides of any built-in string. */
  messages?: Partial<Messages>;
  /** Framework definitions beyond the built-in 2.0 and 2.1. */
  frameworks?: readonly Framework[];
}

/** A series ready to draw: data, style and an optional note (another framework). */
export interface StyledSeries {
  series: Series;
  style: SeriesStyle;
  note?: string;
}

/** The series of a chart, styled, and the area names in the chosen language. */
export function chartData(
  evaluation: Evaluation,
  previous: Evaluation | undefined,
  others: readonly Evaluation[],
  references: boolean | readonly ReferenceKind[],
  lang: Lang,
  frameworks: readonly Framework[] | undefined,
): { series: StyledSeries[]; names: Map<number, string> } {
  const collected = collectSeries(evaluation, { previous, others, references: references !== false, frameworks });
  const kinds = Array.isArray(references) ? references : null;
  let otherIndex = 0;
  const series = collected
    .filter(
      (s) =>
        s.kind === "evaluation" ||
        s.kind === "other" ||
        !kinds ||
        kinds.includes(s.kind as ReferenceKind) ||
        (s.kind === "previous" && previous !== undefined),
    )
    .map((s) => ({
      series: s,
      style: seriesStyle(s.kind, s.kind === "other" ? otherIndex++ : 0),
      ...(isComparableSeries(s, evaluation) ? {} : { note: s.framework }),
    }));
  const framework = getFramework(evaluation.framework, frameworks);
  const scores = scoreEvaluation(evaluation, frameworks);
  const names = new Map(
    scores.areas.map((a) => [a.id, areaName(framework, a.id, lang, a.publishedTitle ?? undefined)]),
  );
  return { series, names };
}

/** A navigable data point of a chart. */
export interface ChartPoint {
  /** Index into the chart's series. */
  seriesIndex: number;
  /** The area. */
  areaId: number;
  /** Index of the area on the chart's axis. */
  areaIndex: number;
  /** The value (points with no value are not navigable). */
  value: number;
}

/** The known points of a chart, area by area and series by series within an area. */
export function chartPoints(series: readonly StyledSeries[]): ChartPoint[] {
  const first = series[0]?.series.values ?? [];
  const points: ChartPoint[] = [];
  first.forEach((areaValue, areaIndex) => {
    series.forEach(({ series: s }, seriesIndex) => {
      const value = s.values.find((v) => v.areaId === areaValue.areaId)?.value ?? null;
      if (value !== null) points.push({ seriesIndex, areaId: areaValue.areaId, areaIndex, value });
    });
  });
  return points;
}

/** What the live region says for the active point. */
export function pointAnnouncement(
  point: ChartPoint | undefined,
  series: readonly StyledSeries[],
  names: ReadonlyMap<number, string>,
  m: Messages,
): string {
  if (!point) return "";
  const s = series[point.seriesIndex]!.series;
  return m.pointLabel(
    s.label,
    `${point.areaId} ${names.get(point.areaId) ?? ""}`.trim(),
    m.outOf(displayValue(point.value, m), "100"),
  );
}
