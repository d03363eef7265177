import { exceeds } from "@kommunkompassen/core";
import { linearScale } from "./scale";
import { estimateTextWidth, wrapText, type Box } from "./text";

/** Input of {@link stripLayout}. */
export interface StripLayoutInput {
  /** The measure's name, wrapped above the strip. */
  label: string;
  /** The values of the marks, in any order (`null`s are left out: an unknown value has no place). */
  values: readonly (number | null)[];
  /** The focal value, drawn apart from the others; `null` or absent when there is none. */
  focal?: number | null;
  /** The label of the focal mark ("Avesta 404"), kept inside the strip. */
  focalLabel?: string;
  /** The scale's maximum (100 for an area, 800 for a total). */
  max: number;
  /** The median and the quartiles, drawn as a line and a band. */
  median?: number | null;
  q1?: number | null;
  q3?: number | null;
  /** Width of the strip, in SVG units. */
  width?: number;
  /** Where the strip starts vertically. */
  top?: number;
  /** Font size of the labels. */
  fontSize?: number;
  /** Diameter of a mark. */
  markSize?: number;
  /** Marks stacked in one column before the stack is compressed. */
  maxStack?: number;
  /** Values at which the axis is labelled. */
  ticks?: readonly number[];
}

/** The geometry of one strip: every mark, the focal one, the median, the middle half and the axis. */
export interface StripLayout {
  /** The strip's box (label, marks and axis). */
  box: Box;
  /** The wrapped label and its first baseline. */
  label: { lines: string[]; x: number; y: number; lineHeight: number };
  /** The x of a value. */
  x: (value: number) => number;
  /** The axis line's y (the marks stand on it). */
  axisY: number;
  /** The top of the marks' area. */
  stackTop: number;
  /** Every mark's centre, in the order of the known values. */
  marks: { x: number; y: number }[];
  /**
   * All marks as one SVG path of zero-length segments (`M x,y h0`), drawn as dots by a round line cap
   * as wide as a mark: one element and a dozen bytes a mark, however many marks.
   */
  marksPath: string;
  /** The focal mark's centre and its label, when there is a focal value. */
  focal: {
    x: number;
    y: number;
    label: { text: string; x: number; y: number; anchor: "start" | "middle" | "end" };
  } | null;
  /** The median's x, when known. */
  median: number | null;
  /** The middle half (q1 to q3), when known. */
  band: { x0: number; x1: number } | null;
  /** The axis ticks. */
  ticks: { value: number; x: number }[];
}

const round = (v: number) => Math.round(v * 100) / 100;

/** One decimal: marks are a few units wide, and a strip of 300 is drawn on every page of a site. */
const tenth = (v: number) => Math.round(v * 10) / 10;

/** Round ticks from 0 to the maximum: steps of 1, 2, 2.5 or 5 times a power of ten, at most `most` of them. */
export function stripTicks(max: number, narrow = false): number[] {
  const most = narrow ? 4 : 5;
  const power = 10 ** Math.floor(Math.log10(Math.max(max, 1) / most));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => max / s <= most) ?? max;
  const ticks: number[] = [];
  for (let v = 0; !exceeds(v, max); v += step) ticks.push(Math.round(v * 100) / 100);
  return ticks;
}

/**
 * Lays out one strip of a distribution: the marks as a dot plot (values in columns one mark wide,
 * stacked upwards; a column taller than `maxStack` is compressed, so the strip's height is fixed), the
 * focal value as its own mark on the axis with its label kept inside the strip, the median, the
 * middle half, and the ticks. One pass over the values (O(n)): 300 marks cost next to nothing, and
 * they are drawn as a single path.
 */
export function stripLayout({
  label,
  values,
  focal = null,
  focalLabel = "",
  max,
  median = null,
  q1 = null,
  q3 = null,
  width = 600,
  top = 0,
  fontSize = 13,
  markSize = 7,
  maxStack = 7,
  ticks,
}: StripLayoutInput): StripLayout {
  const lineHeight = Math.round(fontSize * 1.25 * 10) / 10;
  const pad = Math.ceil(estimateTextWidth(String(max), fontSize - 2) / 2) + 4;
  const x = linearScale([0, max], [pad, width - pad], true);
  const lines = wrapText(label, width - 4, fontSize);
  const labelY = top + fontSize;
  const focalRow = focal === null ? 0 : lineHeight;
  const stackTop = top + lines.length * lineHeight + 4 + focalRow;
  const stackHeight = maxStack * markSize;
  const axisY = stackTop + stackHeight + markSize / 2;

  // Columns one mark wide; each mark sits on the ones before it in its column.
  const columns = new Map<number, number>();
  const placed: { x: number; level: number }[] = [];
  let tallest = 0;
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) continue;
    const px = x(value);
    const column = Math.round(px / markSize);
    const level = columns.get(column) ?? 0;
    columns.set(column, level + 1);
    if (level + 1 > tallest) tallest = level + 1;
    placed.push({ x: px, level });
  }
  const step = tallest > maxStack ? (stackHeight - markSize) / (tallest - 1) : markSize;
  const marks = placed.map((p) => ({ x: tenth(p.x), y: tenth(axisY - markSize / 2 - p.level * step) }));
  let path = "";
  for (const mark of marks) path += `M${mark.x},${mark.y}h0`;

  let focalMark: StripLayout["focal"] = null;
  if (focal !== null && Number.isFinite(focal)) {
    const fx = round(x(focal));
    const textWidth = estimateTextWidth(focalLabel, fontSize);
    const anchor = fx - textWidth / 2 < 2 ? "start" : fx + textWidth / 2 > width - 2 ? "end" : "middle";
    const lx = anchor === "start" ? Math.max(2, fx - 6) : anchor === "end" ? Math.min(width - 2, fx + 6) : fx;
    focalMark = {
      x: fx,
      y: round(axisY - markSize / 2),
      label: { text: focalLabel, x: round(lx), y: round(stackTop - 6), anchor },
    };
  }
  const tickValues = ticks ?? stripTicks(max, width < 400);
  return {
    box: { x: 0, y: top, width, height: Math.ceil(axisY + 6 + fontSize + 2 - top) },
    label: { lines, x: 2, y: round(labelY), lineHeight },
    x,
    axisY: round(axisY),
    stackTop: round(stackTop),
    marks,
    marksPath: path,
    focal: focalMark,
    median: median === null ? null : round(x(median)),
    band: q1 === null || q3 === null ? null : { x0: round(x(q1)), x1: round(x(q3)) },
    ticks: tickValues.map((value) => ({ value, x: round(x(value)) })),
  };
}
