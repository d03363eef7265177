import type { HTMLAttributes } from "react";
import type { Series } from "@kommunkompassen/core";
import { markerPath, type SeriesStyle } from "../series/styles";

/** Props of {@link Legend}. */
export interface LegendProps extends HTMLAttributes<HTMLUListElement> {
  /** The series with their styles, in drawing order. */
  items: readonly { series: Series; style: SeriesStyle; note?: string }[];
  /** Accessible name of the list. */
  label: string;
}

/** A legend that shows each series' line style and marker shape beside its label, not only its colour. */
export function Legend({ items, label, className, ...rest }: LegendProps) {
  return (
    <ul aria-label={label} className={["kk-legend", className].filter(Boolean).join(" ")} {...rest}>
      {items.map(({ series, style, note }) => (
        <li key={series.key} className={`kk-legend__item kk-series--${style.slot}`}>
          <svg className="kk-legend__swatch" viewBox="0 0 36 12" width="36" height="12" aria-hidden="true" focusable="false">
            <line x1="1" y1="6" x2="35" y2="6" className="kk-series__line" strokeDasharray={style.dash} />
            <path d={markerPath(style.marker, 18, 6, 8)} className="kk-series__marker" />
          </svg>
          <span>{series.label}</span>
          {note ? <span className="kk-legend__note"> ({note})</span> : null}
        </li>
      ))}
    </ul>
  );
}
