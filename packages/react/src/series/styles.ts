import type { SeriesKind } from "@kommunkompassen/core";

/** Marker shapes that tell series apart without colour. */
export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "cross";

/**
 * Fill patterns that tell bar series apart without colour: the main evaluation is solid, the others
 * are hatched, each kind its own way (also in forced-colours mode, where every bar is one colour).
 */
export type Hatch = "solid" | "diagonal" | "back-diagonal" | "horizontal" | "vertical" | "cross" | "dots";

/** How a series is drawn: colour (a CSS custom property), line dash, marker shape and bar fill. */
export interface SeriesStyle {
  /** The CSS class suffix, also used for the colour variable `--kk-series-<slot>`. */
  slot: string;
  /** SVG `stroke-dasharray`, or undefined for a solid line. */
  dash: string | undefined;
  /** The marker shape. */
  marker: MarkerShape;
  /** The fill pattern of its bars. */
  hatch: Hatch;
}

/** The style of each kind of series; "other" series cycle through the remaining patterns. */
export const SERIES_STYLES: Readonly<Record<Exclude<SeriesKind, "other">, SeriesStyle>> = {
  evaluation: { slot: "evaluation", dash: undefined, marker: "circle", hatch: "solid" },
  previous: { slot: "previous", dash: "7 4", marker: "square", hatch: "diagonal" },
  average: { slot: "average", dash: "2 3", marker: "diamond", hatch: "dots" },
  peer: { slot: "peer", dash: "9 3 2 3", marker: "triangle", hatch: "horizontal" },
};

const OTHER_STYLES: readonly SeriesStyle[] = [
  { slot: "other-1", dash: "4 2", marker: "cross", hatch: "back-diagonal" },
  { slot: "other-2", dash: "12 4", marker: "triangle", hatch: "vertical" },
  { slot: "other-3", dash: "1 3", marker: "square", hatch: "cross" },
];

/** The style of the `index`-th series of a chart, given its kind. */
export function seriesStyle(kind: SeriesKind, otherIndex = 0): SeriesStyle {
  if (kind === "other") return OTHER_STYLES[otherIndex % OTHER_STYLES.length]!;
  return SERIES_STYLES[kind];
}

/** The SVG path of a marker of `size` centred on (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, size: number): string {
  const h = size / 2;
  const f = (v: number) => Math.round(v * 100) / 100;
  switch (shape) {
    case "circle":
      return `M${f(x - h)},${f(y)}a${f(h)},${f(h)} 0 1,0 ${f(size)},0a${f(h)},${f(h)} 0 1,0 ${f(-size)},0Z`;
    case "square":
      return `M${f(x - h)},${f(y - h)}h${f(size)}v${f(size)}h${f(-size)}Z`;
    case "diamond":
      return `M${f(x)},${f(y - h * 1.3)}L${f(x + h * 1.3)},${f(y)}L${f(x)},${f(y + h * 1.3)}L${f(x - h * 1.3)},${f(y)}Z`;
    case "triangle":
      return `M${f(x)},${f(y - h * 1.2)}L${f(x + h * 1.2)},${f(y + h)}L${f(x - h * 1.2)},${f(y + h)}Z`;
    case "cross": {
      const t = h / 2.5;
      return `M${f(x - h)},${f(y - t)}h${f(h - t)}v${f(-(h - t))}h${f(2 * t)}v${f(h - t)}h${f(h - t)}v${f(2 * t)}h${f(-(h - t))}v${f(h - t)}h${f(-2 * t)}v${f(-(h - t))}h${f(-(h - t))}Z`;
    }
  }
}
