/**
 * @kommunkompassen/cli: the `kompass` command, and its programmatic entry point for tools that
 * want to run it in-process.
 *
 * @packageDocumentation
 */
export { run, USAGE, VERSION, EXIT } from "./run";
export type { Output, ReadFailure, ReadSuccess } from "./io";
export { readEvaluationFile, MAX_FILE_BYTES } from "./io";
export type { ValidateCommandOptions, ValidateFileReport, ValidateFrameworksReport } from "./commands/validate";
export type { ScoreCommandOptions, ScoreJson, ScoreJsonArea } from "./commands/score";
export type { DiffCommandOptions, DiffJsonSide } from "./commands/diff";
export type { RenderCommandOptions } from "./commands/render";
export type { ImportCommandOptions, ImportFileReport, ImportJson, ImportTableReport } from "./commands/import";
export { COLLECTION_SCHEMA_URL, type CollectCommandOptions } from "./commands/collect";
export type { StatsCommandOptions, StatsJson, StatsJsonEvaluation, StatsGroupKind } from "./commands/stats";
export { readFileBytes, type BytesSuccess } from "./io";
export { readFrameworksFile, type FrameworksReadSuccess } from "./io";
