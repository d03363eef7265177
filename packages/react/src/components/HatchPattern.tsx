import type { SeriesStyle } from "../series/styles";

/** Props of {@link HatchPattern}. */
export interface HatchPatternProps {
  /** The pattern's id, unique in the document; fills refer to it as `url(#id)`. */
  id: string;
  /** The series style whose hatch and colour slot it draws. */
  style: SeriesStyle;
}

const SIZE = 6;

/**
 * An SVG `<pattern>` for a hatched bar: the series colour with light lines (or dots) across it. It
 * carries the series class itself, since a pattern inherits styles from where it is defined, not
 * from the bar that uses it. Nothing for a solid series.
 */
export function HatchPattern({ id, style }: HatchPatternProps) {
  const { hatch } = style;
  if (hatch === "solid") return null;
  const rotate = hatch === "diagonal" ? 45 : hatch === "back-diagonal" ? -45 : hatch === "cross" ? 45 : 0;
  return (
    <pattern
      id={id}
      className={`kk-hatch kk-series--${style.slot}`}
      patternUnits="userSpaceOnUse"
      width={SIZE}
      height={SIZE}
      patternTransform={rotate ? `rotate(${rotate})` : undefined}
    >
      <rect width={SIZE} height={SIZE} className="kk-hatch__bg" />
      {hatch === "dots" ? (
        <circle cx={SIZE / 2} cy={SIZE / 2} r="1.3" className="kk-hatch__dot" />
      ) : (
        <>
          {hatch !== "vertical" ? (
            <line x1="0" y1={SIZE / 2} x2={SIZE} y2={SIZE / 2} className="kk-hatch__line" />
          ) : null}
          {hatch === "vertical" || hatch === "cross" ? (
            <line x1={SIZE / 2} y1="0" x2={SIZE / 2} y2={SIZE} className="kk-hatch__line" />
          ) : null}
        </>
      )}
    </pattern>
  );
}

/** The id of the pattern of the `index`-th series, under an id prefix unique in the document. */
export function hatchId(prefix: string, index: number): string {
  return `${prefix}-hatch-${index}`;
}

/** The fill a bar of this style uses: its pattern, or undefined for a solid bar (coloured by CSS). */
export function hatchFill(id: string, style: SeriesStyle): string | undefined {
  return style.hatch === "solid" ? undefined : `url(#${id})`;
}

/** A legend's bar swatch (the legend's `swatch`): a bar with the series' fill pattern. */
export function barSwatch(style: SeriesStyle, id: string) {
  const pattern = `${id}-hatch`;
  return (
    <>
      <HatchPattern id={pattern} style={style} />
      <rect x="1" y="1" width="34" height="10" fill={hatchFill(pattern, style)} className="kk-swatch__bar" />
    </>
  );
}
