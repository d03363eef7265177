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
  /** Grid rings: their value and polygon points. */
  rings: { value: number; points: [number, number][] }[];
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

  const offsets = labels.map(() => fontSize * 0.8);
  const placed = labels.map((_, i) => place(i, offsets[i]!));
  // Push overlapping neighbours apart; bounded, since every push moves a label outwards.
  for (let round_ = 0; round_ < 200; round_++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (boxesOverlap(placed[i]!.box, placed[j]!.box)) {
          offsets[j] = offsets[j]! + 4;
          placed[j] = place(j, offsets[j]!);
          moved = true;
        }
      }
    }
    if (!moved) break;
  }

  const ringPolygons = rings.map((value) => ({ value, points: labels.map((_, i) => point(i, value)) }));
  const spokes = labels.map((_, i) => point(i, max));
  const padding = fontSize;
  const content = unionBox([
    { x: -radius, y: -radius, width: 2 * radius, height: 2 * radius },
    ...placed.map((l) => l.box),
  ]);
  const viewBox = {
    x: Math.floor(content.x - padding),
    y: Math.floor(content.y - padding),
    width: Math.ceil(content.width + 2 * padding),
    height: Math.ceil(content.height + 2 * padding),
  };
  return { radius, viewBox, angles, rings: ringPolygons, spokes, labels: placed, point };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
