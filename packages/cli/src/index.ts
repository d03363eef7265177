/**
 * @kommunkompassen/cli: the `kompass` command, and its programmatic entry point for tools that
 * want to run it in-process.
 *
 * @packageDocumentation
 */
export { run, USAGE, VERSION, EXIT } from "./run";
export type { Output, ReadFailure, ReadSuccess } from "./io";
export { readEvaluationFile, MAX_FILE_BYTES } from "./io";
export type { ValidateCommandOptions, ValidateFileReport } from "./commands/validate";
export type { ScoreCommandOptions, ScoreJson, ScoreJsonArea } from "./commands/score";
export type { DiffCommandOptions } from "./commands/diff";
export type { RenderCommandOptions } from "./commands/render";
export {
  renderReportDocument,
  renderReportFragment,
  renderHtmlDocument,
  contentSecurityPolicy,
  escapeHtml,
  type RenderLang,
  type RenderTheme,
  type RenderReportOptions,
  type RenderReportDocumentOptions,
  type RenderReportFragmentOptions,
  type ReportFragment,
  type HtmlDocumentOptions,
} from "./render/document";
export { renderIndexDocument, type IndexEntry, type RenderIndexOptions } from "./render/index-page";
export { reportStylesheet, PAGE_CSS } from "./render/styles";
export {
  planFolder,
  pageFileName,
  sameMunicipality,
  slugify,
  type FolderEntry,
  type FolderPage,
} from "./render/folder";
export type { ImportCommandOptions, ImportFileReport, ImportJson } from "./commands/import";
export {
  importReportText,
  importCsv,
  looksLikeCsv,
  decodeInput,
  SCHEMA_URL,
  type Decoded,
  type Finding,
  type FindingKind,
  type ImportOptions,
  type ImportResult,
} from "./import";
export { readFileBytes, type BytesSuccess } from "./io";
