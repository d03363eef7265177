import { useEffect, useMemo, useState } from "react";
import type { Evaluation, Issue } from "@kommunkompassen/core";
import { resolveMessages, type Messages } from "../i18n/messages";
import { chartSummary } from "../summary/summary";
import {
  bandSentence,
  chartData,
  chartPoints,
  type ChartBand,
  pointTexts,
  type ChartPoint,
  type EvaluationChartProps,
  type StyledSeries,
} from "../components/shared";
import {
  useLinkedFocus,
  type LinkedFocus,
  type LinkedFocusProps,
  type SeriesToggleProps,
} from "../components/LinkedViews";
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
      /** The styled series drawn (those not hidden), the evaluation first. */
      series: StyledSeries[];
      /** Every styled series, hidden ones too: the legend and the data table list them all. */
      allSeries: StyledSeries[];
      /** The keys of the series hidden from the chart. */
      hidden: string[];
      /** The labels of the series left out (their model's areas differ or are not known). */
      leftOutLabels: string[];
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
      /** What the live region says: the active area's values, or the series last shown or hidden. */
      announcement: string;
      /** The tooltip of the active area: its name and every series' value. */
      tooltip: { area: string; lines: string[] };
      /** Show a point on hover, hide it when the pointer leaves. */
      onHover: (index: number | null) => void;
      /** The linked focus and hidden series (the chart's props, the `LinkedViews` around it, or its own). */
      linked: LinkedFocus;
      /** The axis index of the focused area, or `null`. */
      focused: number | null;
      /** Hide or show a series from the legend, announced; `null` until JavaScript runs (no dead buttons in static pages). */
      toggle: ((key: string) => void) | null;
    };

/** What {@link useEvaluationChart} takes of a chart's props: the data, and the linked focus and hidden series. */
export type ChartInput = EvaluationChartProps & LinkedFocusProps & SeriesToggleProps;

const INPUT_KEYS: readonly string[] = [
  "evaluation",
  "previous",
  "others",
  "references",
  "lang",
  "messages",
  "frameworks",
  "band",
  "focusedArea",
  "onFocusArea",
  "hiddenSeries",
  "onToggleSeries",
] satisfies (keyof ChartInput)[];

/** A chart's props split into what its model takes and the rest (HTML attributes for its `<figure>`). */
export function splitChartProps<P extends ChartInput>(props: P): [ChartInput, Omit<P, keyof ChartInput>] {
  const input: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) (INPUT_KEYS.includes(key) ? input : rest)[key] = value;
  return [input as unknown as ChartInput, rest as Omit<P, keyof ChartInput>];
}

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
    ...links
  }: ChartInput,
  chart: "radar" | "bars",
  layout: (data: { series: StyledSeries[]; names: Map<number, string>; main: Evaluation; messages: Messages }) => L,
): EvaluationChartModel<L> {
  const m = resolveMessages(lang, overrides);
  const validated = useValidatedInputs(
    [["evaluation", evaluation, true], ["previous", previous], ...others.map((o, i) => [`others/${i}`, o] as const)],
    frameworks,
  );
  const linked = useLinkedFocus(links);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const [notice, setNotice] = useState("");
  const data = useMemo(() => {
    if (!validated.ok) return null;
    const [main, prev, ...rest] = validated.evaluations;
    const d = chartData(
      main!,
      prev,
      rest.filter((e) => e !== undefined),
      references,
      m,
      frameworks,
      band,
    );
    return { ...d, main: main!, empty: !d.series.some((s) => s.series.values.some((v) => v.value !== null)) };
    // `m` follows from `lang` and the overrides, which are compared by identity like the other props.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [validated, references, lang, overrides, frameworks, band]);
  const hidden = linked.hiddenSeries;
  const drawn = useMemo(() => {
    if (!data) return null;
    // The evaluation itself is never hidden.
    const series = data.series.filter((s, i) => i === 0 || !hidden.includes(s.series.key));
    return {
      series,
      points: chartPoints(series),
      layouts: layout({ series, names: data.names, main: data.main, messages: m }),
    };
    // `layout` is a pure function of the data; re-running it on identity changes would only waste work.
    // The hidden keys are compared by value: a new array of the same keys changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, hidden.join("\n")]);
  const navigation = usePointNavigation(drawn?.points.length ?? 0, (index) => {
    if (index !== null) setNotice("");
    linked.focusArea(index === null ? null : (drawn?.points[index]?.areaId ?? null));
  });
  if (!data || !drawn) return { ok: false, errors: validated.ok ? [] : validated.errors, messages: m };
  const active = navigation.active === null ? undefined : drawn.points[navigation.active];
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
  const texts = pointTexts(active, drawn.series, data.leftOutLabels, data.names, m);
  const focusedIndex = data.series[0]!.series.values.findIndex((v) => v.areaId === linked.focusedArea);
  return {
    ok: true,
    messages: m,
    ...data,
    ...drawn,
    allSeries: data.series,
    hidden: data.series.filter((s) => !drawn.series.includes(s)).map((s) => s.series.key),
    summary,
    description: [summary, ...data.leftOut].join(" "),
    navigation,
    active,
    announcement: texts.announcement || notice,
    tooltip: texts,
    onHover: (index) => (index === null ? navigation.hide() : navigation.show(index)),
    linked,
    focused: focusedIndex < 0 ? null : focusedIndex,
    toggle: ready
      ? (key) => {
          const s = data.series.find((x) => x.series.key === key)!.series;
          setNotice(`${s.label}: ${hidden.includes(key) ? m.shownInChart : m.hiddenInChart}`);
          linked.toggleSeries(key);
        }
      : null,
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
  /** The axis index of the area the linked views focus (highlighted), or `null`. */
  focused: number | null;
  /** The active area's tooltip: its name and every series' value. */
  tooltip: { area: string; lines: string[] };
}

/** The props of a chart's SVG that come from its model, with the chart's title. */
export function plotProps<L>(chart: ReadyChart<L>, title: string): ChartPlotProps {
  const { series, band, names, description, points, active, onHover, messages, focused, tooltip } = chart;
  return { series, band, names, title, summary: description, points, active, onHover, messages, focused, tooltip };
}
