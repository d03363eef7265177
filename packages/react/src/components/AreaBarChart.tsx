import { forwardRef } from "react";
import { Bar } from "@visx/shape";
import { formatNumber, scoreEvaluation, type Lang } from "@kommunkompassen/core";
import { barLayout, type BarLayout } from "../geometry/bars";
import { wrapText } from "../geometry/text";
import { plotProps, useEvaluationChart, type ChartPlotProps } from "../hooks/useEvaluationChart";
import { displayValue, numberedArea, type Messages } from "../i18n/messages";
import { ChartFigure, PlotVariants, type ChartRootProps } from "./ChartFigure";
import { AreaKey } from "./AreaKey";
import { ErrorNotice } from "./ErrorNotice";
import { HatchPattern, hatchFill, hatchId } from "./HatchPattern";
import { Legend } from "./Legend";
import { SeriesTable } from "./SeriesTable";
import type { ChartBand, ChartPoint, EvaluationChartProps, StyledSeries } from "./shared";
import { BandLegendItem } from "./Band";
import { SvgTooltip } from "./Tooltip";

/** Props of {@link AreaBarChart}. */
export interface AreaBarChartProps extends EvaluationChartProps, ChartRootProps {
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

/** The outline of the active bar and its tooltip. */
function ActiveBar({
  layout,
  active,
  series,
  names,
  areaIds,
  messages: m,
}: {
  layout: BarLayout;
  active: ChartPoint;
  series: readonly StyledSeries[];
  names: ReadonlyMap<number, string>;
  areaIds: readonly number[];
  messages: Messages;
}) {
  const activeBar = layout.groups[active.areaIndex]?.bars[active.seriesIndex];
  if (!activeBar) return null;
  const vertical = layout.orientation === "vertical";
  const vb = layout.viewBox;
  return (
    <g className="kk-active">
      <rect
        x={activeBar.x - 1.5}
        y={activeBar.y - 1.5}
        width={activeBar.width + 3}
        height={Math.max(activeBar.height, 0) + 3}
        className="kk-active__bar"
      />
      <SvgTooltip
        x={vertical ? activeBar.x + activeBar.width / 2 : activeBar.x + activeBar.width}
        y={activeBar.y}
        bounds={vb}
        lines={[
          ...wrapText(
            numberedArea(areaIds[active.areaIndex]!, names.get(areaIds[active.areaIndex]!), m, "\u00a0"),
            220,
            13,
          ),
          `${series[active.seriesIndex]!.series.label}: ${m.outOf(displayValue(active.value, m), "100")}`,
        ]}
      />
    </g>
  );
}

function BarSvg({
  layout,
  series,
  band,
  names,
  title,
  summary,
  ids,
  points,
  active,
  onHover,
  messages: m,
}: BarSvgProps) {
  const { viewBox: vb, plot } = layout;
  const vertical = layout.orientation === "vertical";
  const areaIds = series[0]?.series.values.map((v) => v.areaId) ?? [];
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
      <g className="kk-hit-targets">
        {points.map((p, index) => {
          const bar = layout.groups[p.areaIndex]?.bars[p.seriesIndex];
          if (!bar) return null;
          return (
            <rect
              key={index}
              x={bar.x}
              y={vertical ? plot.y : bar.y}
              width={vertical ? bar.width : plot.width}
              height={vertical ? plot.height : bar.height}
              className="kk-hit-target"
              onMouseEnter={() => onHover(index)}
              onMouseLeave={() => onHover(null)}
            />
          );
        })}
      </g>
      {active ? (
        <ActiveBar layout={layout} active={active} series={series} names={names} areaIds={areaIds} messages={m} />
      ) : null}
    </svg>
  );
}

/**
 * The eight area scores as bars, grouped with comparison series (previous evaluation, references,
 * other evaluations), with the total in the title ("Avesta kommun 2014 – 404 p") and value labels.
 * Vertical for wide containers, horizontal rows for narrow ones.
 */
export const AreaBarChart = /* @__PURE__ */ forwardRef<HTMLElement, AreaBarChartProps>(function AreaBarChart(
  {
    evaluation,
    previous,
    others,
    references,
    lang,
    messages,
    frameworks,
    band,
    orientation = "auto",
    showSummary,
    ...rest
  },
  ref,
) {
  const chart = useEvaluationChart(
    { evaluation, previous, others, references, lang, messages, frameworks, band },
    "bars",
    ({ series, names, main, messages: chartMessages }) => {
      const ids = series[0]?.series.values.map((v) => v.areaId) ?? [];
      const values = series.map(({ series: s }) =>
        ids.map((id) => s.values.find((v) => v.areaId === id)?.value ?? null),
      );
      return {
        total: scoreEvaluation(main, frameworks).total.value,
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
    },
  );
  if (!chart.ok) return <ErrorNotice ref={ref as never} errors={chart.errors} messages={chart.messages} />;
  const { main, series, names, layouts, summary, leftOut, empty, navigation, announcement, messages: m } = chart;
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
      legend={
        series.length > 1 || chart.band ? (
          <Legend label={m.legend} items={series} swatch="bar">
            {chart.band ? <BandLegendItem band={chart.band} messages={m} /> : null}
          </Legend>
        ) : null
      }
      table={
        <SeriesTable
          series={series.map((s) => s.series)}
          names={names}
          caption={title}
          messages={m}
          band={chart.band}
        />
      }
      {...rest}
    />
  );
});
