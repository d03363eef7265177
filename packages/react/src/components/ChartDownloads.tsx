import type { Evaluation, Series } from "@kommunkompassen/core";
import { downloadMessages, type DownloadMessages } from "@kommunkompassen/core/messages";
import { downloadFileName } from "@kommunkompassen/core/downloads";
import { sourceLine } from "../downloads/texts";
import type { FileKind } from "../downloads/build-files";
import { DownloadMenu, type DownloadGroup, type DownloadItem } from "./DownloadMenu";

/**
 * A chart's download menu: off (`false`, the default of the components), on (`true`: every file
 * built in the browser from the chart on the page), or groups of links made beforehand (for a page
 * without scripts, such as `renderReportDocument`'s: plain links, `data:` URLs or files).
 */
export type ChartDownloads = boolean | readonly DownloadGroup[];

/** What a chart's menu makes its data files from: the evaluation and the series drawn. */
export interface ChartDownloadData {
  /** The evaluation shown (validated). */
  evaluation: Evaluation;
  /** The series the chart draws, the evaluation's first. */
  series: readonly Series[];
}

/** The chunk that builds the files, loaded when the first file is chosen. */
const builders = () => import("../downloads/build-files");

/** The chart's own figure around the menu. */
const figureOf = (menu: HTMLElement) => menu.closest("figure") ?? menu;

/** The evaluation's series with their sources: its own for itself, a reference's own where it gives one. */
export function chartSeriesWithSources(data: ChartDownloadData) {
  const references = data.evaluation.references ?? [];
  return data.series.map((s) => {
    const source =
      s.kind === "evaluation" ? data.evaluation.source : references.find((r) => r.label === s.label)?.source;
    return source ? { ...s, source } : s;
  });
}

/** The items for a chart: its data and its pictures; for the radar the sharing card; and the whole evaluation. */
function chartGroups(data: ChartDownloadData | undefined, radar: boolean, d: DownloadMessages): DownloadGroup[] {
  const name = (what: string, ext: string) => (data ? downloadFileName(data.evaluation, what, ext) : `${what}.${ext}`);
  const what = radar ? "radar" : "bars";
  const chartItem = (label: string, kind: FileKind, ext: string, suffix = ""): DownloadItem => ({
    label,
    fileName: name(what + suffix, ext),
    make: async (menu) =>
      (await builders()).chartFile(
        kind,
        figureOf(menu),
        { series: data ? chartSeriesWithSources(data) : [], source: data ? sourceLine(data.evaluation) : null },
        d,
      ),
  });
  const view: DownloadItem[] = [
    ...(data ? [chartItem(d.csvExcel, "csv-excel", "csv"), chartItem(d.csvPlain, "csv-plain", "csv", "-plain")] : []),
    chartItem(d.svg, "svg", "svg"),
    chartItem(d.png(1), "png", "png"),
    chartItem(d.png(2), "png2", "png", "@2x"),
  ];
  if (!data) return [{ heading: d.thisChart, items: view }];
  const { evaluation } = data;
  if (radar)
    view.push({
      label: d.card,
      fileName: name("card", "png"),
      make: async (menu) => {
        const b = await builders();
        return b.cardPng(figureOf(menu), b.cardTexts(evaluation, d));
      },
    });
  const whole = (label: string, kind: FileKind, ext: string, suffix = ""): DownloadItem => ({
    label,
    fileName: name(suffix, ext),
    make: async () => (await builders()).evaluationFile(kind, evaluation, d),
  });
  return [
    { heading: d.thisChart, items: view },
    {
      heading: d.everything,
      items: [
        whole(d.csvExcel, "csv-excel", "csv"),
        whole(d.csvPlain, "csv-plain", "csv", "plain"),
        whole(d.json, "json", "json"),
      ],
    },
  ];
}

/** Props of {@link ChartDownloadMenu}. */
export interface ChartDownloadMenuProps {
  /** On, or the links to show. */
  downloads: ChartDownloads;
  /** The data of the chart's data files, if it has any. */
  data: ChartDownloadData | undefined;
  /** The chart's title, for the button's accessible name. */
  title: string;
  /** The chart's class (`kk-radar` gets the sharing card). */
  chartClass: string;
  /** The language of the menu's texts and of the files' headers. */
  lang: "sv" | "en";
}

/** The download menu beside a chart (in `ChartFigure`, under its caption). */
export function ChartDownloadMenu({ downloads, data, title, chartClass, lang }: ChartDownloadMenuProps) {
  if (downloads === false) return null;
  const d = downloadMessages[lang];
  const groups = downloads === true ? chartGroups(data, chartClass === "kk-radar", d) : downloads;
  return (
    <DownloadMenu
      groups={groups}
      label={d.menuFor(title)}
      messages={d}
      mode={downloads === true ? "interactive" : "static"}
    />
  );
}
