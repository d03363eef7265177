/**
 * @kommunkompassen/core/downloads: the files a reader can download, made from the data alone (pure,
 * no DOM, no I/O): CSV in two dialects (Swedish Excel: UTF-8 with a byte order mark, `;`, decimal
 * comma; plain: `,`, decimal point) with formula-looking text made inert, and JSON, for one
 * evaluation, a chart's series, or many evaluations; and the files' names. Every file carries the
 * source and the model: a CSV in columns on every row (never in comment lines above the header,
 * which a spreadsheet takes for data), a JSON in the evaluation's own fields.
 *
 * A separate entry point, so that a bundle of the core or of the components carries none of it
 * until a download is made.
 *
 * @packageDocumentation
 */
import type { Collection } from "../validate/collection";
import type { Evaluation, Source } from "../schema/types";
import type { Series } from "../series/series";
import { toCsv, type CsvFormat } from "./csv";
import {
  collectionTable,
  comparisonTable,
  evaluationTable,
  seriesTable,
  type EvaluationTableOptions,
  type TableOptions,
} from "./tables";

export { toCsv, csvNumber, inertText, CSV_DIALECTS, type CsvCell, type CsvFormat } from "./csv";
export {
  evaluationTable,
  seriesTable,
  collectionTable,
  comparisonTable,
  type TableOptions,
  type EvaluationTableOptions,
} from "./tables";
export { downloadMessages, csvWords, type DownloadMessages, type CsvWords } from "../messages/downloads";

/** The whole evaluation (or some of its areas) as CSV: {@link evaluationTable} written by {@link toCsv}. */
export function evaluationCsv(evaluation: Evaluation, format: CsvFormat, options: EvaluationTableOptions = {}): string {
  return toCsv(evaluationTable(evaluation, options), format);
}

/** A chart's series as CSV: {@link seriesTable} written by {@link toCsv}. */
export function seriesCsv(
  series: readonly (Series & { source?: Source })[],
  format: CsvFormat,
  options: TableOptions = {},
): string {
  return toCsv(seriesTable(series, options), format);
}

/** The change from one evaluation to the next as CSV: {@link comparisonTable} written by {@link toCsv}. */
export function comparisonCsv(from: Evaluation, to: Evaluation, format: CsvFormat, options: TableOptions = {}): string {
  return toCsv(comparisonTable(from, to, options), format);
}

/** Many evaluations as CSV, a row each: {@link collectionTable} written by {@link toCsv}. */
export function collectionCsv(
  evaluations: readonly Evaluation[],
  format: CsvFormat,
  options: TableOptions = {},
): string {
  return toCsv(collectionTable(evaluations, options), format);
}

/** The evaluation as its JSON file (its source, model and notes are its own fields), indented, with a final newline. */
export function evaluationJson(evaluation: Evaluation): string {
  return JSON.stringify(evaluation, null, 2) + "\n";
}

/**
 * Many evaluations as a collection file (`collection.schema.json`): the collection's own fields
 * (title, sources, notes, definitions, references) where given, and the evaluations.
 */
export function collectionJson(
  evaluations: readonly Evaluation[],
  about: Omit<Partial<Collection>, "evaluations" | "schemaVersion"> = {},
): string {
  const collection: Collection = { schemaVersion: 1, ...about, evaluations: [...evaluations] };
  return JSON.stringify(collection, null, 2) + "\n";
}

/** Letters without their diacritics, lower case, everything else a hyphen: `Västerås stad` → `vasteras-stad`. */
function slug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "kommun"
  );
}

/**
 * A download's file name: the municipality's code (or the slug of its name), the year, what it
 * is and the extension: `2084-2014-radar.svg`, `2084-2014.csv`, `vasteras-stad-2014-card.png`.
 */
export function downloadFileName(
  evaluation: Pick<Evaluation, "municipality" | "year">,
  what: string,
  ext: string,
): string {
  const who = evaluation.municipality.code?.trim()
    ? slug(evaluation.municipality.code)
    : slug(evaluation.municipality.name);
  return `${who}-${evaluation.year}${what ? `-${slug(what)}` : ""}.${ext}`;
}
