"use client";
/**
 * The components that hold state (the charts' keyboard navigation and tooltip, the overview table's
 * sorting and filters, the linked views' focus and hidden series): a client boundary for React Server Components. Everything else in
 * `@kommunkompassen/react` renders without state and can be imported from a Server Component, where
 * these are rendered as client components.
 *
 * @module
 */
export { RadarProfile, type RadarProfileProps } from "./components/RadarProfile";
export { AreaBarChart, type AreaBarChartProps } from "./components/AreaBarChart";
export { OverviewTable, type OverviewTableProps } from "./components/OverviewTable";
export { PositionStrip, type PositionStripProps } from "./components/PositionStrip";
export { SmallMultiples, type SmallMultiplesProps } from "./components/SmallMultiples";
export { Timeline, type TimelineProps } from "./components/Timeline";
export {
  LinkedViews,
  LinkedRegion,
  useLinkedFocus,
  type LinkedViewsProps,
  type LinkedFocusProps,
  type SeriesToggleProps,
  type LinkedFocus,
  type LinkedRegionProps,
} from "./components/LinkedViews";
export { DownloadMenu, type DownloadMenuProps, type DownloadItem, type DownloadGroup } from "./components/DownloadMenu";
export { ReportDownloadMenu, type ReportDownloadMenuProps, type ReportDownloads } from "./components/ReportDownloads";
export {
  AreaTableDownloadMenu,
  ComparisonDownloadMenu,
  type AreaTableDownloadMenuProps,
  type ComparisonDownloadMenuProps,
} from "./components/TableDownloads";
