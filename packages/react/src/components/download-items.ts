/**
 * The items of the download menus: a chart's (its data, its pictures, the radar's card, the whole
 * evaluation) and a whole evaluation's; each builds its file with the chunk that makes the files
 * (downloads/build-files.ts), imported when a file is first chosen. Shared by the components'
 * menus and the embed's (its own module, loaded on demand).
 */
import type { Evaluation, Series } from "@kommunkompassen/core";
import { downloadFileName } from "@kommunkompassen/core/downloads";
import type { DownloadMessages } from "@kommunkompassen/core/messages";
import type { FileKind } from "../downloads/build-files";
import { sourceLine } from "../downloads/texts";
import type { DownloadGroup, DownloadItem } from "./DownloadMenu";

/** What a chart's menu makes its data files from: the evaluation and the series drawn. */
export interface ChartDownloadData {
  /** The evaluation shown (validated). */
  evaluation: Evaluation;
  /** The series the chart draws, the evaluation's first. */
  series: readonly Series[];
}

/** The chunk that builds the files, loaded when the first file is chosen. */
const builders = () => import("../downloads/build-files");

/** Where a menu finds the chart its pictures are made of: by default the figure around it. */
export type FigureLocator = (menu: HTMLElement) => Element | null;

/** The chart's own figure around the menu. */
const figureAround: FigureLocator = (menu) => menu.closest("figure");

/** The figure a locator finds; a menu without its chart cannot make a picture. */
function figureOf(locate: FigureLocator, menu: HTMLElement): Element {
  const figure = locate(menu);
  if (!figure) throw new Error("the chart is not on the page");
  return figure;
}

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
export function chartGroups(
  data: ChartDownloadData | undefined,
  radar: boolean,
  d: DownloadMessages,
  locate: FigureLocator = figureAround,
): DownloadGroup[] {
  const name = (what: string, ext: string) => (data ? downloadFileName(data.evaluation, what, ext) : `${what}.${ext}`);
  const what = radar ? "radar" : "bars";
  const chartItem = (label: string, kind: FileKind, ext: string, suffix = ""): DownloadItem => ({
    label,
    fileName: name(what + suffix, ext),
    make: async (menu) =>
      (await builders()).chartFile(
        kind,
        figureOf(locate, menu),
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
        return b.cardPng(figureOf(locate, menu), b.cardTexts(evaluation, d));
      },
    });
  return [{ heading: d.thisChart, items: view }, ...reportGroups(evaluation, d, null)];
}

/**
 * The items for a table: its rows as CSV for Swedish Excel and plain CSV (files named after
 * `what`, made by `make` from the files' chunk), and the `whole` evaluation.
 */
function tableGroups(
  whole: Evaluation,
  what: string,
  make: (files: Awaited<ReturnType<typeof builders>>, kind: FileKind) => Blob,
  d: DownloadMessages,
): DownloadGroup[] {
  const file = (label: string, kind: FileKind, suffix = ""): DownloadItem => ({
    label,
    fileName: downloadFileName(whole, what + suffix, "csv"),
    make: async () => make(await builders(), kind),
  });
  return [
    { heading: d.thisTable, items: [file(d.csvExcel, "csv-excel"), file(d.csvPlain, "csv-plain", "-plain")] },
    ...reportGroups(whole, d, null),
  ];
}

/**
 * The items for a sub-question table: its area's rows (the area and its questions, with the
 * source and the model on each) as CSV, and the whole evaluation.
 */
export function areaTableGroups(evaluation: Evaluation, areaId: number, d: DownloadMessages): DownloadGroup[] {
  return tableGroups(evaluation, `area-${areaId}`, (b, kind) => b.evaluationFile(kind, evaluation, d, [areaId]), d);
}

/** The items for a change table: the change as CSV, and the newer evaluation whole. */
export function comparisonGroups(from: Evaluation, to: Evaluation, d: DownloadMessages): DownloadGroup[] {
  return tableGroups(to, `change-${from.year}`, (b, kind) => b.comparisonFile(kind, from, to, d), d);
}

/**
 * The items for a whole evaluation: CSV (Swedish Excel and plain) and JSON, and, where `radar`
 * finds the radar chart on the page, its sharing card.
 */
export function reportGroups(
  evaluation: Evaluation,
  d: DownloadMessages,
  radar: FigureLocator | null,
): DownloadGroup[] {
  const file = (label: string, kind: FileKind, ext: string, what = ""): DownloadItem => ({
    label,
    fileName: downloadFileName(evaluation, what, ext),
    make: async () => (await builders()).evaluationFile(kind, evaluation, d),
  });
  const items = [
    file(d.csvExcel, "csv-excel", "csv"),
    file(d.csvPlain, "csv-plain", "csv", "plain"),
    file(d.json, "json", "json"),
  ];
  if (radar)
    items.push({
      label: d.card,
      fileName: downloadFileName(evaluation, "card", "png"),
      make: async (menu) => {
        const b = await builders();
        return b.cardPng(figureOf(radar, menu), b.cardTexts(evaluation, d));
      },
    });
  return [{ heading: d.everything, items }];
}
