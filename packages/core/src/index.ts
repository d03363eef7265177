/**
 * @kommunkompassen/core: the evaluation schema, validation, scoring, consistency checks and
 * comparison of Kommunkompassen evaluations. Framework-agnostic; no DOM, no I/O.
 *
 * @packageDocumentation
 */
export type {
  Evaluation,
  Municipality,
  Area,
  Question,
  Reference,
  ReferenceArea,
  ReferenceKind,
  Source,
  Extensions,
} from "./schema/types";
export type { EvaluationInput, Widened } from "./schema/input";
export * from "./frameworks";
export { evaluationSchema, SUPPORTED_SCHEMA_KEYWORDS, type SchemaNode } from "./validate/schema-check";
export { formatIssue, toPointer, type Issue, type IssueDetails, type Severity } from "./validate/issues";
export { MAX_ISSUES } from "./validate/sink";
export { MAX_DEPTH } from "./validate/inspect";
export { EPSILON, same, exceeds, roundHalfUp, percentOf, percentFitsAchieved } from "./validate/rules";
export {
  validateEvaluation,
  checkConsistency,
  assertEvaluation,
  EvaluationValidationError,
  type ValidateOptions,
  type ValidationResult,
} from "./validate/validate";
export { parseEvaluation, DEFAULT_MAX_BYTES, type ParseOptions } from "./validate/parse";
export { findJsonSyntaxError, textPosition, type JsonSyntaxError } from "./validate/json-syntax";
export {
  validateFramework,
  validateFrameworks,
  parseFrameworks,
  frameworkSchema,
  type FrameworkValidationResult,
  type FrameworksValidationResult,
} from "./validate/framework";
export {
  validateCollection,
  parseCollection,
  collectionSchema,
  type Collection,
  type CollectionOptions,
  type CollectionValidationResult,
  type MunicipalityMismatch,
} from "./validate/collection";
export {
  scoreEvaluation,
  type EvaluationScore,
  type AreaScore,
  type QuestionScore,
  type SourcedValue,
  type ValueSource,
  type MaxSource,
} from "./score/score";
export {
  compareEvaluations,
  delta,
  type Comparison,
  type ComparisonReason,
  type ComparisonReasonKind,
  type ComparisonSide,
  type Delta,
  type AreaDelta,
  type QuestionDelta,
} from "./compare/compare";
export {
  evaluationSeries,
  referenceSeries,
  collectSeries,
  isComparableSeries,
  splitByAreaSet,
  type SeriesOnAxes,
  type Series,
  type SeriesKind,
  type SeriesValue,
  type EvaluationSeriesOptions,
  type CollectSeriesOptions,
} from "./series/series";
export * from "./stats";
export { hasBidiControls, isolateBidi, isolateBidiTexts } from "./text/bidi";
export { formatNumber, formatPercent, formatSigned, type Lang } from "./text/format";
export { foldMunicipalityName } from "./text/names";
export { compareSwedish } from "./text/collate";
