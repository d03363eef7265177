import { estimateTextWidth } from "../geometry/text";

/** Props of {@link SvgTooltip}. */
export interface SvgTooltipProps {
  /** The point the tooltip belongs to. */
  x: number;
  y: number;
  /** The lines of text. */
  lines: readonly string[];
  /** The plot's visible box, so the tooltip is kept inside it. */
  bounds: { x: number; y: number; width: number; height: number };
  /** Font size in SVG units. */
  fontSize?: number;
}

/**
 * A tooltip drawn inside the SVG (no positioned HTML, no inline styles, so it works under a strict
 * Content-Security-Policy). Placed above the point, flipped below or sideways to stay in bounds.
 */
export function SvgTooltip({ x, y, lines, bounds, fontSize = 13 }: SvgTooltipProps) {
  const padding = 6;
  const lineHeight = fontSize * 1.25;
  const width = Math.max(...lines.map((l) => estimateTextWidth(l, fontSize))) + 2 * padding;
  const height = lines.length * lineHeight + 2 * padding - (lineHeight - fontSize);
  let left = x - width / 2;
  let top = y - height - 10;
  if (top < bounds.y) top = y + 10;
  left = Math.max(bounds.x, Math.min(left, bounds.x + bounds.width - width));
  top = Math.min(top, bounds.y + bounds.height - height);
  return (
    <g className="kk-tooltip" aria-hidden="true" transform={`translate(${Math.round(left)},${Math.round(top)})`}>
      <rect width={Math.ceil(width)} height={Math.ceil(height)} rx="3" className="kk-tooltip__box" />
      {lines.map((line, i) => (
        <text key={i} x={padding} y={padding + fontSize * 0.85 + i * lineHeight} className="kk-tooltip__text">
          {line}
        </text>
      ))}
    </g>
  );
}
