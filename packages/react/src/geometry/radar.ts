import { linearScale } from "./scale";
import { boxesOverlap, unionBox, wrapText, estimateTextWidth, type Box } from "./text";

/** Input of {@link radarLayout}. */
export interface RadarLayoutInput {
  /** One label per axis, in order (area 1 at the top, then clockwise). */
  labels: readonly string[];
  /** Radius of the 100 ring, in SVG units. */
  radius?: number;
  /** Label font size, in SVG units. */
  fontSize?: number;
  /** Wrap labels at this width, in SVG units. */
  maxLabelWidth?: number;
  /** The scale's maximum (100 for Kommunkompassen areas). */
  max?: number;
  /** Values of the grid rings. */
  rings?: readonly number[];
  /** Font size of the rings' values, in SVG units (the stylesheet's `.kk-grid__label`). */
  ringFontSize?: number;
  /** How far from its centre a data point's marker reaches, in SVG units: ring values keep this clear of every axis. */
  markerRadius?: number;
}

/**
 * Where a grid ring's value is written: centred on the bisector between the last and the first
 * axis, on the ring's edge or, where the wedge is too narrow there, as little further out as keeps
 * its box a marker's reach from every axis. Data points lie on the axes only, so no point can hide
 * a ring's value. Text anchored `middle`.
 */
export interface RadarRingLabel {
  /** Anchor point of the text's baseline. */
  x: number;
  y: number;
  /** The text's estimated extent. */
  box: Box;
}

/** A grid ring. */
export interface RadarRing {
  /** Its value on the scale. */
  value: number;
  /** Its polygon's corners, one per axis. */
  points: [number, number][];
  /**
   * Where its value is written; `null` when the wedge between the last and the first axis is too
   * narrow near the centre to write it clear of the axes and still beside its ring (the innermost
   * rings of a radar with many axes): the rings are evenly spaced, so the others tell its value.
   */
  label: RadarRingLabel | null;
}

/** A positioned, wrapped axis label. */
export interface RadarLabel {
  /** The axis index. */
  index: number;
  /** The wrapped lines. */
  lines: string[];
  /** Anchor point of the first line's baseline. */
  x: number;
  y: number;
  /** SVG `text-anchor`, chosen by the axis angle. */
  anchor: "start" | "middle" | "end";
  /** Distance between baselines. */
  lineHeight: number;
  /** The label's estimated extent. */
  box: Box;
}

/** The geometry of a radar chart, independent of any rendering. */
export interface RadarLayout {
  /** Radius of the outer ring. */
  radius: number;
  /** The SVG viewBox that contains the grid and every label, with padding. */
  viewBox: Box;
  /** Angle of each axis, in radians, 0 = right, clockwise positive (SVG y grows downwards). */
  angles: number[];
  /** Grid rings: their value, polygon points and where their value is written. */
  rings: RadarRing[];
  /** The end point of each axis spoke. */
  spokes: [number, number][];
  /** The labels. */
  labels: RadarLabel[];
  /** Point of a value on an axis. */
  point(index: number, value: number): [number, number];
}

/**
 * Lays out a radar chart: angles, rings, spokes and labels. Labels are wrapped to
 * `maxLabelWidth`, anchored by their angle (right side starts at the label point, left side ends
 * there, top and bottom are centred), pushed outwards until no two labels overlap, and the viewBox
 * is grown to contain them all, so nothing is clipped at any container width.
 */
