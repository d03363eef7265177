/**
 * Importing Kommunkompassen reports (extracted text) and spreadsheets (CSV) into the evaluation
 * format. Pure functions: no file or network access; the `kompass import` command does the I/O.
 */
export { importReportText } from "./report";
export { importCsv, looksLikeCsv } from "./csv";
export { decodeInput, type Decoded } from "./text";
export { SCHEMA_URL } from "./finish";
export type { Finding, FindingKind, ImportOptions, ImportResult } from "./types";
