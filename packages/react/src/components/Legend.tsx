import { useId, type HTMLAttributes, type ReactNode } from "react";
import type { Series } from "@kommunkompassen/core";
import { markerPath, type SeriesStyle } from "../series/styles";

/** Props of {@link Legend}. */
export interface LegendProps extends HTMLAttributes<HTMLUListElement> {
  /** The series with their styles, in drawing order. */
  items: readonly { series: Series; style: SeriesStyle; note?: string }[];
  /** Accessible name of the list. */
  label: string;
  /**
   * Draws a swatch's content in its 36×12 SVG (a bar with its fill pattern: {@link barSwatch});
   * by default the line with its dash and marker. `id` is unique to the swatch in the document.
   */
  swatch?: (style: SeriesStyle, id: string) => ReactNode;
  /** Further items after the series' (`<li className="kk-legend__item">`), such as a band. */
  children?: ReactNode;
  /** Makes every series but the first (the evaluation) a button that shows and hides it (`aria-pressed` while shown). */
  onToggleSeries?: ((key: string) => void) | null;
  /** The keys of the hidden series. */
  hiddenKeys?: readonly string[];
  /** Read before a button's label: "Visa" / "Show". */
  toggleLabel?: string;
}

/** A legend item's swatch: its content in a 36×12 SVG, hidden from assistive technology (the label beside it says it). */
export function LegendSwatch({ children }: { children: ReactNode }) {
  return (
    <svg className="kk-legend__swatch" viewBox="0 0 36 12" width="36" height="12" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** A line swatch: the series' dash and its marker in the middle. */
function lineSwatch(style: SeriesStyle) {
  return (
    <>
      <line x1="1" y1="6" x2="35" y2="6" className="kk-series__line" strokeDasharray={style.dash} />
      <path d={markerPath(style.marker, 18, 6, 8)} className="kk-series__marker" />
    </>
  );
}

/**
 * A legend that shows each series' line style and marker shape (or, for bars, its fill pattern)
 * beside its label, not only its colour; with `onToggleSeries`, each series but the evaluation is a toggle
 * button that hides and shows it.
 */
export function Legend({
  items,
  label,
  swatch = lineSwatch,
  className,
  children,
  onToggleSeries,
  hiddenKeys = [],
  toggleLabel,
  ...rest
}: LegendProps) {
  const id = useId();
  return (
    <ul aria-label={label} className={["kk-legend", className].filter(Boolean).join(" ")} {...rest}>
      {items.map(({ series, style, note }, i) => {
        const off = hiddenKeys.includes(series.key);
        const content = (
          <>
            <LegendSwatch>{swatch(style, `${id}-${i}`)}</LegendSwatch>
            <span>{series.label}</span>
            {note ? <span className="kk-legend__note"> ({note})</span> : null}
          </>
        );
        return (
          <li
            key={series.key}
            className={`kk-legend__item kk-series--${style.slot}${off ? " kk-legend__item--off" : ""}`}
          >
            {onToggleSeries && i > 0 ? (
              <button
                type="button"
                className="kk-legend__toggle"
                aria-pressed={!off}
                onClick={() => onToggleSeries(series.key)}
              >
                <span className="kk-visually-hidden">{toggleLabel}</span> {content}
              </button>
            ) : (
              content
            )}
          </li>
        );
      })}
      {children}
    </ul>
  );
}
