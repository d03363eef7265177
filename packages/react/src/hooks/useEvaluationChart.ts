import { useMemo } from "react";
import type { Evaluation, Issue } from "@kommunkompassen/core";
import { resolveMessages, type Messages } from "../i18n/messages";
import { chartSummary } from "../summary/summary";
import {
  bandSentence,
  chartData,
  chartPoints,
  type ChartBand,
  pointAnnouncement,
  type ChartPoint,
  type EvaluationChartProps,
  type StyledSeries,
} from "../components/shared";
import { usePointNavigation, type PointNavigation } from "./usePointNavigation";
import { useValidatedInputs } from "./useValidated";

/** What a chart of evaluations renders from: validated data, series, layouts and keyboard state. */
export type EvaluationChartModel<L> =
  | { ok: false; errors: Issue[]; messages: Messages }
  | {
      ok: true;
      messages: Messages;
      /** The validated evaluation. */
      main: Evaluation;
      /** The styled series drawn, the evaluation first. */
      series: StyledSeries[];
      /** One sentence per series left out (its model's areas differ or are not known). */
      leftOut: string[];
      /** True when no drawn series has a known area score: the chart shows why instead of an empty plot. */
      empty: boolean;
      /** Area names by id, in the chosen language. */
      names: Map<number, string>;
      /** The group's band drawn behind the series, if any. */
      band: ChartBand | null;
      /** The navigable points. */
      points: ChartPoint[];
      /** The chart's own layouts, computed once per data change. */
      layouts: L;
      /** The generated summary of what is drawn. */
      summary: string;
      /** The text alternative of the plot: the summary, then why any series is left out. */
      description: string;
      /** Keyboard and hover state. */
      navigation: PointNavigation;
      /** The active point, if any. */
      active: ChartPoint | undefined;
      /** What the live region says about the active point. */
      announcement: string;
      /** Show a point on hover, hide it when the pointer leaves. */
      onHover: (index: number | null) => void;
    };

/**
 * The shared model of the radar and bar charts: validates every evaluation prop, collects and
 * styles the series, names the areas, computes the chart's layouts (`layout`), the summary and the
 * navigable points, and holds the keyboard state. Charts only draw.
 */
export function useEvaluationChart<L>(
  {
    evaluation,
    previous,
    others = [],
    references = true,
    lang = "sv",
    messages: overrides,
    frameworks,
    band,
  }: EvaluationChartProps,
  chart: "radar" | "bars",
  layout: (data: { series: StyledSeries[]; names: Map<number, string>; main: Evaluation; messages: Messages }) => L,
): EvaluationChartModel<L> {
  const m = resolveMessages(lang, overrides);
  const validated = useValidatedInputs(
    [["evaluation", evaluation, true], ["previous", previous], ...others.map((o, i) => [`others/${i}`, o] as const)],
    frameworks,
  );
  const data = useMemo(() => {
    if (!validated.ok) return null;
    const [main, prev, ...rest] = validated.evaluations;
    const chart = chartData(
      main!,
      prev,
      rest.filter((e) => e !== undefined),
      references,
      m,
      frameworks,
      band,
    );
    const { series, leftOut, names } = chart;
    const empty = !series.some((s) => s.series.values.some((v) => v.value !== null));
    return {
      main: main!,
      series,
      leftOut,
      empty,
      names,
      band: chart.band,
      points: chartPoints(series),
      layouts: layout({ series, names, main: main!, messages: m }),
    };
    // `layout` is a pure function of the data; re-running it on identity changes would only waste work.
    // `m` follows from `lang` and the overrides, which are compared by identity like the other props.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [validated, references, lang, overrides, frameworks, band]);
  const navigation = usePointNavigation(data?.points.length ?? 0);
  if (!data) return { ok: false, errors: validated.ok ? [] : validated.errors, messages: m };
  const active = navigation.active === null ? undefined : data.points[navigation.active];
  const generated = chartSummary({
    chart,
    series: data.series.map((s) => s.series),
    names: data.names,
    framework: data.main.framework,
    frameworks,
    messages: m,
  });
  // The band, where one is drawn: what it is (computed from n, not published) and where the evaluation stands.
  const summary =
    data.band && data.series[0] ? `${generated} ${bandSentence(data.band, data.series[0].series, m)}` : generated;
  return {
    ok: true,
    messages: m,
    ...data,
    summary,
    description: [summary, ...data.leftOut].join(" "),
    navigation,
    active,
    announcement: pointAnnouncement(active, data.series, data.names, m),
    onHover: (index) => (index === null ? navigation.hide() : navigation.show(index)),
  };
}

/** A chart model that rendered (not an error). */
export type ReadyChart<L> = Extract<EvaluationChartModel<L>, { ok: true }>;

/** What every chart's SVG draws from, besides its own layout. */
export interface ChartPlotProps {
  series: readonly StyledSeries[];
  /** The group's band, drawn behind the series. */
  band: ChartBand | null;
  names: ReadonlyMap<number, string>;
  title: string;
  /** The plot's text alternative (its `<desc>`). */
  summary: string;
  points: readonly ChartPoint[];
  active: ChartPoint | undefined;
  onHover: (index: number | null) => void;
  messages: Messages;
}

/** The props of a chart's SVG that come from its model, with the chart's title. */
export function plotProps<L>(chart: ReadyChart<L>, title: string): ChartPlotProps {
  const { series, band, names, description, points, active, onHover, messages } = chart;
  return { series, band, names, title, summary: description, points, active, onHover, messages };
}
