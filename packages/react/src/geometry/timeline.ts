import { linearScale } from "./scale";
import { estimateTextWidth, type Box } from "./text";

/** One evaluation on a timeline: its year, its total (or `null`) and the model it belongs to. */
export interface TimelinePointInput {
  year: number;
  value: number | null;
  /** Points of the same model in a row are joined; a change of model is a break. */
  model: string;
}

/** Input of {@link timelineLayout}. */
export interface TimelineLayoutInput {
  /** The evaluations, oldest first. */
  points: readonly TimelinePointInput[];
  /** The value axis' maximum (800 for totals). */
  max: number;
  /** Width in SVG units. */
  width?: number;
  /** Height of the plot, in SVG units. */
  plotHeight?: number;
  /** Font size of the labels. */
  fontSize?: number;
  /** Values at which the value axis is labelled. */
  ticks?: readonly number[];
}

/** The geometry of a timeline. */
export interface TimelineLayout {
  /** The SVG viewBox containing everything. */
  viewBox: Box;
  /** The plot area. */
  plot: Box;
  /** Each point's position (`y` is `null` for an unknown value), with its value label's anchor. */
  points: { x: number; y: number | null; labelX: number; labelY: number }[];
  /** The lines, one path per run of known values of one model (never across a change of model). */
  segments: { model: string; d: string }[];
  /** A change of model between two consecutive points: where it is drawn and its number (1, 2, …). */
  breaks: { x: number; index: number; after: number }[];
  /** Year labels that fit (the rest are in the data table). */
  yearTicks: { year: number; x: number }[];
  /** Value ticks. */
  valueTicks: { value: number; y: number }[];
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Lays out a municipality's totals over the years: one x position per year (a linear year axis, so
 * the gaps between evaluations show), points for the totals, a line through the known totals of
 * one model in a row, and a break, numbered, wherever the model changes: no line is drawn across
 * it. Year labels that would overlap their neighbour are left out (the table lists every year).
 */
export function timelineLayout({
  points,
  max,
  width = 600,
  plotHeight = 200,
  fontSize = 12,
  ticks,
}: TimelineLayoutInput): TimelineLayout {
  const left = Math.ceil(estimateTextWidth(String(max), fontSize - 1)) + 10;
  const right = 16;
  const top = fontSize + 10;
  const years = points.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const inset = 18;
  const x = linearScale(first === last ? [first - 1, first + 1] : [first, last], [left + inset, width - right - inset]);
  const y = linearScale([0, max], [top + plotHeight, top], true);
  const placed = points.map((p) => {
    const px = round(x(p.year));
    const py = p.value === null ? null : round(y(p.value));
    return { x: px, y: py, labelX: px, labelY: round((py ?? top + plotHeight) - 9) };
  });

  const segments: TimelineLayout["segments"] = [];
  let run: string[] = [];
  let runModel = "";
  const flush = () => {
    if (run.length > 1) segments.push({ model: runModel, d: `M${run.join("L")}` });
    run = [];
  };
  const breaks: TimelineLayout["breaks"] = [];
  points.forEach((p, i) => {
    if (i > 0 && p.model !== points[i - 1]!.model) {
      flush();
      breaks.push({ x: round((placed[i - 1]!.x + placed[i]!.x) / 2), index: breaks.length + 1, after: i - 1 });
    }
    const at = placed[i]!;
    if (at.y === null) flush();
    else {
      run.push(`${at.x},${at.y}`);
      runModel = p.model;
    }
  });
  flush();

  const labelWidth = estimateTextWidth("2020", fontSize) + 6;
  const yearTicks: TimelineLayout["yearTicks"] = [];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const px = round(x(year));
    const previous = yearTicks[yearTicks.length - 1];
    if (!previous || px - previous.x >= labelWidth) yearTicks.push({ year, x: px });
  }
  const valueTicks = (ticks ?? [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(max * f))).map((value) => ({
    value,
    y: round(y(value)),
  }));
  const height = top + plotHeight + 8 + fontSize + 6;
  return {
    viewBox: { x: 0, y: 0, width, height: Math.ceil(height) },
    plot: { x: left, y: top, width: width - right - left, height: plotHeight },
    points: placed,
    segments,
    breaks,
    yearTicks,
    valueTicks,
  };
}
