/**
 * @kommunkompassen/react: accessible, server-renderable charts and tables for Kommunkompassen
 * evaluations. Import the styles once: `import "@kommunkompassen/react/styles.css"`.
 *
 * Re-exports the whole of `@kommunkompassen/core`, so one import serves.
 *
 * @packageDocumentation
 */
export * from "@kommunkompassen/core";

export { RadarProfile, type RadarProfileProps } from "./components/RadarProfile";
export { AreaBarChart, type AreaBarChartProps } from "./components/AreaBarChart";
export {
  EvaluationReport,
  DEFAULT_REPORT_SECTIONS,
  type EvaluationReportProps,
  type ReportSection,
} from "./components/EvaluationReport";
export { SubQuestionTable, type SubQuestionTableProps } from "./components/SubQuestionTable";
export { DeltaTable, type DeltaTableProps } from "./components/DeltaTable";
export { DeltaBadge, type DeltaBadgeProps } from "./components/DeltaBadge";
export { AreaKey, type AreaKeyProps } from "./components/AreaKey";
export {
  ChartFigure,
  PlotVariants,
  type ChartFigureProps,
  type ChartRootProps,
  type PlotIds,
  type PlotVariantsProps,
} from "./components/ChartFigure";
export { ErrorNotice, type ErrorNoticeProps } from "./components/ErrorNotice";
export { Legend, type LegendProps } from "./components/Legend";
export { SeriesTable, type SeriesTableProps } from "./components/SeriesTable";
export { SvgTooltip, type SvgTooltipProps } from "./components/Tooltip";
export type { Theme } from "./components/theme";
export {
  chartData,
  chartPoints,
  type EvaluationChartProps,
  type StyledSeries,
  type ChartPoint,
} from "./components/shared";

export {
  barLayout,
  type BarLayout,
  type BarLayoutInput,
  type BarGeometry,
  type BarGroupGeometry,
} from "./geometry/bars";
export { radarLayout, type RadarLayout, type RadarLayoutInput, type RadarLabel } from "./geometry/radar";
export { linearScale, bandScale, type LinearScale, type BandScale } from "./geometry/scale";
export { estimateTextWidth, wrapText, boxesOverlap, unionBox, type Box } from "./geometry/text";
export { useEvaluationChart, type EvaluationChartModel } from "./hooks/useEvaluationChart";
export { usePointNavigation, type PointNavigation } from "./hooks/usePointNavigation";
export {
  validateInputs,
  validateEvaluationOnce,
  useValidatedInputs,
  type Validated,
  type ValidationInput,
} from "./hooks/useValidated";
export { formatNumber, formatPercent, formatSigned, type Lang } from "./i18n/format";
export { builtInMessages, resolveMessages, displayValue, type Messages } from "./i18n/messages";
export {
  SERIES_STYLES,
  seriesStyle,
  markerPath,
  type SeriesStyle,
  type MarkerShape,
  type Hatch,
} from "./series/styles";
export { chartSummary, joinList, type SummaryInput } from "./summary/summary";
