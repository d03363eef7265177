import { forwardRef } from "react";
import { Bar } from "@visx/shape";
import { formatNumber, scoreEvaluation, type Lang } from "@kommunkompassen/core";
import { barLayout, type BarLayout } from "../geometry/bars";
import { unionBox, type Box } from "../geometry/text";
import { plotProps, splitChartProps, useEvaluationChart, type ChartPlotProps } from "../hooks/useEvaluationChart";
import { numberedArea } from "../i18n/messages";
import { ChartFigure, PlotVariants, type ChartRootProps } from "./ChartFigure";
import { AreaKey } from "./AreaKey";
import { ErrorNotice } from "./ErrorNotice";
import { barSwatch, HatchPattern, hatchFill, hatchId } from "./HatchPattern";
import { chartParts } from "./ChartParts";
import type { LinkedFocusProps, SeriesToggleProps } from "./LinkedViews";
import type { ChartBand, EvaluationChartProps, StyledSeries } from "./shared";
import { SvgTooltip } from "./Tooltip";

/** Props of {@link AreaBarChart}. */
export interface AreaBarChartProps extends EvaluationChartProps, LinkedFocusProps, SeriesToggleProps, ChartRootProps {
  /**
   * `vertical` bars labelled by area number with a key of names below; `horizontal` rows with the names above the bars
   * (for narrow screens); `auto` (default) renders both and lets CSS pick by the container's width.
   */
  orientation?: "auto" | "vertical" | "horizontal";
  /** Show the generated summary as visible text (it is always the chart's description). */
  showSummary?: boolean;
}

interface BarSvgProps extends ChartPlotProps {
  layout: BarLayout;
  ids: { titleId: string; descId: string };
}

/** The value grid: lines at the ticks, labelled on the vertical chart. */
function BarGrid({ layout }: { layout: BarLayout }) {
  const { viewBox: vb, plot } = layout;
  const vertical = layout.orientation === "vertical";
  return (
    <g className="kk-grid" aria-hidden="true">
      {layout.ticks.map((t) =>
        vertical ? (
          <g key={t.value}>
            <line x1={plot.x} x2={plot.x + plot.width} y1={t.position} y2={t.position} className="kk-grid__spoke" />
            <text x={plot.x - 6} y={t.position + 4} textAnchor="end" className="kk-axis-tick">
              {t.value}
            </text>
          </g>
        ) : (
          <line key={t.value} x1={t.position} x2={t.position} y1={0} y2={vb.height} className="kk-grid__spoke" />
        ),
      )}
    </g>
  );
}

/** A group's band over each area's bars: from its low to its high edge, across the area's bars. */
function BarBand({ layout, band, areaIds }: { layout: BarLayout; band: ChartBand; areaIds: readonly number[] }) {
  const { plot } = layout;
  const vertical = layout.orientation === "vertical";
  const scale = (v: number) =>
    vertical ? plot.y + plot.height * (1 - v / 100) : plot.x + plot.width * (Math.min(v, 100) / 100);
  return (
    <g className="kk-band-group" aria-hidden="true">
      {layout.groups.map((group) => {
        const id = areaIds[group.areaIndex]!;
        const low = band.low.get(id) ?? null;
        const high = band.high.get(id) ?? null;
        const first = group.bars[0];
        const last = group.bars[group.bars.length - 1];
        if (low === null || high === null || !first || !last) return null;
        return vertical ? (
          <rect
            key={id}
            className="kk-band"
            x={first.x - 3}
            width={last.x + last.width - first.x + 6}
            y={scale(high)}
            height={Math.max(scale(low) - scale(high), 1)}
          />
        ) : (
          <rect
            key={id}
            className="kk-band"
            x={scale(low)}
            width={Math.max(scale(high) - scale(low), 1)}
            y={first.y - 2}
            height={last.y + last.height - first.y + 4}
          />
        );
      })}
    </g>
  );
}

