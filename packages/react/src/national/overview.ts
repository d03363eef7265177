/**
 * The overview table's rows: grouped by model, ordered within each model (never one ranking across
 * models; a model not stated never by score), filtered by model, county, kommungrupp, year and a
 * search that ignores case and diacritics. Pure: the component renders what these return.
 */
import { compareSwedish, formatNumber, getFramework, isolateBidi, type Framework } from "@kommunkompassen/core";
import {
  foldMunicipalityName,
  KOMMUNGRUPP_NAMES,
  municipalityOf,
  type Kommungrupp,
} from "@kommunkompassen/core/municipalities";
import type { NationalMessages } from "../i18n/messages";
import { labelOf, modelOrder, valueCounts, type CollectionEntry, type CollectionModel } from "./model";

/** A column the table sorts by. */
export type OverviewColumn = "municipality" | "year" | "model" | "rank" | "total" | `area-${number}`;

/** How the rows are ordered: a column and a direction. */
export interface OverviewSort {
  column: OverviewColumn;
  descending: boolean;
}

/** What the rows are filtered by; an empty string is every value. */
export interface OverviewFilter {
  model: string;
  county: string;
  group: string;
  year: string;
  query: string;
}

/** The default order: by total, highest first, within each model. */
export const DEFAULT_SORT: OverviewSort = { column: "total", descending: true };

/** No filter. */
export const NO_FILTER: OverviewFilter = { model: "", county: "", group: "", year: "", query: "" };

/** One row: an evaluation with what its cells show and what it is sorted and filtered by. */
export interface OverviewRow {
  entry: CollectionEntry;
  /** The municipality's name, isolated. */
  name: string;
  /** The name folded for the search. */
  folded: string;
  /** The registry's county and kommungrupp (2023), when the municipality is in it. */
  county: { code: string; name: string } | null;
  group: Kommungrupp | null;
  /** The place cell: "11 av 12", "äldre", "rankas inte", "uppgift saknas". */
  rankText: string;
  /** The place, for sorting (`null`: not ranked). */
  position: number | null;
  /** The address of the evaluation's page, if given. */
  href?: string;
}

/** The rows of one model. */
export interface OverviewGroup {
  framework: string;
  label: string;
  /** False for a model not stated: its rows are never ordered by score. */
  stated: boolean;
  rows: OverviewRow[];
}

/** Every row, grouped by model in the order of {@link modelOrder}, and the area ids of the columns. */
export interface OverviewData {
  groups: OverviewGroup[];
  areaIds: number[];
  /** Every row, in input order. */
  rows: OverviewRow[];
}

function rankText(entry: CollectionEntry, ties: ReadonlyMap<number, number>, m: NationalMessages): string {
  const { standing } = entry;
  if (standing.rank === null) return standing.reason ? m.notRankedCell[standing.reason] : m.noData;
  const place = standing.rank.total;
  if (place === null) return m.noData;
  return m.rankCell(place.position, place.of, (ties.get(standing.total ?? NaN) ?? 0) > 1);
}

/** The overview's rows and groups of a collection. */
export function overviewData(
  model: CollectionModel,
  hrefs: readonly (string | null | undefined)[] | undefined,
  m: NationalMessages,
  frameworks: readonly Framework[] | undefined,
): OverviewData {
  const byModel = new Map<string, CollectionEntry[]>();
  for (const entry of model.entries) {
    const list = byModel.get(entry.evaluation.framework) ?? [];
    if (list.length === 0) byModel.set(entry.evaluation.framework, list);
    list.push(entry);
  }
  const rows: OverviewRow[] = [];
  const groups = modelOrder(model.entries).map((framework): OverviewGroup => {
    const entries = byModel.get(framework)!;
    // Ties among the ranked totals of this model: "delad 2 av 12".
    const ties = valueCounts(entries.filter((e) => e.standing.rank?.total).map((e) => e.standing.total));
    const groupRows = entries.map((entry): OverviewRow => {
      const record = municipalityOf(entry.evaluation.municipality);
      const href = hrefs?.[entry.index];
      const row: OverviewRow = {
        entry,
        name: isolateBidi(entry.evaluation.municipality.name),
        folded: foldMunicipalityName(entry.evaluation.municipality.name),
        county: record ? record.county : null,
        group: record ? record.kommungrupp2023 : null,
        rankText: rankText(entry, ties, m),
        position: entry.standing.rank?.total?.position ?? null,
        ...(href ? { href } : {}),
      };
      rows[entry.index] = row;
      return row;
    });
    return { framework, label: labelOf(framework, m, frameworks), stated: entries[0]!.modelStated, rows: groupRows };
  });
  const areaIds = new Set<number>();
  for (const group of groups) {
    for (const area of getFramework(group.framework, frameworks)?.areas ?? []) areaIds.add(area.id);
    for (const row of group.rows) for (const id of row.entry.areas.keys()) areaIds.add(id);
  }
  return { groups, areaIds: [...areaIds].sort((a, b) => a - b), rows };
}