export function radarLayout({
  labels,
  radius = 150,
  fontSize = 13,
  maxLabelWidth = 140,
  max = 100,
  rings = [20, 40, 60, 80, 100],
  ringFontSize = 11,
  markerRadius = 7,
}: RadarLayoutInput): RadarLayout {
  const n = labels.length;
  const angles = labels.map((_, i) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1));
  const scale = linearScale([0, max], [0, radius], true);
  const point = (index: number, value: number): [number, number] => {
    const r = scale(value);
    const angle = angles[index] ?? 0;
    return [round(Math.cos(angle) * r), round(Math.sin(angle) * r)];
  };
  const lineHeight = Math.round(fontSize * 1.2 * 10) / 10;

  const place = (index: number, offset: number): RadarLabel => {
    const angle = angles[index]!;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const lines = wrapText(labels[index]!, maxLabelWidth, fontSize);
    const width = Math.max(...lines.map((l) => estimateTextWidth(l, fontSize)));
    const height = lines.length * lineHeight;
    const anchor = cos > 0.25 ? "start" : cos < -0.25 ? "end" : "middle";
    const r = radius + offset;
    const px = cos * r;
    const py = sin * r;
    // Top labels grow upwards from the point, bottom labels downwards, side labels are centred.
    const top = sin < -0.25 ? py - height : sin > 0.25 ? py : py - height / 2;
    const left = anchor === "start" ? px : anchor === "end" ? px - width : px - width / 2;
    return {
      index,
      lines,
      x: round(px),
      // Baseline of the first line: one line height below the top, less the descent.
      y: round(top + lineHeight - fontSize * 0.25),
      anchor,
      lineHeight,
      box: { x: left, y: top, width, height },
    };
  };

  const spokes = labels.map((_, i) => point(i, max));
  const ringLabels = placeRingLabels({ rings, radius: scale, spokes, angles, fontSize: ringFontSize, markerRadius });
  const ringBoxes = ringLabels.flatMap((l) => (l ? [l.box] : []));
  const offsets = labels.map(() => fontSize * 0.8);
  const placed = labels.map((_, i) => place(i, offsets[i]!));
  // Push overlapping neighbours (and a label over a ring's value) apart; bounded, since every push
  // moves a label outwards.
  for (let round_ = 0; round_ < 200; round_++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        const clash =
          j === i
            ? ringBoxes.some((b) => boxesOverlap(b, placed[i]!.box))
            : boxesOverlap(placed[i]!.box, placed[j]!.box);
        if (clash) {
          offsets[j] = offsets[j]! + 4;
          placed[j] = place(j, offsets[j]!);
          moved = true;
        }
      }
    }
    if (!moved) break;
  }

  const ringPolygons = rings.map((value, r) => ({
    value,
    points: labels.map((_, i) => point(i, value)),
    label: ringLabels[r] ?? null,
  }));
  const padding = fontSize;
  const content = unionBox([
    { x: -radius, y: -radius, width: 2 * radius, height: 2 * radius },
    ...placed.map((l) => l.box),
    ...ringBoxes,
  ]);
  const viewBox = {
    x: Math.floor(content.x - padding),
    y: Math.floor(content.y - padding),
    width: Math.ceil(content.width + 2 * padding),
    height: Math.ceil(content.height + 2 * padding),
  };
  return { radius, viewBox, angles, rings: ringPolygons, spokes, labels: placed, point };
}

/**
 * The rings' values on the bisector between the last and the first axis ({@link RadarRingLabel}),
 * each as near its ring as keeps it a marker's reach from every axis and clear of the value before.
 */
function placeRingLabels(o: {
  rings: readonly number[];
  radius: (value: number) => number;
  spokes: readonly [number, number][];
  angles: readonly number[];
  fontSize: number;
  markerRadius: number;
}): (RadarRingLabel | null)[] {
  const n = o.angles.length;
  if (n < 3) return o.rings.map(() => null);
  const angle = -Math.PI / 2 - Math.PI / n;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const height = o.fontSize;
  const sorted = [...o.rings].sort((a, b) => a - b);
  const placedBoxes: Box[] = [];
  const at = (value: number, distance: number): RadarRingLabel => {
    const width = estimateTextWidth(String(value), o.fontSize);
    const [cx, cy] = [cos * distance, sin * distance];
    // Digits are about 0.7 em high: a baseline 0.35 em below the centre centres them.
    return {
      x: round(cx),
      y: round(cy + o.fontSize * 0.35),
      box: { x: cx - width / 2, y: cy - height / 2, width, height },
    };
  };
  const clear = (box: Box) =>
    o.spokes.every(([x, y]) => segmentBoxDistance(x, y, box) > o.markerRadius) &&
    placedBoxes.every((b) => !boxesOverlap(b, box));
  const labels = new Map<number, RadarRingLabel | null>();
  for (const [k, value] of sorted.entries()) {
    // The midpoint of the ring's edge between the two axes; no further out than a third of the way
    // to the next ring's edge, so that it is read as this ring's (the outer ring's may stand a line beyond it).
    const edge = (value: number) => o.radius(value) * Math.cos(Math.PI / n);
    const next = sorted[k + 1] === undefined ? edge(value) + 3 * o.fontSize : edge(sorted[k + 1]!);
    let label: RadarRingLabel | null = null;
    for (let d = edge(value); d <= edge(value) + (next - edge(value)) / 3; d += 0.5) {
      const candidate = at(value, d);
      if (clear(candidate.box)) {
        label = candidate;
        break;
      }
    }
    if (label) placedBoxes.push(label.box);
    labels.set(value, label);
  }
  return o.rings.map((value) => labels.get(value) ?? null);
}

/** The distance between the segment from the centre to (`x`, `y`) and a box (0 when they meet). */
function segmentBoxDistance(x: number, y: number, box: Box): number {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  // Liang–Barsky: does the segment enter the box?
  let [t0, t1] = [0, 1];
  for (const [p, q] of [
    [-x, -box.x],
    [x, right],
    [-y, -box.y],
    [y, bottom],
  ] as const) {
    if (p === 0) {
      if (q < 0) t0 = 2;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  if (t0 <= t1) return 0;
  const toSegment = (px: number, py: number) => {
    const t = Math.max(0, Math.min(1, (px * x + py * y) / (x * x + y * y || 1)));
    return Math.hypot(px - t * x, py - t * y);
  };
  const toBox = (px: number, py: number) =>
    Math.hypot(Math.max(box.x - px, 0, px - right), Math.max(box.y - py, 0, py - bottom));
  return Math.min(
    toSegment(box.x, box.y),
    toSegment(right, box.y),
    toSegment(box.x, bottom),
    toSegment(right, bottom),
    toBox(0, 0),
    toBox(x, y),
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