/** One area's bars, its label and the value on each bar. */
function BarGroup({
  layout,
  group,
  series,
  patternOf,
  lang,
}: {
  layout: BarLayout;
  group: BarLayout["groups"][number];
  series: readonly StyledSeries[];
  patternOf: (seriesIndex: number) => string;
  lang: Lang;
}) {
  const vertical = layout.orientation === "vertical";
  return (
    <g key={group.areaIndex} className="kk-bars__group">
      <text
        x={group.labelX}
        y={group.labelY}
        textAnchor={vertical ? "middle" : "start"}
        className="kk-axis-label"
        aria-hidden="true"
      >
        {group.lines.map((line, i) => (
          <tspan key={i} x={group.labelX} dy={i === 0 ? 0 : layout.lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
      {group.bars.map((bar) => {
        const style = series[bar.seriesIndex]!.style;
        return (
          <g key={bar.seriesIndex} className={`kk-series kk-series--${style.slot}`}>
            {bar.value === null ? null : (
              <Bar
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={Math.max(bar.height, 0)}
                fill={hatchFill(patternOf(bar.seriesIndex), style)}
                className="kk-series__bar"
              />
            )}
            <text
              x={bar.labelX}
              y={bar.labelY}
              textAnchor={vertical ? "middle" : "start"}
              className="kk-bar__value"
              aria-hidden="true"
            >
              {bar.value === null ? "–" : formatNumber(bar.value, lang)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The box of an area's bars (a bar of no value still has its place), `pad` beyond them on each side. */
function groupBox(group: BarLayout["groups"][number], pad: number) {
  const boxes = group.bars.map((b) => ({
    x: b.x - pad,
    y: b.y - pad,
    width: b.width + 2 * pad,
    height: b.height + 2 * pad,
  }));
  return unionBox(boxes);
}

function BarSvg({
  layout,
  series,
  band,
  title,
  summary,
  ids,
  points,
  active,
  onHover,
  messages: m,
  focused,
  tooltip,
}: BarSvgProps) {
  const { viewBox: vb, plot } = layout;
  const vertical = layout.orientation === "vertical";
  const areaIds = series[0]?.series.values.map((v) => v.areaId) ?? [];
  // An area's band across the plot: the pointer's target, and its outline when the area is focused.
  const column = (group: BarLayout["groups"][number], pad: number) => {
    const box = groupBox(group, pad);
    return vertical
      ? { x: box.x, y: plot.y - pad, width: box.width, height: plot.height + pad }
      : { x: plot.x - pad, y: box.y, width: plot.width + 2 * pad, height: box.height };
  };
  return (
    <svg
      className={`kk-chart__svg kk-bars__svg kk-bars__svg--${layout.orientation}`}
      viewBox={`${vb.x} ${vb.y} ${vb.width} ${vb.height}`}
      role="img"
      aria-labelledby={ids.titleId}
      aria-describedby={ids.descId}
      focusable="false"
    >
      <title id={ids.titleId}>{title}</title>
      <desc id={ids.descId}>{summary}</desc>
      <defs>
        {series.map((s, i) => (
          <HatchPattern key={i} id={hatchId(ids.titleId, i)} style={s.style} />
        ))}
      </defs>
      <BarGrid layout={layout} />
      {layout.groups.map((group) => (
        <BarGroup
          key={group.areaIndex}
          layout={layout}
          group={group}
          series={series}
          patternOf={(i) => hatchId(ids.titleId, i)}
          lang={m.lang}
        />
      ))}
      {/* Over the bars, so that every band is seen whole; its fill is faint. */}
      {band ? <BarBand layout={layout} band={band} areaIds={areaIds} /> : null}
      {focused === null || !layout.groups[focused] ? null : (
        <rect className="kk-linked" aria-hidden="true" pointerEvents="none" {...column(layout.groups[focused]!, 3)} />
      )}
      <g className="kk-hit-targets">
        {points.map((p, index) => (
          <rect
            key={index}
            {...column(layout.groups[p.areaIndex]!, 2)}
            className="kk-hit-target"
            onMouseEnter={() => onHover(index)}
            onMouseLeave={() => onHover(null)}
          />
        ))}
      </g>
      {active ? (
        <SvgTooltip
          {...groupAnchor(groupBox(layout.groups[active.areaIndex]!, 4), vertical)}
          bounds={vb}
          title={tooltip.area}
          lines={tooltip.lines}
        />
      ) : null}
    </svg>
  );
}

/**
 * Where a tooltip goes for a group of bars: above its middle and its value labels (vertical) or at the
 * right end of its value labels (horizontal), never over them.
 */
function groupAnchor(bars: Box, vertical: boolean) {
  const avoid = vertical ? { ...bars, y: bars.y - 16, height: bars.height + 16 } : { ...bars, width: bars.width + 32 };
  return { x: avoid.x + (vertical ? avoid.width / 2 : avoid.width), y: avoid.y, avoid };
}

/**
 * The eight area scores as bars, grouped with comparison series (previous evaluation, references,
 * other evaluations), with the total in the title ("Avesta kommun 2014 – 404 p") and value labels.
 * Vertical for wide containers, horizontal rows for narrow ones.
 */
export const AreaBarChart = /* @__PURE__ */ forwardRef<HTMLElement, AreaBarChartProps>(function AreaBarChart(
  { orientation = "auto", showSummary, ...props },
  ref,
) {
  const [input, rest] = splitChartProps(props);
  const chart = useEvaluationChart(input, "bars", ({ series, names, main, messages: chartMessages }) => {
    const ids = series[0]?.series.values.map((v) => v.areaId) ?? [];
    const values = series.map(({ series: s }) => ids.map((id) => s.values.find((v) => v.areaId === id)?.value ?? null));
    return {
      total: scoreEvaluation(main, input.frameworks).total.value,
      // Vertical bars are labelled by area number (with a key of names below): long Swedish names do
      // not fit under a bar. Horizontal rows have room for the full name above the bars.
      vertical: barLayout({ labels: ids.map(String), values, orientation: "vertical", fontSize: 13 }),
      horizontal: barLayout({
        labels: ids.map((id) => numberedArea(id, names.get(id), chartMessages, "\u00a0")),
        values,
        orientation: "horizontal",
        fontSize: 14,
      }),
    };
  });
  if (!chart.ok) return <ErrorNotice ref={ref as never} errors={chart.errors} messages={chart.messages} />;
  const { main, names, layouts, summary, leftOut, empty, navigation, announcement, messages: m } = chart;
  const total = layouts.total === null ? null : formatNumber(layouts.total, m.lang);
  const title = m.barTitle(main.municipality.name, main.year, total);
  const plot = plotProps(chart, title);
  const svg = (layout: BarLayout, ids: { titleId: string; descId: string }) => (
    <BarSvg {...plot} layout={layout} ids={ids} />
  );
  return (
    <ChartFigure
      ref={ref}
      chartClass="kk-bars"
      title={title}
      summary={summary}
      messages={m}
      navigation={navigation}
      announcement={announcement}
      showSummary={showSummary}
      notes={leftOut}
      {...(empty ? { empty: m.noAreaScores } : {})}
      plot={(ids) => (
        <PlotVariants
          choice={orientation === "vertical" ? "wide" : orientation === "horizontal" ? "narrow" : "both"}
          ids={ids}
          wide={(variantIds) => (
            <>
              {svg(layouts.vertical, variantIds)}
              <AreaKey names={names} />
            </>
          )}
          narrow={(variantIds) => svg(layouts.horizontal, variantIds)}
        />
      )}
      {...chartParts(chart, title, chart.allSeries.length > 1 || chart.band !== null, barSwatch)}
      {...rest}
    />
  );
});
