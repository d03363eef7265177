/**
 * In the embed's builds, what the components' chart frame (react's `ChartFigure`) finds in place of
 * react's `components/ChartDownloads.tsx`: no menu of its own in each chart. The element draws one
 * menu for its view (its button in the element's script, the menu in kommunkompass-downloads.js,
 * loaded when the button is first pressed), so the menu's code stays out of the element's script
 * (build-options.mjs, noChartMenu).
 */
export function ChartDownloadMenu(): null {
  return null;
}
