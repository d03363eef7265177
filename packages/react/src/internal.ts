/**
 * The building blocks the components share, for this repository's own packages (the embed builds
 * from these sources). Not published: nothing here is part of the public API.
 *
 * @internal
 */
export * from "./index";
export { AreaKey, type AreaKeyProps } from "./components/AreaKey";
export {
  ChartFigure,
  PlotVariants,
  type ChartFigureProps,
  type ChartRootProps,
  type PlotIds,
  type PlotVariantsProps,
} from "./components/ChartFigure";
export { DataDisclosure, type DataDisclosureProps } from "./components/DataDisclosure";
export { DeferredTableDisclosure } from "./components/DeferredTableDisclosure";
export { ErrorNotice, type ErrorNoticeProps } from "./components/ErrorNotice";
export { Legend, type LegendProps } from "./components/Legend";
export { SeriesTable, type SeriesTableProps } from "./components/SeriesTable";
export { SvgTooltip, type SvgTooltipProps } from "./components/Tooltip";
export { chartData, chartPoints, type StyledSeries, type ChartPoint } from "./components/shared";
export { chartGroups, reportGroups, type ChartDownloadData, type FigureLocator } from "./components/download-items";
export { boxesOverlap, unionBox } from "./geometry/text";
export { useEvaluationChart, type EvaluationChartModel } from "./hooks/useEvaluationChart";
export { usePointNavigation, type PointNavigation } from "./hooks/usePointNavigation";
export {
  validateInputs,
  validateEvaluationOnce,
  rememberValidations,
  useValidatedInputs,
  type Validated,
  type ValidationInput,
} from "./hooks/useValidated";
export { displayValue } from "./i18n/messages";
export {
  SERIES_STYLES,
  seriesStyle,
  markerPath,
  type SeriesStyle,
  type MarkerShape,
  type Hatch,
} from "./series/styles";
export { chartSummary, joinList, type SummaryInput } from "./summary/summary";
