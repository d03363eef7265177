import { createContext, forwardRef, useContext, useState, type HTMLAttributes, type ReactNode } from "react";

/** Props of a view that joins the linked focus: the area a reader focuses or hovers, highlighted in every linked view. */
export interface LinkedFocusProps {
  /** The focused area, highlighted in the view (controlled; `null` for none); uncontrolled when left out. */
  focusedArea?: number | null;
  /** Called with the area a reader focuses or hovers in the view, and with `null` when they leave it. */
  onFocusArea?: (id: number | null) => void;
}

/** Props of a chart whose legend shows and hides series. */
export interface SeriesToggleProps {
  /** The keys (`Series.key`) of the series hidden from the chart (controlled); the evaluation itself is never hidden. Uncontrolled when left out. */
  hiddenSeries?: readonly string[];
  /** Called with a series' key when its legend button is pressed. */
  onToggleSeries?: (id: string) => void;
}

/** Props of {@link LinkedViews}. */
export interface LinkedViewsProps extends LinkedFocusProps, SeriesToggleProps {
  /** The views to link: every chart and table inside joins, however deep. */
  children?: ReactNode;
}

/** The linked state a view reads and sets. */
export interface LinkedFocus {
  /** The focused area, or `null`. */
  focusedArea: number | null;
  /** Focus an area (`null`: none). */
  focusArea: (id: number | null) => void;
  /** The keys of the hidden series. */
  hiddenSeries: readonly string[];
  /** Hide a shown series, show a hidden one. */
  toggleSeries: (id: string) => void;
}

const Linked = /* @__PURE__ */ createContext<LinkedFocus | null>(null);

/**
 * The linked state of a view: its own props where given (controlled), else the nearest
 * {@link LinkedViews}' state, else a state of its own (uncontrolled). The callbacks are called
 * either way. For charts of one's own that join the linked views.
 */
export function useLinkedFocus({
  focusedArea,
  onFocusArea,
  hiddenSeries,
  onToggleSeries,
}: LinkedFocusProps & SeriesToggleProps = {}): LinkedFocus {
  const parent = useContext(Linked);
  const [area, setArea] = useState<number | null>(null);
  const [hidden, setHidden] = useState<readonly string[]>([]);
  return {
    focusedArea: focusedArea !== undefined ? focusedArea : parent ? parent.focusedArea : area,
    focusArea: (id) => {
      if (focusedArea === undefined) (parent ? parent.focusArea : setArea)(id);
      onFocusArea?.(id);
    },
    hiddenSeries: hiddenSeries ?? parent?.hiddenSeries ?? hidden,
    toggleSeries: (id) => {
      if (!hiddenSeries) {
        if (parent) parent.toggleSeries(id);
        else setHidden((h) => (h.includes(id) ? h.filter((k) => k !== id) : [...h, id]));
      }
      onToggleSeries?.(id);
    },
  };
}

/**
 * One focus across a page's views: focusing or hovering an area in a chart inside highlights the
 * same area in every chart, data table, sub-question table and position strip inside, and the
 * series hidden in one chart's legend are hidden in all of them. Controlled with `focusedArea` and
 * `hiddenSeries`, uncontrolled without; a view's own props win over it. Renders no element.
 */
export function LinkedViews({ children, ...props }: LinkedViewsProps) {
  return <Linked.Provider value={useLinkedFocus(props)}>{children}</Linked.Provider>;
}

/** Props of {@link LinkedRegion}. */
export interface LinkedRegionProps extends LinkedFocusProps, Omit<HTMLAttributes<HTMLDivElement>, "children"> {
  /** The area the region shows. */
  areaId: number;
  /** Its content. */
  children?: ReactNode;
}

/**
 * A `<div>` that belongs to one area (a sub-question table): highlighted while its area is focused,
 * and focusing the area while the pointer is over it. A client component, so that a table rendered
 * by a Server Component joins the linked views.
 */
export const LinkedRegion = /* @__PURE__ */ forwardRef<HTMLDivElement, LinkedRegionProps>(function LinkedRegion(
  { areaId, focusedArea, onFocusArea, className, ...rest },
  ref,
) {
  const linked = useLinkedFocus({ focusedArea, onFocusArea });
  return (
    <div
      ref={ref}
      {...rest}
      className={linked.focusedArea === areaId ? `${className} kk-linked` : className}
      onMouseEnter={() => linked.focusArea(areaId)}
      onMouseLeave={() => linked.focusArea(null)}
    />
  );
});
