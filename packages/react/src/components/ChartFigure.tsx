import { forwardRef, useContext, useId, type HTMLAttributes, type ReactNode } from "react";
import type { Messages } from "../i18n/messages";
import type { PointNavigation } from "../hooks/usePointNavigation";
import type { Theme } from "./theme";
import { ChartDownloadMenu, type ChartDownloadData, type ChartDownloads } from "./ChartDownloads";
import { DataDisclosure } from "./DataDisclosure";

/** Props shared by every chart's root `<figure>`. */
export interface ChartRootProps extends Omit<HTMLAttributes<HTMLElement>, "title" | "children" | "lang"> {
  /** Colour theme: light, dark, or follow the user's system setting. Defaults to `light`. */
  theme?: Theme;
  /**
   * A download menu beside the chart (off by default): `true` builds every file in the browser (the
   * chart's SVG and PNG at 1× and 2× from the chart on the page, its data as CSV, the radar's sharing
   * card, the evaluation as CSV and JSON); groups of links show those as plain links instead (for a
   * page without scripts).
   */
  downloads?: ChartDownloads;
}

/** Props of {@link ChartFigure}. */
export interface ChartFigureProps extends ChartRootProps {
  /** Stable class naming the chart type, e.g. `kk-radar`. */
  chartClass: string;
  /** The caption (and the SVG's title). */
  title: string;
  /** The generated summary (the SVG's description). */
  summary: string;
  /** The messages. */
  messages: Messages;
  /** Render the plot: receives the ids for the SVG's `<title>` and `<desc>`. */
  plot: (ids: { titleId: string; descId: string }) => ReactNode;
  /** What the download menu makes the data files from (the evaluation and the series drawn). */
  download?: ChartDownloadData;
  /** Extra content under the plot, such as a key of area names. */
  afterPlot?: ReactNode;
  /** The legend. */
  legend?: ReactNode;
  /** The data table alternative. */
  table: ReactNode;
  /** Keyboard navigation of the data points. */
  navigation: PointNavigation;
  /** What the active point is, for the live region. */
  announcement: string;
  /** Show the summary as visible text under the chart (it is always the SVG's description). */
  showSummary?: boolean;
  /**
   * Notes under the plot, always visible: which series are left out and why (they are in the SVG's
   * description too).
   */
  notes?: readonly string[];
  /**
   * Shown instead of the plot (and its legend and summary) when there is nothing to draw, such as an
   * evaluation known only by its total. The data table stays.
   */
  empty?: string;
}

/**
 * The accessible frame every chart shares: a `<figure>` with its caption; the plot in a single tab
 * stop whose arrow keys move between data points (announced in a polite live region, dismissed with
 * Escape), or a sentence saying why there is nothing to draw; notes on series left out; the legend;
 * the summary; and the data table in a disclosure that is always present.
 */
export const ChartFigure = /* @__PURE__ */ forwardRef<HTMLElement, ChartFigureProps>(function ChartFigure(
  {
    chartClass,
    title,
    summary,
    messages: m,
    plot,
    afterPlot,
    legend,
    table,
    navigation,
    announcement,
    showSummary = true,
    notes = [],
    empty,
    theme = "light",
    downloads = false,
    download,
    className,
    ...rest
  },
  ref,
) {
  const id = useId();
  const ids = { titleId: `${id}-title`, descId: `${id}-desc` };
  const helpId = `${id}-help`;
  const captionId = `${id}-caption`;
  const Disclosure = useContext(DataDisclosure);
  return (
    <figure
      ref={ref}
      lang={m.lang}
      data-kk-theme={theme}
      aria-labelledby={captionId}
      className={["kk", "kk-chart", chartClass, className].filter(Boolean).join(" ")}
      {...rest}
    >
      <figcaption id={captionId} className="kk-chart__title">
        {title}
      </figcaption>
      {downloads !== false && empty === undefined ? (
        <ChartDownloadMenu downloads={downloads} data={download} title={title} chartClass={chartClass} lang={m.lang} />
      ) : null}
      {empty !== undefined ? (
        <p className="kk-chart__empty">{empty}</p>
      ) : (
        <div
          className="kk-chart__plot"
          tabIndex={0}
          role="group"
          aria-label={title}
          aria-describedby={helpId}
          onKeyDown={navigation.onKeyDown}
          onFocus={navigation.onFocus}
          onBlur={navigation.hide}
        >
          {plot(ids)}
          <p id={helpId} className="kk-visually-hidden">
            {m.keyboardHelp}
          </p>
          <p className="kk-visually-hidden" aria-live="polite">
            {announcement}
          </p>
        </div>
      )}
      {empty !== undefined ? null : afterPlot}
      {notes.map((note, i) => (
        <p key={i} className="kk-chart__note">
          {note}
        </p>
      ))}
      {empty !== undefined ? null : legend}
      {showSummary && empty === undefined ? <p className="kk-chart__summary">{summary}</p> : null}
      <Disclosure summary={m.showTable}>{table}</Disclosure>
    </figure>
  );
});

/** The ids a plot's SVG uses for its `<title>` and `<desc>`. */
export interface PlotIds {
  titleId: string;
  descId: string;
}

/** Props of {@link PlotVariants}. */
export interface PlotVariantsProps {
  /** Render only the wide variant, only the narrow one, or both for CSS to choose from. */
  choice: "wide" | "narrow" | "both";
  /** The ids from {@link ChartFigure}'s `plot`. */
  ids: PlotIds;
  /** The variant for wide containers. */
  wide: (ids: PlotIds) => ReactNode;
  /** The variant for narrow containers (readable at 320 px). */
  narrow: (ids: PlotIds) => ReactNode;
}

/**
 * A chart's wide and narrow variants. With both, a container query shows one; the narrow one
 * carries `hidden`, so without the stylesheet only the wide one shows, and its ids get a suffix.
 */
export function PlotVariants({ choice, ids, wide, narrow }: PlotVariantsProps) {
  if (choice === "wide") return <>{wide(ids)}</>;
  if (choice === "narrow") return <>{narrow(ids)}</>;
  return (
    <>
      <div className="kk-variant kk-variant--wide">{wide(ids)}</div>
      <div className="kk-variant kk-variant--narrow" hidden>
        {narrow({ titleId: `${ids.titleId}-n`, descId: `${ids.descId}-n` })}
      </div>
    </>
  );
}
