import { forwardRef } from "react";
import { LinePath } from "@visx/shape";
import { radarLayout, type RadarLayout } from "../geometry/radar";
import { wrapText } from "../geometry/text";
import { plotProps, useEvaluationChart, type ChartPlotProps } from "../hooks/useEvaluationChart";
import { displayValue, numberedArea, type Messages } from "../i18n/messages";
import { markerPath } from "../series/styles";
import { ChartFigure, PlotVariants, type ChartRootProps } from "./ChartFigure";
import { AreaKey } from "./AreaKey";
import { ErrorNotice } from "./ErrorNotice";
import { Legend } from "./Legend";
import { SeriesTable } from "./SeriesTable";
import type { ChartBand, ChartPoint, EvaluationChartProps, StyledSeries } from "./shared";
import { BandLegendItem } from "./Band";
import { SvgTooltip } from "./Tooltip";

/** Props of {@link RadarProfile}. */
export interface RadarProfileProps extends EvaluationChartProps, ChartRootProps {
  /**
   * `full` draws the area names around the chart; `compact` numbers the axes and lists the names
   * below (readable at 320 px); `auto` (default) renders both and lets CSS pick by the container's width.
   */
  layout?: "auto" | "full" | "compact";
  /** Show the generated summary as visible text (it is always the chart's description). */
  showSummary?: boolean;
}

const FULL = { radius: 150, fontSize: 13, maxLabelWidth: 150 };
const COMPACT = { radius: 120, fontSize: 15, maxLabelWidth: 40 };

interface RadarSvgProps extends ChartPlotProps {
  layout: RadarLayout;
  ids: { titleId: string; descId: string };
  fontSize: number;
}

/** The rings, the spokes and the ring values. */
function RadarGrid({ layout }: { layout: RadarLayout }) {
  return (
    <g className="kk-grid">
      {layout.rings.map((ring) => (
        <polygon key={ring.value} points={ring.points.map((p) => p.join(",")).join(" ")} className="kk-grid__ring" />
      ))}
      {layout.spokes.map(([x, y], i) => (
        <line key={i} x1="0" y1="0" x2={x} y2={y} className="kk-grid__spoke" />
      ))}
      {layout.rings.map((ring) => (
        <text
          key={ring.value}
          x="4"
          y={-(ring.value / 100) * layout.radius + 4}
          className="kk-grid__label"
          aria-hidden="true"
        >
          {ring.value}
        </text>
      ))}
    </g>
  );
}

/**
 * A group's band (interquartile or min–max) between its low and high edge: a ring where every area's
 * edges are known, and a thick radial stroke from low to high on each area's axis either way.
 */
function RadarBand({ layout, band, areaIds }: { layout: RadarLayout; band: ChartBand; areaIds: readonly number[] }) {
  const edges = areaIds.map((id, i) => ({ i, low: band.low.get(id) ?? null, high: band.high.get(id) ?? null }));
  const complete = edges.length > 2 && edges.every((e) => e.low !== null && e.high !== null);
  const ring = (values: number[]) => values.map((v, i) => layout.point(i, v).join(",")).join("L");
  return (
    <g className="kk-band-group" aria-hidden="true">
      {complete ? (
        <path
          className="kk-band"
          fillRule="evenodd"
          d={`M${ring(edges.map((e) => e.high!))}ZM${ring(edges.map((e) => e.low!))}Z`}
        />
      ) : null}
      {edges.map((e) =>
        e.low === null || e.high === null ? null : (
          <line
            key={e.i}
            className="kk-band__range"
            x1={layout.point(e.i, e.low)[0]}
            y1={layout.point(e.i, e.low)[1]}
            x2={layout.point(e.i, e.high)[0]}
            y2={layout.point(e.i, e.high)[1]}
          />
        ),
      )}
    </g>
  );
}

/** One series: a closed ring when complete, separate segments around its gaps, and its markers. */
function RadarSeries({
  layout,
  styled: { series: s, style },
  areaIds: ids,
}: {
  layout: RadarLayout;
  styled: StyledSeries;
  areaIds: readonly number[];
}) {
  const values = ids.map((id, i) => ({ i, value: s.values.find((v) => v.areaId === id)?.value ?? null }));
  const complete = values.every((v) => v.value !== null);
  // A complete series is a closed ring; a series with gaps is drawn as separate segments.
  const data = complete && values.length > 0 ? [...values, values[0]!] : values;
  return (
    <g className={`kk-series kk-series--${style.slot}${complete ? "" : " kk-series--gaps"}`}>
      <LinePath
        data={data}
        x={(d) => layout.point(d.i, d.value ?? 0)[0]}
        y={(d) => layout.point(d.i, d.value ?? 0)[1]}
        defined={(d) => d.value !== null}
        className={complete ? "kk-series__area" : "kk-series__line"}
        strokeDasharray={style.dash}
      />
      {values.map((v) =>
        v.value === null ? null : (
          <path
            key={v.i}
            d={markerPath(style.marker, ...layout.point(v.i, v.value), 8)}
            className="kk-series__marker"
          />
        ),
      )}
    </g>
  );
}

