import { forwardRef, useEffect, useId, useMemo, useState, type HTMLAttributes, type ReactNode } from "react";
import {
  knownAreas,
  getFramework,
  type Evaluation,
  type EvaluationInput,
  type Framework,
  type Lang,
} from "@kommunkompassen/core";
import { useValidatedInputs } from "../hooks/useValidated";
import { resolveNationalMessages, type Messages, type NationalMessages } from "../i18n/messages";
import { collectionModel } from "../national/model";
import {
  DEFAULT_SORT,
  filterOptions,
  NO_FILTER,
  overviewData,
  visibleGroups,
  type OverviewColumn,
  type OverviewData,
  type OverviewFilter,
  type OverviewGroup,
  type OverviewRow,
  type OverviewSort,
} from "../national/overview";
import { AreaCells, AreaHeaders, InlineAreas, ValueText } from "./AreaCells";
import { TableError } from "./TableError";
import { CollectionDownloadMenu } from "./CollectionDownloads";
import type { Theme } from "./theme";

/** Props of {@link OverviewTable}. */
export interface OverviewTableProps extends Omit<HTMLAttributes<HTMLDivElement>, "children" | "lang"> {
  /** The collection's evaluations, in the shared schema. Invalid data renders an error notice. */
  evaluations: readonly EvaluationInput[];
  /** The address of each evaluation's page, in the order of `evaluations`: its name links there. */
  hrefs?: readonly (string | null | undefined)[];
  /** The table's caption; "Kommunkompassen: 19 utvärderingar" by default. */
  caption?: string;
  /** Rank every evaluation, not only the latest of each municipality within its model. */
  all?: boolean;
  /** Offer sorting, filters and the search once JavaScript runs (the table is complete without). Defaults to true. */
  interactive?: boolean;
  /** Prefix of the ids of each model's rows (`<prefix>kommunkompassen-2.0`), for links into the table. */
  idPrefix?: string;
  /** Language of all text; defaults to Swedish. */
  lang?: Lang;
  /** Overrides of any built-in string. */
  messages?: Partial<NationalMessages>;
  /** Framework definitions beyond the built-in ones (they replace a built-in one of the same id). */
  frameworks?: readonly Framework[];
  /** Colour theme: light, dark, or follow the user's system setting. Defaults to `light`. */
  theme?: Theme;
  /**
   * A download menu above the table (off by default): the rows shown and every evaluation, as CSV
   * (Swedish Excel and plain, a row per evaluation) and as a collection's JSON, built in the browser.
   */
  downloads?: boolean;
}

/** The state of an enhanced table: its order and filter, or `null` before JavaScript runs. */
interface Controls {
  sort: OverviewSort;
  filter: OverviewFilter;
  setSort: (column: OverviewColumn) => void;
  setFilter: (filter: OverviewFilter) => void;
}

/** A column header: its label, and with JavaScript a button that sorts by it (`aria-sort` on the active one). */
function SortHeader({
  column,
  label,
  controls,
  numeric = false,
  className,
}: {
  column: OverviewColumn;
  label: ReactNode;
  controls: Controls | null;
  numeric?: boolean;
  className?: string;
}) {
  const active = controls?.sort.column === column;
  const classes = [numeric ? "kk-num" : "", className].filter(Boolean).join(" ") || undefined;
  return (
    <th
      scope="col"
      className={classes}
      aria-sort={active ? (controls!.sort.descending ? "descending" : "ascending") : undefined}
    >
      {controls ? <SortButton column={column} label={label} controls={controls} /> : label}
    </th>
  );
}

function SortButton({ column, label, controls }: { column: OverviewColumn; label: ReactNode; controls: Controls }) {
  const active = controls.sort.column === column;
  return (
    <button type="button" className="kk-sort" onClick={() => controls.setSort(column)}>
      {label}
      <span className="kk-sort__icon" aria-hidden="true">
        {active ? (controls.sort.descending ? "▼" : "▲") : "↕"}
      </span>
    </button>
  );
}

function HeaderRow({
  data,
  controls,
  messages: m,
}: {
  data: OverviewData;
  controls: Controls | null;
  messages: NationalMessages;
}) {
  return (
    <tr>
      <SortHeader column="municipality" label={m.municipality} controls={controls} />
      <SortHeader column="year" label={m.year} controls={controls} numeric />
      <SortHeader column="model" label={m.framework} controls={controls} className="kk-col-model" />
      <SortHeader column="rank" label={m.rank} controls={controls} numeric />
      <SortHeader column="total" label={m.total} controls={controls} numeric />
      <AreaHeaders
        areaIds={data.areaIds}
        messages={m}
        render={(id, label) => {
          const column: OverviewColumn = `area-${id}`;
          const active = controls?.sort.column === column;
          return {
            content: controls ? <SortButton column={column} label={label} controls={controls} /> : label,
            sort: active ? (controls!.sort.descending ? "descending" : "ascending") : undefined,
          };
        }}
      />
    </tr>
  );
}

