import type { ReadyChart } from "../hooks/useEvaluationChart";
import { BandLegendItem } from "./Band";
import { Legend, type LegendProps } from "./Legend";
import { SeriesTable } from "./SeriesTable";

/**
 * The legend and the data table of a radar or bar chart: every series, hidden ones too; the legend's
 * buttons show and hide them (once JavaScript runs, with more than one series), and the table's row
 * of the focused area is highlighted.
 */
export function chartParts(chart: ReadyChart<unknown>, title: string, legend: boolean, swatch?: LegendProps["swatch"]) {
  const { allSeries, hidden, names, messages: m, band, linked } = chart;
  return {
    // What a download menu makes the chart's data files from.
    download: { evaluation: chart.main, series: chart.series.map((s) => s.series) },
    legend: legend ? (
      <Legend
        label={m.legend}
        items={allSeries}
        swatch={swatch}
        onToggleSeries={allSeries.length > 1 ? chart.toggle : null}
        hiddenKeys={hidden}
        toggleLabel={m.showSeries}
      >
        {band ? <BandLegendItem band={band} messages={m} /> : null}
      </Legend>
    ) : null,
    table: (
      <SeriesTable
        series={allSeries.map((s) => s.series)}
        names={names}
        caption={title}
        messages={m}
        band={band}
        hidden={hidden}
        focusedArea={linked.focusedArea}
        onFocusArea={linked.focusArea}
      />
    ),
  };
}