function RadarSvg({
  layout,
  series,
  band,
  names,
  title,
  summary,
  ids: { titleId, descId },
  points,
  active,
  onHover,
  messages: m,
  fontSize,
}: RadarSvgProps) {
  const { viewBox: vb } = layout;
  const ids = series[0]?.series.values.map((v) => v.areaId) ?? [];
  return (
    <svg
      className="kk-chart__svg kk-radar__svg"
      viewBox={`${vb.x} ${vb.y} ${vb.width} ${vb.height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      focusable="false"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{summary}</desc>
      <RadarGrid layout={layout} />
      {band ? <RadarBand layout={layout} band={band} areaIds={ids} /> : null}
      {series.map((styled) => (
        <RadarSeries key={styled.series.key} layout={layout} styled={styled} areaIds={ids} />
      ))}
      <g className="kk-axis-labels" aria-hidden="true">
        {layout.labels.map((label) => (
          <text key={label.index} x={label.x} y={label.y} textAnchor={label.anchor} className="kk-axis-label">
            {label.lines.map((line, i) => (
              <tspan key={i} x={label.x} dy={i === 0 ? 0 : label.lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </g>
      <g className="kk-hit-targets">
        {points.map((p, index) => {
          const [x, y] = layout.point(p.areaIndex, p.value);
          return (
            <circle
              key={index}
              cx={x}
              cy={y}
              r="9"
              className="kk-hit-target"
              onMouseEnter={() => onHover(index)}
              onMouseLeave={() => onHover(null)}
            />
          );
        })}
      </g>
      {active ? (
        <ActivePoint layout={layout} point={active} series={series} names={names} messages={m} fontSize={fontSize} />
      ) : null}
    </svg>
  );
}

function ActivePoint({
  layout,
  point,
  series,
  names,
  messages: m,
  fontSize,
}: {
  layout: RadarLayout;
  point: ChartPoint;
  series: readonly StyledSeries[];
  names: ReadonlyMap<number, string>;
  messages: Messages;
  fontSize: number;
}) {
  const [x, y] = layout.point(point.areaIndex, point.value);
  const s = series[point.seriesIndex]!;
  const lines = [
    ...wrapText(numberedArea(point.areaId, names.get(point.areaId), m), 220, fontSize),
    `${s.series.label}: ${m.outOf(displayValue(point.value, m), "100")}`,
  ];
  return (
    <g className="kk-active">
      <circle cx={x} cy={y} r="8" className={`kk-active__ring kk-series--${s.style.slot}`} />
      <SvgTooltip x={x} y={y} lines={lines} bounds={layout.viewBox} fontSize={fontSize} />
    </g>
  );
}

/**
 * The radar ("spider") profile of the eight areas on a 0–100 scale, with the previous evaluation,
 * published references and any other evaluations as further series. Series differ in line style
 * and marker shape as well as colour; unknown values are gaps, never zeros. Renders completely on
 * the server (no measuring) and falls back to an error notice for invalid data.
 */
export const RadarProfile = /* @__PURE__ */ forwardRef<HTMLElement, RadarProfileProps>(function RadarProfile(
  { evaluation, previous, others, references, lang, messages, frameworks, band, layout = "auto", showSummary, ...rest },
  ref,
) {
  const chart = useEvaluationChart(
    { evaluation, previous, others, references, lang, messages, frameworks, band },
    "radar",
    ({ names, messages: chartMessages }) => ({
      full: radarLayout({
        labels: [...names].map(([id, name]) => numberedArea(id, name, chartMessages, "\u00a0")),
        ...FULL,
        max: 100,
      }),
      compact: radarLayout({ labels: [...names.keys()].map(String), ...COMPACT, max: 100 }),
    }),
  );
  if (!chart.ok) return <ErrorNotice ref={ref as never} errors={chart.errors} messages={chart.messages} />;
  const { main, series, names, layouts, summary, leftOut, empty, navigation, announcement, messages: m } = chart;
  const title = m.radarTitle(main.municipality.name, main.year);
  const plot = plotProps(chart, title);
  const svg = (variant: RadarLayout, ids: { titleId: string; descId: string }, fontSize: number) => (
    <RadarSvg {...plot} layout={variant} ids={ids} fontSize={fontSize} />
  );
  return (
    <ChartFigure
      ref={ref}
      chartClass="kk-radar"
      title={title}
      summary={summary}
      messages={m}
      navigation={navigation}
      announcement={announcement}
      showSummary={showSummary}
      notes={leftOut}
      // Fewer than three axes have no shape: a radar of one or two areas would only mislead.
      {...(empty ? { empty: m.noAreaScores } : names.size < 3 ? { empty: m.radarTooFewAreas(names.size) } : {})}
      plot={(ids) => (
        <PlotVariants
          choice={layout === "full" ? "wide" : layout === "compact" ? "narrow" : "both"}
          ids={ids}
          wide={(variantIds) => svg(layouts.full, variantIds, FULL.fontSize)}
          narrow={(variantIds) => (
            <>
              {svg(layouts.compact, variantIds, COMPACT.fontSize)}
              <AreaKey names={names} />
            </>
          )}
        />
      )}
      legend={
        <Legend label={m.legend} items={series}>
          {chart.band ? <BandLegendItem band={chart.band} messages={m} /> : null}
        </Legend>
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
