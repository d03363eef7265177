import type { Series } from "@kommunkompassen/core";
import { displayValue, numberedArea, type Messages } from "../i18n/messages";

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
}

/** The data-table alternative of a chart: one row per area, one column per series, and the totals. */
export function SeriesTable({ series, names, caption, messages: m }: SeriesTableProps) {
  const ids = series[0]?.values.map((v) => v.areaId) ?? [];
  return (
    <table className="kk-table kk-series-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.area}</th>
          {series.map((s) => (
            <th scope="col" key={s.key} className="kk-num">
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ids.map((id) => (
          <tr key={id}>
            <th scope="row">{numberedArea(id, names.get(id), m)}</th>
            {series.map((s) => (
              <td key={s.key} className="kk-num">
                {displayValue(s.values.find((v) => v.areaId === id)?.value ?? null, m)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{m.total}</th>
          {series.map((s) => (
            <td key={s.key} className="kk-num">
              {displayValue(s.total, m)}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
