import {
  areasKnown,
  areaName,
  collectSeries,
  getFramework,
  sameAreaSet,
  scoreEvaluation,
  splitByAreaSet,
  type Evaluation,
  type EvaluationInput,
  type Framework,
  type ReferenceKind,
  type Series,
  type SeriesBand,
} from "@kommunkompassen/core";
import type { Lang } from "@kommunkompassen/core";
import { displayValue, modelLabel, numberedArea, type Messages } from "../i18n/messages";
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
  /** Framework definitions beyond the built-in ones (they replace a built-in one of the same id). */
  frameworks?: readonly Framework[];
  /**
   * A group's band (the core's `groupBand`: interquartile or min–max) drawn behind the series,
   * labelled with its n as computed, not published; left out, and said so, when its model's areas
   * are not the evaluation's.
   */
  band?: SeriesBand;
}

/** A band ready to draw: its low and high edge by area id. */
export interface ChartBand {
  band: SeriesBand;
  low: ReadonlyMap<number, number | null>;
  high: ReadonlyMap<number, number | null>;
}

/** A series ready to draw: data, style and an optional note (the label of another model version). */
export interface StyledSeries {
  series: Series;
  style: SeriesStyle;
  note?: string;
}

/** What a chart draws: the series on its axes, styled; why any others are left out; the area names. */
export interface ChartData {
  /** The series drawn, the evaluation first: those whose model defines its areas as the evaluation's does. */
  series: StyledSeries[];
  /** One sentence per series left out (another area set, or one not known), said visibly and in the text alternative. */
  leftOut: string[];
  /** The labels of the series left out. */
  leftOutLabels: string[];
  /** Area names by id, in the chosen language. */
  names: Map<number, string>;
  /** The band drawn, if one was given and its model's areas are the evaluation's. */
  band: ChartBand | null;
}

/**
 * Why a series is not drawn: the areas of its model are defined differently from the evaluation's,
 * or the areas of one of the two models are not known (then that model is named).
 */
function leftOutSentence(focal: Series, s: Series, m: Messages, frameworks: readonly Framework[] | undefined): string {
  const own = areasKnown(s.framework, frameworks);
  const focalKnown = areasKnown(focal.framework, frameworks);
  const model = own && !focalKnown ? focal.framework : s.framework;
  return m.leftOutSeries(s.label, modelLabel(model, m, frameworks), !own || !focalKnown);
}

/**
 * The series of a chart: collected from the evaluation, its previous one, its references (all, none or
 * some kinds) and other evaluations; split by area set (area 3 of Kommunkompassen 2020 is not area 3
 * of 2.1, so such series are left out, with a sentence each); styled; and the area names in the
 * messages' language.
 */
export function chartData(
  evaluation: Evaluation,
  previous: Evaluation | undefined,
  others: readonly Evaluation[],
  references: boolean | readonly ReferenceKind[],
  m: Messages,
  frameworks: readonly Framework[] | undefined,
  band?: SeriesBand,
): ChartData {
  const collected = collectSeries(evaluation, { previous, others, references: references !== false, frameworks });
  const kinds = Array.isArray(references) ? references : null;
  const wanted = collected.filter(
    (s) =>
      s.kind === "evaluation" ||
      s.kind === "other" ||
      !kinds ||
      kinds.includes(s.kind as ReferenceKind) ||
      (s.kind === "previous" && previous !== undefined),
  );
  const { drawn, leftOut } = splitByAreaSet(wanted, frameworks);
  let otherIndex = 0;
  const series = drawn.map((s) => ({
    series: s,
    style: seriesStyle(s.kind, s.kind === "other" ? otherIndex++ : 0),
    ...(s.framework === evaluation.framework ? {} : { note: modelLabel(s.framework, m, frameworks) }),
  }));
  const framework = getFramework(evaluation.framework, frameworks);
  const scores = scoreEvaluation(evaluation, frameworks);
  const names = new Map(
    scores.areas.map((a) => [a.id, areaName(framework, a.id, m.lang, a.publishedTitle ?? undefined)]),
  );
  const bandFits = band !== undefined && sameAreaSet(evaluation.framework, band.framework, frameworks);
  const leftOutBand =
    band && !bandFits
      ? [leftOutSentence(drawn[0]!, { ...drawn[0]!, label: band.label, framework: band.framework }, m, frameworks)]
      : [];
  return {
    series,
    leftOut: [...leftOut.map((s) => leftOutSentence(drawn[0]!, s, m, frameworks)), ...leftOutBand],
    leftOutLabels: leftOut.map((s) => s.label),
    names,
    band:
      band && bandFits
        ? {
            band,
            low: new Map(band.low.map((v) => [v.areaId, v.value])),
            high: new Map(band.high.map((v) => [v.areaId, v.value])),
          }
        : null,
  };
}

/** The band's sentence in a chart's text alternative: what it is, and where the evaluation stands to it. */
export function bandSentence(band: ChartBand, main: Series, m: Messages): string {
  let inside = 0;
  let above = 0;
  let below = 0;
  for (const { areaId, value } of main.values) {
    const low = band.low.get(areaId);
    const high = band.high.get(areaId);
    if (value === null || low === null || low === undefined || high === null || high === undefined) continue;
    if (value > high) above++;
    else if (value < low) below++;
    else inside++;
  }
  return m.bandSummary(band.band.label, band.band.n, inside, above, below);
}

/** A navigable area of a chart: one stop of its keyboard, one tooltip of every series there. */
export interface ChartPoint {
  /** The area. */
  areaId: number;
  /** Index of the area on the chart's axis. */
  areaIndex: number;
  /** Each drawn series' value there (`null`: none), in the order of the series. */
  values: (number | null)[];
}

/** The navigable areas of a chart: those where a drawn series has a value, in axis order. */
export function chartPoints(series: readonly StyledSeries[]): ChartPoint[] {
  return (series[0]?.series.values ?? []).flatMap(({ areaId }, areaIndex) => {
    const values = series.map(({ series: s }) => s.values.find((v) => v.areaId === areaId)?.value ?? null);
    return values.some((v) => v !== null) ? [{ areaId, areaIndex, values }] : [];
  });
}

/**
 * What the tooltip and the live region say of an area: its name, then every drawn series with its
 * value ("no data" where it has none), then every series left out as not comparable. The
 * announcement is those lines in one: "Avesta kommun 2014, 1 Offentlighet och demokrati: 52 av 100;
 * Genomsnitt: 50 av 100".
 */
export function pointTexts(
  point: ChartPoint | undefined,
  series: readonly StyledSeries[],
  leftOut: readonly string[],
  names: ReadonlyMap<number, string>,
  m: Messages,
): { area: string; lines: string[]; announcement: string } {
  if (!point) return { area: "", lines: [], announcement: "" };
  const area = numberedArea(point.areaId, names.get(point.areaId), m);
  const value = (v: number | null) => (v === null ? m.noData : m.outOf(displayValue(v, m), "100"));
  const lines = [
    ...series.map(({ series: s }, i) => `${s.label}: ${value(point.values[i] ?? null)}`),
    ...leftOut.map((label) => `${label}: ${m.notComparable}`),
  ];
  const first = series[0]!.series.label;
  return {
    area,
    lines,
    announcement: [m.pointLabel(first, area, value(point.values[0] ?? null)), ...lines.slice(1)].join("; "),
  };
}
