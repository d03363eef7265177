/**
 * In the embed's builds, what the components find in place of react's
 * `components/TableDownloads.tsx`: no menu of its own above a sub-question or change table. The
 * element draws one menu for its view (as for the charts: src/no-chart-menu.ts), so the tables'
 * menus' code stays out of the views' modules (build-options.mjs, noChartMenu).
 */
export function AreaTableDownloadMenu(): null {
  return null;
}

/** The change table's menu, likewise none. */
export function ComparisonDownloadMenu(): null {
  return null;
}
