import { bandScale, linearScale } from "./scale";
import { estimateTextWidth, wrapText, type Box } from "./text";

/** One bar: its series, its rectangle and where its value label goes. */
export interface BarGeometry {
  /** Index of the series. */
  seriesIndex: number;
  /** The bar's rectangle (zero height or width for a value of 0; `null` value: no bar). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The value label's anchor point. */
  labelX: number;
  labelY: number;
}

/** One group of bars: an area. */
export interface BarGroupGeometry {
  /** Index of the area. */
  areaIndex: number;
  /** The wrapped area label and where its first baseline is. */
  lines: string[];
  labelX: number;
  labelY: number;
  /** The bars, one per series (the value is `null` where unknown). */
  bars: (BarGeometry & { value: number | null })[];
}

/** The geometry of a bar chart. */
export interface BarLayout {
  /** Vertical: bars grow upwards; horizontal: bars grow rightwards, names above them. */
  orientation: "vertical" | "horizontal";
  /** The SVG viewBox containing everything. */
  viewBox: Box;
  /** The plot area (where 0–max is drawn). */
  plot: Box;
  /** Grid values and their position along the value axis. */
  ticks: { value: number; position: number }[];
  /** The groups. */
  groups: BarGroupGeometry[];
  /** Label font size. */
  fontSize: number;
  /** Distance between label baselines. */
  lineHeight: number;
}

/** Input of {@link barLayout}. */
export interface BarLayoutInput {
  /** Area labels, in order. */
  labels: readonly string[];
  /** Values: one array per series, aligned with `labels`; `null` for unknown. */
  values: readonly (readonly (number | null)[])[];
  /** Layout direction. */
  orientation: "vertical" | "horizontal";
  /** The scale's maximum (100 for areas). */
  max?: number;
  /** Font size in SVG units. */
  fontSize?: number;
  /** Vertical only: the width of the chart (640 by default; small multiples draw smaller ones). */
  width?: number;
  /** Vertical only: the height of the plot (240 by default). */
  plotHeight?: number;
  /** Vertical only: the room left of the plot for the value axis' labels (34 by default). */
  left?: number;
}

const TICKS = [0, 20, 40, 60, 80, 100];
/** The vertical chart is laid out for at least this many areas. */
const MIN_BANDS = 6;

/**
 * Lays out grouped bars. Vertical: one band per area with the area label wrapped under it and value
 * labels above the bars, for wide containers. Horizontal: one row per area with its name above the
 * bars and value labels after them, 320 units wide, for narrow screens. Nothing is measured; the
 * viewBox contains every label.
 */
export function barLayout({
  labels,
  values,
  orientation,
  max = 100,
  fontSize = 12,
  width: verticalWidth = 640,
  plotHeight: verticalPlotHeight = 240,
  left: verticalLeft = 34,
}: BarLayoutInput): BarLayout {
  const lineHeight = Math.round(fontSize * 1.2 * 10) / 10;
  const seriesCount = Math.max(values.length, 1);
  const valueAt = (s: number, a: number) => values[s]?.[a] ?? null;
  if (orientation === "vertical") {
    const width = verticalWidth;
    const left = verticalLeft;
    const plotHeight = verticalPlotHeight;
    const top = fontSize + 6;
    // A chart of few areas (a source that gives only area 1) keeps the bar width of a fuller one,
    // its bars centred, rather than one bar across the whole plot.
    const span = (width - 8 - left) * Math.min(1, labels.length / MIN_BANDS);
    const middle = (left + width - 8) / 2;
    const band = bandScale(labels.length, [middle - span / 2, middle + span / 2], 0.22, 0.1);
    const inner = bandScale(seriesCount, [0, band.bandwidth], 0.08);
    const y = linearScale([0, max], [top + plotHeight, top], true);
    const labelWidth = band.step - 4;
    const groups = labels.map((label, a) => {
      const lines = wrapText(label, labelWidth, fontSize);
      const x0 = band(a);
      return {
        areaIndex: a,
        lines,
        labelX: round(x0 + band.bandwidth / 2),
        labelY: round(top + plotHeight + lineHeight + 2),
        bars: [...Array(seriesCount).keys()].map((s) => {
          const value = valueAt(s, a);
          const bx = x0 + inner(s);
          const by = value === null ? y(0) : y(value);
          return {
            seriesIndex: s,
            value,
            x: round(bx),
            y: round(by),
            width: round(inner.bandwidth),
            height: round(y(0) - by),
            labelX: round(bx + inner.bandwidth / 2),
            labelY: round(by - 4),
          };
        }),
      };
    });
    const maxLines = Math.max(1, ...groups.map((g) => g.lines.length));
    const height = top + plotHeight + 6 + maxLines * lineHeight + 6;
    return {
      orientation,
      viewBox: { x: 0, y: 0, width, height: Math.ceil(height) },
      plot: { x: left, y: top, width: width - 8 - left, height: plotHeight },
      ticks: TICKS.filter((t) => t <= max).map((value) => ({ value, position: round(y(value)) })),
      groups,
      fontSize,
      lineHeight,
    };
  }

  const width = 320;
  const valueSpace = estimateTextWidth("100", fontSize) + 8;
  const left = 4;
  const barHeight = 14;
  const barGap = 3;
  const x = linearScale([0, max], [left, width - valueSpace], true);
  let cursor = 4;
  const groups = labels.map((label, a) => {
    const lines = wrapText(label, width - left - 4, fontSize);
    const labelY = cursor + fontSize;
    cursor += lines.length * lineHeight + 4;
    const bars = [...Array(seriesCount).keys()].map((s) => {
      const value = valueAt(s, a);
      const by = cursor + s * (barHeight + barGap);
      const bw = value === null ? 0 : x(value) - x(0);
      return {
        seriesIndex: s,
        value,
        x: left,
        y: round(by),
        width: round(bw),
        height: barHeight,
        labelX: round(left + bw + 4),
        labelY: round(by + barHeight / 2 + fontSize * 0.35),
      };
    });
    cursor += seriesCount * (barHeight + barGap) + 10;
    return { areaIndex: a, lines, labelX: left, labelY: round(labelY), bars };
  });
  return {
    orientation,
    viewBox: { x: 0, y: 0, width, height: Math.ceil(cursor) },
    plot: { x: left, y: 0, width: x(max) - left, height: cursor },
    ticks: TICKS.filter((t) => t <= max).map((value) => ({ value, position: round(x(value)) })),
    groups,
    fontSize,
    lineHeight,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
