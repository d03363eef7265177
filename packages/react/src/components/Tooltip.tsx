import { estimateTextWidth, wrapText, type Box } from "../geometry/text";

/** Props of {@link SvgTooltip}. */
export interface SvgTooltipProps {
  /** The point the tooltip belongs to. */
  x: number;
  y: number;
  /** What the tooltip must not cover, around the point (the area's points or bars); the point alone by default. */
  avoid?: Box;
  /** The lines of text. */
  lines: readonly string[];
  /** A first line (an area's name), wrapped to the other lines' width, at least 220. */
  title?: string;
  /** The plot's visible box, so the tooltip is kept inside it. */
  bounds: Box;
  /** Font size in SVG units. */
  fontSize?: number;
}

/** Distance between the tooltip and what it must not cover. */
const GAP = 10;

/**
 * Where a tooltip of `width` × `height` goes: above `avoid` (centred on `x`), else below, right or
 * left of it, the first that stays inside `bounds` (it is moved along the side it lies on, never over
 * `avoid`); above, kept inside, when none fits.
 */
export function placeTooltip(x: number, avoid: Box, width: number, height: number, bounds: Box): [number, number] {
  const clamp = (v: number, low: number, size: number, extent: number) =>
    Math.max(low, Math.min(v, low + extent - size));
  const left = clamp(x - width / 2, bounds.x, width, bounds.width);
  const middle = clamp(avoid.y + avoid.height / 2 - height / 2, bounds.y, height, bounds.height);
  const candidates: [number, number][] = [
    [left, avoid.y - GAP - height],
    [left, avoid.y + avoid.height + GAP],
    [avoid.x + avoid.width + GAP, middle],
    [avoid.x - GAP - width, middle],
  ];
  const inside = ([cx, cy]: [number, number]) =>
    cx >= bounds.x &&
    cy >= bounds.y &&
    cx + width <= bounds.x + bounds.width &&
    cy + height <= bounds.y + bounds.height;
  return candidates.find(inside) ?? [left, clamp(avoid.y - GAP - height, bounds.y, height, bounds.height)];
}

/**
 * A tooltip drawn inside the SVG (no positioned HTML, no inline styles, so it works under a strict
 * Content-Security-Policy). Placed above what it belongs to, else below or beside it, inside the plot
 * and never over the point (see {@link placeTooltip}). It takes no pointer events: a tooltip that
 * came up under the pointer would take it off the chart's target and hide itself.
 */
export function SvgTooltip({
  x,
  y,
  avoid = { x, y, width: 0, height: 0 },
  lines: body,
  title,
  bounds,
  fontSize = 13,
}: SvgTooltipProps) {
  const padding = 6;
  const lineHeight = fontSize * 1.25;
  // Every line fits the plot's width (a long series label wraps), the title the other lines' width.
  const room = bounds.width - 2 * padding;
  const wrapped = body.flatMap((l) => (estimateTextWidth(l, fontSize) > room ? wrapText(l, room, fontSize) : [l]));
  const widest = Math.max(...wrapped.map((l) => estimateTextWidth(l, fontSize)));
  const lines =
    title === undefined ? wrapped : [...wrapText(title, Math.min(Math.max(widest, 220), room), fontSize), ...wrapped];
  const width = Math.max(...lines.map((l) => estimateTextWidth(l, fontSize))) + 2 * padding;
  const height = lines.length * lineHeight + 2 * padding - (lineHeight - fontSize);
  const [left, top] = placeTooltip(x, avoid, width, height, bounds);
  return (
    <g
      className="kk-tooltip"
      aria-hidden="true"
      pointerEvents="none"
      transform={`translate(${Math.round(left)},${Math.round(top)})`}
    >
      <rect width={Math.ceil(width)} height={Math.ceil(height)} rx="3" className="kk-tooltip__box" />
      {lines.map((line, i) => (
        <text key={i} x={padding} y={padding + fontSize * 0.85 + i * lineHeight} className="kk-tooltip__text">
          {line}
        </text>
      ))}
    </g>
  );
}
