import type { Series } from "@kommunkompassen/core";
import { numberedArea, type Messages } from "../i18n/messages";
import { MissingKey, ValueText } from "./AreaCells";
import { Hyphenated } from "./Hyphenated";
import type { ChartBand } from "./shared";

/** Props of {@link SeriesTable}. */
export interface SeriesTableProps {
  /** The series, one column each. */
  series: readonly Series[];
  /** Area names by id, one row each. */
  names: ReadonlyMap<number, string>;
  /** The caption. */
  caption: string;
  /** The messages. */
  messages: Messages;
  /** A group's band: two more columns, its low and high edge, under a header with its label and n. */
  band?: ChartBand | null;
  /** The keys of the series hidden from the chart: still columns, their headers saying so. */
  hidden?: readonly string[];
  /** The area whose row is highlighted (the linked views' focus). */
  focusedArea?: number | null;
  /** Called with a row's area while the pointer is over it, and with `null` when it leaves. */
  onFocusArea?: (id: number | null) => void;
}

/**
 * The data-table alternative of a chart: one row per area, one column per series (a series hidden
 * from the chart too, named so), and the totals; with a band, its low and high edge under a header
 * naming it. The focused area's row is highlighted.
 */
export function SeriesTable({
  series,
  names,
  caption,
  messages: m,
  band,
  hidden = [],
  focusedArea,
  onFocusArea,
}: SeriesTableProps) {
  const ids = series[0]?.values.map((v) => v.areaId) ?? [];
  const span = band ? 2 : undefined;
  const value = (v: number | null | undefined) => <ValueText value={v ?? null} messages={m} />;
  return (
    <>
      <table className="kk-table kk-series-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={span}>
              {m.area}
            </th>
            {series.map((s) => (
              <th scope="col" key={s.key} className="kk-num" rowSpan={span}>
                <Hyphenated text={hidden.includes(s.key) ? `${s.label} (${m.hiddenInChart})` : s.label} />
              </th>
            ))}
            {band ? (
              <th scope="colgroup" colSpan={2} className="kk-num">
                {m.bandLabel(band.band.label, band.band.n)}
              </th>
            ) : null}
          </tr>
          {band ? (
            <tr>
              <th scope="col" className="kk-num">
                {m.bandLow(band.band.kind)}
              </th>
              <th scope="col" className="kk-num">
                {m.bandHigh(band.band.kind)}
              </th>
            </tr>
          ) : null}
        </thead>
        <tbody>
          {ids.map((id) => (
            <tr
              key={id}
              className={id === focusedArea ? "kk-linked" : undefined}
              onMouseEnter={onFocusArea && (() => onFocusArea(id))}
              onMouseLeave={onFocusArea && (() => onFocusArea(null))}
            >
              <th scope="row">
                <Hyphenated text={numberedArea(id, names.get(id), m)} />
              </th>
              {series.map((s) => (
                <td key={s.key} className="kk-num">
                  {value(s.values.find((v) => v.areaId === id)?.value)}
                </td>
              ))}
              {band ? (
                <>
                  <td className="kk-num">{value(band.low.get(id))}</td>
                  <td className="kk-num">{value(band.high.get(id))}</td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{m.total}</th>
            {series.map((s) => (
              <td key={s.key} className="kk-num">
                {value(s.total)}
              </td>
            ))}
            {band ? <td colSpan={2}>{m.noData}</td> : null}
          </tr>
        </tfoot>
      </table>
      <MissingKey messages={m} />
    </>
  );
}
