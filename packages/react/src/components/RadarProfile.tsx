import { forwardRef } from "react";
import { LinePath } from "@visx/shape";
import { radarLayout, type RadarLayout } from "../geometry/radar";
import { unionBox } from "../geometry/text";
import { plotProps, splitChartProps, useEvaluationChart, type ChartPlotProps } from "../hooks/useEvaluationChart";
import { numberedArea } from "../i18n/messages";
import { markerPath } from "../series/styles";
import { ChartFigure, PlotVariants, type ChartRootProps } from "./ChartFigure";
import { AreaKey } from "./AreaKey";
import { ErrorNotice } from "./ErrorNotice";
import { chartParts } from "./ChartParts";
import type { LinkedFocusProps, SeriesToggleProps } from "./LinkedViews";
import type { ChartBand, ChartPoint, EvaluationChartProps, StyledSeries } from "./shared";
import { SvgTooltip } from "./Tooltip";

/** Props of {@link RadarProfile}. */
export interface RadarProfileProps extends EvaluationChartProps, LinkedFocusProps, SeriesToggleProps, ChartRootProps {
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
      {/* Each ring's value between the last and the first axis, where no data point can be. */}
      {layout.rings.map((ring) =>
        ring.label ? (
          <text
            key={ring.value}
            x={ring.label.x}
            y={ring.label.y}
            textAnchor="middle"
            className="kk-grid__label"
            aria-hidden="true"
          >
            {ring.value}
          </text>
        ) : null,
      )}
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
  title,
  summary,
  ids: { titleId, descId },
  points,
  active,
  onHover,
  focused,
  tooltip,
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
      {focused === null ? null : <RadarHighlight layout={layout} index={focused} series={series} />}
      <g className="kk-hit-targets">
        {points.map((p, index) => (
          <path
            key={index}
            d={sector(layout, p.areaIndex)}
            className="kk-hit-target"
            onMouseEnter={() => onHover(index)}
            onMouseLeave={() => onHover(null)}
          />
        ))}
      </g>
      {active ? <RadarTooltip layout={layout} point={active} tooltip={tooltip} fontSize={fontSize} /> : null}
    </svg>
  );
}

/** An area's sector of the radar, out to just beyond its outer ring: the pointer's target for the area. */
function sector(layout: RadarLayout, index: number): string {
  const n = layout.angles.length;
  const r = layout.radius + 10;
  const at = (a: number) => `${(r * Math.cos(a)).toFixed(1)},${(r * Math.sin(a)).toFixed(1)}`;
  const angle = layout.angles[index]!;
  return `M0,0L${at(angle - Math.PI / n)}A${r},${r} 0 0 1 ${at(angle + Math.PI / n)}Z`;
}

/** The focused area: its axis drawn thick and dashed, and a ring round every series' point on it. */
function RadarHighlight({
  layout,
  index,
  series,
}: {
  layout: RadarLayout;
  index: number;
  series: readonly StyledSeries[];
}) {
  const [x, y] = layout.spokes[index]!;
  const id = series[0]?.series.values[index]?.areaId;
  return (
    <g className="kk-active" aria-hidden="true" pointerEvents="none">
      <line x1="0" y1="0" x2={x} y2={y} className="kk-linked" />
      {series.map(({ series: s, style }) => {
        const value = s.values.find((v) => v.areaId === id)?.value ?? null;
        if (value === null) return null;
        const [px, py] = layout.point(index, value);
        return <circle key={s.key} cx={px} cy={py} r="8" className={`kk-active__ring kk-series--${style.slot}`} />;
      })}
    </g>
  );
}

/** The active area's tooltip, beside its points, never over them. */
function RadarTooltip({
  layout,
  point,
  tooltip,
  fontSize,
}: {
  layout: RadarLayout;
  point: ChartPoint;
  tooltip: { area: string; lines: string[] };
  fontSize: number;
}) {
  const marks = point.values.flatMap((v) => {
    if (v === null) return [];
    const [x, y] = layout.point(point.areaIndex, v);
    return [{ x: x - 9, y: y - 9, width: 18, height: 18 }];
  });
  const avoid = unionBox(marks);
  return (
    <SvgTooltip
      x={avoid.x + avoid.width / 2}
      y={avoid.y}
      avoid={avoid}
      title={tooltip.area}
      lines={tooltip.lines}
      bounds={layout.viewBox}
      fontSize={fontSize}
    />
  );
}

/**
 * The radar ("spider") profile of the eight areas on a 0–100 scale, with the previous evaluation,
 * published references and any other evaluations as further series. Series differ in line style
 * and marker shape as well as colour; unknown values are gaps, never zeros. Renders completely on
 * the server (no measuring) and falls back to an error notice for invalid data.
 */
export const RadarProfile = /* @__PURE__ */ forwardRef<HTMLElement, RadarProfileProps>(function RadarProfile(
  { layout = "auto", showSummary, ...props },
  ref,
) {
  const [input, rest] = splitChartProps(props);
  const chart = useEvaluationChart(input, "radar", ({ names, messages: chartMessages }) => ({
    full: radarLayout({
      labels: [...names].map(([id, name]) => numberedArea(id, name, chartMessages, "\u00a0")),
      ...FULL,
      max: 100,
    }),
    compact: radarLayout({ labels: [...names.keys()].map(String), ...COMPACT, max: 100 }),
  }));
  if (!chart.ok) return <ErrorNotice ref={ref as never} errors={chart.errors} messages={chart.messages} />;
  const { main, names, layouts, summary, leftOut, empty, navigation, announcement, messages: m } = chart;
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
      {...chartParts(chart, title, true)}
      {...rest}
    />
  );
});
