import type { ReactNode } from "react";
import { formatNumber } from "@kommunkompassen/core";
import type { NationalMessages } from "../i18n/messages";

/**
 * An unknown value in a table cell: a dash to see, "uppgift saknas" to hear (and on paper, where
 * the words take the dash's place), so that a narrow column needs no room for the words.
 */
export function Missing({ messages: m }: { messages: Pick<NationalMessages, "noData"> }) {
  return (
    <>
      <span className="kk-missing__mark" aria-hidden="true">
        –
      </span>
      <span className="kk-missing__words kk-visually-hidden">{` ${m.noData}`}</span>
    </>
  );
}

/** A number in a cell, or {@link Missing}. */
export function ValueText({
  value,
  messages: m,
}: {
  value: number | null | undefined;
  messages: Pick<NationalMessages, "noData" | "lang">;
}) {
  return value === null || value === undefined ? <Missing messages={m} /> : <>{formatNumber(value, m.lang)}</>;
}

/**
 * Under a table: what its dash ({@link Missing}) means ("– uppgift saknas"), shown by the stylesheet
 * only where the table has one (`:has()`), and not on paper, where the words take the dash's place.
 */
export function MissingKey({ messages: m }: { messages: { noDataKey: string } }) {
  return (
    <p className="kk-table__key" aria-hidden="true">
      {m.noDataKey}
    </p>
  );
}

/** The header cells of the area columns: "Omr. 3" to see, "Område 3" to hear; sortable with `render`. */
export function AreaHeaders({
  areaIds,
  messages: m,
  render,
}: {
  areaIds: readonly number[];
  messages: NationalMessages;
  /** Wraps a header's label (in a sort button) and gives the cell's attributes. */
  render?: (id: number, label: ReactNode) => { content: ReactNode; sort?: "ascending" | "descending" };
}) {
  return (
    <>
      {areaIds.map((id) => {
        const { short, full } = m.areaColumn(id);
        const label = (
          <>
            <span aria-hidden="true">{short}</span>
            <span className="kk-visually-hidden">{full}</span>
          </>
        );
        const cell: { content: ReactNode; sort?: "ascending" | "descending" } = render
          ? render(id, label)
          : { content: label };
        return (
          <th key={id} scope="col" className="kk-num kk-col-area" aria-sort={cell.sort}>
            {cell.content}
          </th>
        );
      })}
    </>
  );
}

/**
 * A row's area cells, one per column (hidden in a narrow table, where {@link InlineAreas} shows them);
 * for a row with no area score known (most published results give only the total) one cell across
 * the area columns that says so.
 */
export function AreaCells({
  areaIds,
  areas,
  messages: m,
}: {
  areaIds: readonly number[];
  areas: ReadonlyMap<number, number | null>;
  messages: NationalMessages;
}) {
  if (areaIds.length === 0) return null;
  if (!areaIds.some((id) => typeof areas.get(id) === "number"))
    return (
      <td colSpan={areaIds.length} className="kk-col-area kk-no-areas">
        {m.noAreasKnown}
      </td>
    );
  return (
    <>
      {areaIds.map((id) => (
        <td key={id} className="kk-num kk-col-area">
          <ValueText value={areas.get(id)} messages={m} />
        </td>
      ))}
    </>
  );
}

/**
 * A row's known area scores in one line ("Områden – 1: 52, 2: 41"), for a table too narrow for the
 * area columns: `hidden` (so it shows only where the stylesheet's container query hides the columns).
 */
export function InlineAreas({
  areaIds,
  areas,
  messages: m,
}: {
  areaIds: readonly number[];
  areas: ReadonlyMap<number, number | null>;
  messages: NationalMessages;
}) {
  const known = areaIds.filter((id) => typeof areas.get(id) === "number");
  if (known.length === 0) return null;
  return (
    <span className="kk-inline-areas" hidden>
      {m.areasInline} – {known.map((id) => `${id}:\u00a0${formatNumber(areas.get(id)!, m.lang)}`).join(", ")}
    </span>
  );
}
