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

/** The outcome of an import: the evaluation (or `null` when nothing usable was found) and every finding. */
export interface ImportResult {
  /**
   * The imported evaluation, valid against the schema and its framework (`validateEvaluation`
   * gives no errors); `null` when the input has no municipality, no year or no score at all.
   */
  evaluation: Evaluation | null;
  /** Everything the importer inferred, could not find, left out or found inconsistent. */
  findings: Finding[];
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
