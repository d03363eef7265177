import type { Evaluation } from "@kommunkompassen/core";
import type { FindingValues, ImportFindingCode } from "@kommunkompassen/core/messages";

export type { FindingValues, ImportFindingCode };

/**
 * What kind of remark an import makes about a value:
 *
 * - `inferred`: the value is in the output, but the importer decided it (the framework version from
 *   the area names, a name's capitalisation, the pairing of question texts and numbers by order…);
 * - `missing`: the value is not in the output because the input does not give it (or it could not
 *   be read reliably);
 * - `ignored`: part of the input was left out on purpose (site noise, page footers, unknown CSV
 *   columns, duplicate rows);
 * - `warning`: something in the input disagrees with itself or with the framework; the published
 *   value is kept where it is valid, left out where it is not.
 */
export type FindingKind = "inferred" | "missing" | "ignored" | "warning";

/**
 * How much a finding matters: `info` (inferred or left out on purpose), `warning` (a value is
 * missing or the input disagrees with itself), `error` (nothing usable: no evaluation).
 */
export type FindingSeverity = "info" | "warning" | "error";

/** One remark of an import about the output: data, worded per language by `importMessages` (`@kommunkompassen/core/messages`). */
export interface Finding {
  /** The stable code (docs/import.md lists every one with its values). */
  code: ImportFindingCode;
  /** What kind of remark this is. */
  kind: FindingKind;
  /** How much it matters. */
  severity: FindingSeverity;
  /**
   * JSON Pointer (RFC 6901) into the output evaluation where the value is or would be (for a results
   * table, into the output collection: `/evaluations/4/total`); `""` for the whole file, or a row
   * that gives no evaluation.
   */
  path: string;
  /** The values involved (numbers, ids, quoted text), for programs and for the wording. */
  values: FindingValues;
  /** The finding in English (`wordFinding(finding, "en")`), kept for programs that print it as it is. */
  message: string;
}

/**
 * Where one imported value was read: its JSON pointer in the evaluation, the character range in
 * the source text ({@link ImportResult.text}) and the snippet there, as printed ("9,75", "65 %",
 * "AVESTA KOMMUN"); for a table (CSV, a results table), the row and column of its cell too. A value
 * given as an option has `option` instead of a range.
 */
export interface Evidence {
  /** JSON Pointer (RFC 6901) of the value in the evaluation: `/areas/3/score`, `/areas/0/questions/2/percent`. */
  path: string;
  /** Where the value is printed: `[start, end)`, UTF-16 offsets in {@link ImportResult.text}. */
  start?: number;
  end?: number;
  /** `text.slice(start, end)`: the value as the text prints it. */
  snippet?: string;
  /** The line around it (at most 60 characters on each side, white space collapsed, `…` where cut). */
  context?: string;
  /** The page (from 1): for a PDF, and for text whose pages are separated by form feeds. */
  page?: number;
  /** The option that gave the value instead of the text. */
  option?: "municipality" | "year" | "code";
  /** A table's row of the value's cell (the header is row 1, as in the findings' `row`). */
  row?: number;
  /** A table's column of the value's cell: its header as written ("uppnått", "area_3"). */
  column?: string;
  /**
   * The value is not printed but looked up from the one the range shows: `registry`, a
   * municipality code from the municipality's name in the registry (`results-code-from-registry`).
   */
  lookup?: "registry";
}

/** The outcome of an import: the evaluation (or `null` when nothing usable was found) and every finding. */
export interface ImportResult {
  /**
   * The imported evaluation, valid against the schema and its framework (`validateEvaluation`
   * gives no errors); `null` when the input has no municipality, no year or no score at all.
   */
  evaluation: Evaluation | null;
  /** Everything the importer inferred, could not find, left out or found inconsistent. */
  findings: Finding[];
  /**
   * The evidence: one entry for each value of the evaluation read from the input (municipality,
   * code, year, date, total, every area score and max, every sub-question's achieved, max and
   * percent), or given as an option. Empty when nothing was imported.
   */
  evidence?: Evidence[];
  /**
   * The text the evidence ranges are offsets in: the input as decoded (a byte order mark left
   * out; line endings as they were) or, for a PDF, the text rebuilt from its pages (pages
   * separated by form feeds).
   */
  text?: string;
}

/** Options of {@link importReportText} and {@link importCsv}. */
export interface ImportOptions {
  /** The framework id; without it the importer decides between 2.0 and 2.1 and says so. */
  framework?: string;
  /** The four-digit municipality code (kommunkod), which the reports do not print. */
  code?: string;
  /** The municipality's name (required for CSV unless given in a `# municipality:` line). */
  municipality?: string;
  /** The evaluation year (required for CSV unless given in a `# year:` line). */
  year?: number;
  /** The file name to record in `source.file`. */
  file?: string;
}