/**
 * One evaluation's row. A component of its own, so that a table of thousands of rows creates each
 * row's elements only when it is rendered: they are garbage soon after, instead of all of them being
 * alive until the whole table is done (which made the garbage collector's work grow faster than the
 * rows did).
 */
function OverviewRowView({
  row,
  label,
  areaIds,
  messages: m,
}: {
  row: OverviewRow;
  label: string;
  areaIds: readonly number[];
  messages: NationalMessages;
}) {
  const { evaluation, score, areas } = row.entry;
  const name = row.href ? (
    <a href={row.href}>
      {row.name}
      <span className="kk-visually-hidden"> {evaluation.year}</span>
    </a>
  ) : (
    row.name
  );
  return (
    <tr>
      <th scope="row">
        {name}
        <InlineAreas areaIds={areaIds} areas={areas} messages={m} />
      </th>
      <td className="kk-num">{evaluation.year}</td>
      <td className="kk-col-model">{label}</td>
      <td className="kk-num kk-overview__rank">{row.rankText}</td>
      <td className="kk-num">
        <ValueText value={score.total.value} messages={m} />
        {score.total.value !== null && score.total.source === "derived" ? (
          <span className="kk-derived"> ({m.derived})</span>
        ) : null}
      </td>
      <AreaCells areaIds={areaIds} areas={areas} messages={m} />
    </tr>
  );
}

function GroupRows({
  group,
  data,
  idPrefix,
  messages: m,
}: {
  group: OverviewGroup;
  data: OverviewData;
  idPrefix: string;
  messages: NationalMessages;
}) {
  const columns = 5 + data.areaIds.length;
  const heading = m.overviewGroup(group.label, group.rows.length);
  return (
    <tbody id={`${idPrefix}${group.framework}`} className="kk-overview__group">
      <tr>
        <th scope="rowgroup" colSpan={columns} className="kk-overview__group-title">
          {group.stated ? heading : `${heading} (${m.overviewGroupUnranked})`}
        </th>
      </tr>
      {group.rows.map((row) => (
        <OverviewRowView key={row.entry.index} row={row} label={group.label} areaIds={data.areaIds} messages={m} />
      ))}
    </tbody>
  );
}

