/**
 * @kommunkompassen/react: accessible, server-renderable charts and tables for Kommunkompassen
 * evaluations. Import the styles once: `import "@kommunkompassen/react/styles.css"`.
 *
 * `RadarProfile`, `AreaBarChart` and the national view's `PositionStrip`, `SmallMultiples` and
 * `Timeline` are client components (`"use client"`: keyboard navigation and a tooltip), and so is
 * `OverviewTable` (sorting and filters once JavaScript runs; complete without it); everything else
 * renders without state, so `EvaluationReport`, `SubQuestionTable`, `DeltaTable` and `DeltaBadge` can
 * be rendered by React Server Components. Whole HTML pages, and a whole site of a collection, are
 * rendered on the server by `@kommunkompassen/react/server`.
 *
 * Re-exports the whole of `@kommunkompassen/core`, so one import serves.
 *
 * @packageDocumentation
 */
export * from "@kommunkompassen/core";

export {
  RadarProfile,
  AreaBarChart,
  OverviewTable,
  PositionStrip,
  SmallMultiples,
  Timeline,
  LinkedViews,
  useLinkedFocus,
  type LinkedViewsProps,
  type LinkedFocusProps,
  type SeriesToggleProps,
  type LinkedFocus,
  type RadarProfileProps,
  type AreaBarChartProps,
  type OverviewTableProps,
  type PositionStripProps,
  type SmallMultiplesProps,
  type TimelineProps,
  DownloadMenu,
  ReportDownloadMenu,
  type DownloadMenuProps,
  type DownloadItem,
  type DownloadGroup,
  type ReportDownloadMenuProps,
  type ReportDownloads,
} from "./client";
export type { ChartDownloads, ChartDownloadData } from "./components/ChartDownloads";
export {
  EvaluationReport,
  DEFAULT_REPORT_SECTIONS,
  type EvaluationReportProps,
  type ReportExtraSection,
  type ReportSection,
} from "./components/EvaluationReport";
export { SubQuestionTable, type SubQuestionTableProps } from "./components/SubQuestionTable";
export { DeltaTable, type DeltaTableProps } from "./components/DeltaTable";
export { DeltaBadge, type DeltaBadgeProps } from "./components/DeltaBadge";
export type { Theme } from "./components/theme";
export type { EvaluationChartProps } from "./components/shared";
export {
  builtInMessages,
  resolveMessages,
  resolveNationalMessages,
  type Messages,
  type NationalMessages,
} from "./i18n/messages";

// Pure geometry, for charts of one's own (no DOM, no React).
export {
  barLayout,
  type BarLayout,
  type BarLayoutInput,
  type BarGeometry,
  type BarGroupGeometry,
} from "./geometry/bars";
export { radarLayout, type RadarLayout, type RadarLayoutInput, type RadarLabel } from "./geometry/radar";
export { linearScale, bandScale, type LinearScale, type BandScale } from "./geometry/scale";
export { estimateTextWidth, wrapText, type Box } from "./geometry/text";
export { stripLayout, stripTicks, type StripLayout, type StripLayoutInput } from "./geometry/strip";
export {
  timelineLayout,
  type TimelineLayout,
  type TimelineLayoutInput,
  type TimelinePointInput,
} from "./geometry/timeline";