const byName = (a: OverviewRow, b: OverviewRow) =>
  compareSwedish(a.name, b.name) || a.entry.evaluation.year - b.entry.evaluation.year;

/** A value to sort by; `null` rows always go last, whichever the direction. */
function sortValue(row: OverviewRow, column: OverviewColumn): number | null {
  if (column === "year") return row.entry.evaluation.year;
  if (column === "rank") return row.position;
  if (column === "total") return row.entry.score.total.value;
  if (column.startsWith("area-")) return row.entry.areas.get(Number(column.slice(5))) ?? null;
  return null;
}

/** Whether a column orders by score (never done for a model that is not stated). */
export function isScoreColumn(column: OverviewColumn): boolean {
  return column === "total" || column === "rank" || column.startsWith("area-");
}

/** The rows of one group in the chosen order (a model not stated by municipality when the column is a score). */
export function sortRows(rows: readonly OverviewRow[], sort: OverviewSort, stated: boolean): OverviewRow[] {
  const { column, descending } = sort;
  if (column === "municipality" || column === "model" || (!stated && isScoreColumn(column))) {
    const sorted = [...rows].sort(byName);
    return column === "municipality" && descending ? sorted.reverse() : sorted;
  }
  // The place: 1 first when ascending; the scores: highest first when descending.
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return (descending ? y - x : x - y) || byName(a, b);
  });
}

/** Whether a row passes the filter. */
export function matches(row: OverviewRow, filter: OverviewFilter, folded: string): boolean {
  return (
    (filter.model === "" || row.entry.evaluation.framework === filter.model) &&
    (filter.county === "" || row.county?.code === filter.county) &&
    (filter.group === "" || row.group === filter.group) &&
    (filter.year === "" || String(row.entry.evaluation.year) === filter.year) &&
    (folded === "" || row.folded.includes(folded))
  );
}

/** The groups to show: filtered, each ordered; the groups themselves by model label when sorting by model. */
export function visibleGroups(data: OverviewData, sort: OverviewSort, filter: OverviewFilter): OverviewGroup[] {
  const folded = filter.query.trim() === "" ? "" : foldMunicipalityName(filter.query);
  const groups = data.groups
    .map((group) => ({
      ...group,
      rows: sortRows(
        group.rows.filter((row) => matches(row, filter, folded)),
        sort,
        group.stated,
      ),
    }))
    .filter((group) => group.rows.length > 0);
  if (sort.column !== "model") return groups;
  const ordered = [...groups].sort((a, b) => compareSwedish(a.label, b.label));
  return sort.descending ? ordered.reverse() : ordered;
}

/** The options of the filters: the models, counties, kommungrupper and years in the collection. */
export function filterOptions(data: OverviewData, m: NationalMessages) {
  const counties = new Map<string, string>();
  const groups = new Set<Kommungrupp>();
  const years = new Set<number>();
  for (const row of data.rows) {
    if (row.county) counties.set(row.county.code, row.county.name);
    if (row.group) groups.add(row.group);
    years.add(row.entry.evaluation.year);
  }
  return {
    models: data.groups.map((g) => ({ value: g.framework, label: g.label })),
    counties: [...counties]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => compareSwedish(a.label, b.label)),
    groups: [...groups].sort().map((g) => ({ value: g, label: m.kommungrupp(g, KOMMUNGRUPP_NAMES[g]) })),
    years: [...years].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) })),
  };
}

/** A score cell's text: the number, or `null` when not known. */
export function scoreText(value: number | null | undefined, m: NationalMessages): string | null {
  return value === null || value === undefined ? null : formatNumber(value, m.lang);
}