function Select({
  label,
  value,
  all,
  options,
  onChange,
}: {
  label: string;
  value: string;
  all: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="kk-overview__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The filters and the search (only once JavaScript runs: without it they could do nothing). */
function Filters({
  data,
  controls,
  messages: m,
}: {
  data: OverviewData;
  controls: Controls;
  messages: NationalMessages;
}) {
  const options = useMemo(() => filterOptions(data, m), [data, m]);
  const { filter, setFilter } = controls;
  const searchId = useId();
  const set = (key: keyof OverviewFilter) => (value: string) => setFilter({ ...filter, [key]: value });
  return (
    <form className="kk-overview__filters" aria-label={m.filters} onSubmit={(e) => e.preventDefault()}>
      <div className="kk-overview__field kk-overview__field--search">
        <label htmlFor={searchId}>{m.search}</label>
        <input
          id={searchId}
          type="search"
          value={filter.query}
          autoComplete="off"
          onChange={(e) => setFilter({ ...filter, query: e.target.value })}
        />
      </div>
      <Select
        label={m.filterModel}
        value={filter.model}
        all={m.allModels}
        options={options.models}
        onChange={set("model")}
      />
      <Select
        label={m.filterCounty}
        value={filter.county}
        all={m.allCounties}
        options={options.counties}
        onChange={set("county")}
      />
      <Select
        label={m.filterGroup}
        value={filter.group}
        all={m.allGroups}
        options={options.groups}
        onChange={set("group")}
      />
      <Select
        label={m.filterYear}
        value={filter.year}
        all={m.allYears}
        options={options.years}
        onChange={set("year")}
      />
      <button type="button" className="kk-overview__reset" onClick={() => setFilter(NO_FILTER)}>
        {m.resetFilters}
      </button>
    </form>
  );
}

/** The label of the column sorted by, for the announcement. */
function columnLabel(column: OverviewColumn, m: NationalMessages): string {
  if (column.startsWith("area-")) return m.areaColumn(Number(column.slice(5))).full;
  return { municipality: m.municipality, year: m.year, model: m.framework, rank: m.rank, total: m.total }[
    column as Exclude<OverviewColumn, `area-${number}`>
  ];
}

/** Sorting and filtering state, and whether JavaScript has run (the first render is the static table). */
function useControls(interactive: boolean): Controls | null {
  const [enhanced, setEnhanced] = useState(false);
  const [sort, setSortState] = useState<OverviewSort>(DEFAULT_SORT);
  const [filter, setFilter] = useState<OverviewFilter>(NO_FILTER);
  useEffect(() => {
    if (interactive) setEnhanced(true);
  }, [interactive]);
  if (!enhanced || !interactive) return null;
  const setSort = (column: OverviewColumn) =>
    setSortState((s) =>
      s.column === column
        ? { column, descending: !s.descending }
        : { column, descending: column !== "municipality" && column !== "rank" && column !== "model" },
    );
  return { sort, filter, setSort, setFilter };
}

/** The key of area names under the table: the areas of each model whose areas are known. */
function AreaKeyList({
  groups,
  messages: m,
  frameworks,
}: {
  groups: readonly OverviewGroup[];
  messages: NationalMessages;
  frameworks: readonly Framework[] | undefined;
}) {
  const known = groups.flatMap((g) => {
    const areas = knownAreas(getFramework(g.framework, frameworks));
    return areas ? [{ label: g.label, areas }] : [];
  });
  if (known.length === 0) return null;
  return (
    <details className="kk-overview__key">
      <summary>{m.areaKeyTitle}</summary>
      <dl>
        {known.map(({ label, areas }) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <ol>
                {areas.map((a) => (
                  <li key={a.id} value={a.id}>
                    {m.lang === "en" ? a.name.en : a.name.sv}
                  </li>
                ))}
              </ol>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/**
 * The overview of a collection: every evaluation with its municipality, year, model (by its label),
 * its place within the model, its total and its eight area scores. Rows are grouped by model and
 * sorted by total within each model, never ranked across models; a model not stated is shown, never
 * ranked or ordered by score. Without JavaScript it is a complete static table with its caption;
 * with JavaScript the headers sort by any column (`aria-sort`), and filters by model, county,
 * kommungrupp and year and a search that ignores case and diacritics ("orebro" finds Örebro) narrow
 * the rows, the number shown announced politely. A client component.
 */
export const OverviewTable = /* @__PURE__ */ forwardRef<HTMLDivElement, OverviewTableProps>(function OverviewTable(
  {
    evaluations,
    hrefs,
    caption,
    all = false,
    interactive = true,
    idPrefix = "kk-model-",
    lang = "sv",
    messages: overrides,
    frameworks,
    theme = "light",
    downloads = false,
    className,
    ...rest
  },
  ref,
) {
  const m = resolveNationalMessages(lang, overrides);
  const validated = useValidatedInputs(
    evaluations.map((e, i) => [`evaluations/${i}`, e, true] as const),
    frameworks,
  );
  const data = useMemo(() => {
    if (!validated.ok) return null;
    const model = collectionModel(validated.evaluations as Evaluation[], all, frameworks);
    return overviewData(model, hrefs, m, frameworks);
    // `m` follows from `lang` and the overrides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [validated, all, frameworks, hrefs, lang, overrides]);
  const controls = useControls(interactive);
  const descId = useId();
  if (!validated.ok || !data)
    return (
      <TableError
        ref={ref}
        errors={validated.ok ? [] : validated.errors}
        messages={m as Messages}
        theme={theme}
        className={className}
        {...rest}
      />
    );
  const groups = visibleGroups(data, controls?.sort ?? DEFAULT_SORT, controls?.filter ?? NO_FILTER);
  const shown = groups.reduce((n, g) => n + g.rows.length, 0);
  const reasons = [...new Set(data.rows.flatMap((r) => (r.entry.standing.reason ? [r.entry.standing.reason] : [])))];
  return (
    <div
      ref={ref}
      lang={m.lang}
      data-kk-theme={theme}
      className={["kk", "kk-overview", className].filter(Boolean).join(" ")}
      {...rest}
    >
      {controls ? <Filters data={data} controls={controls} messages={m} /> : null}
      {downloads ? (
        <CollectionDownloadMenu
          shown={groups.flatMap((g) => g.rows.map((r) => r.entry.evaluation))}
          all={data.rows.map((r) => r.entry.evaluation)}
          title={caption ?? m.overviewCaption(data.rows.length)}
          lang={m.lang}
        />
      ) : null}
      <p id={descId} className="kk-overview__order">
        {m.overviewOrder}
        {controls ? ` ${m.sortHelp}` : ""}
      </p>
      {controls ? (
        <p className="kk-overview__status" role="status" aria-live="polite">
          {`${m.rowsShown(shown, data.rows.length)} ${m.sortedBy(columnLabel(controls.sort.column, m), controls.sort.descending)}`}
        </p>
      ) : null}
      <table className="kk-table kk-overview__table" aria-describedby={descId}>
        <caption>{caption ?? m.overviewCaption(data.rows.length)}</caption>
        <thead>
          <HeaderRow data={data} controls={controls} messages={m} />
        </thead>
        {groups.map((group) => (
          <GroupRows key={group.framework} group={group} data={data} idPrefix={idPrefix} messages={m} />
        ))}
        {groups.length === 0 ? (
          <tbody>
            <tr>
              <td colSpan={5 + data.areaIds.length}>{m.noRowsMatch}</td>
            </tr>
          </tbody>
        ) : null}
      </table>
      {reasons.length > 0 ? (
        <ul className="kk-overview__notes">
          {reasons.map((reason) => (
            <li key={reason}>{m.notRankedNote[reason]}</li>
          ))}
        </ul>
      ) : null}
      <AreaKeyList groups={data.groups} messages={m} frameworks={frameworks} />
    </div>
  );
});
