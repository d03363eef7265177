/**
 * Importing Kommunkompassen reports (extracted text) and spreadsheets (CSV) into the evaluation
 * format. Pure functions: no file or network access; the `kompass import` command does the I/O.
 */
export { importReportText } from "./report";
export { importCsv, looksLikeCsv } from "./csv";
export {
  importResultsTable,
  looksLikeResultsTable,
  MAX_RESULT_ROWS,
  type ResultsTableOptions,
  type ResultsTableResult,
} from "./results";
export { decodeInput, type Decoded } from "./text";
export { SCHEMA_URL } from "./finish";
export { wordFinding, MAX_FINDINGS_PER_CODE } from "./findings";
export { MAX_COLUMNS } from "./csv";
export type {
  Evidence,
  Finding,
  FindingKind,
  FindingSeverity,
  FindingValues,
  ImportFindingCode,
  ImportOptions,
  ImportResult,
} from "./types";
