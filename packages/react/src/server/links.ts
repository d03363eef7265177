/**
 * The download menus of a page without scripts (`renderReportDocument`): every file made on the
 * server and linked as a `data:` URL, so the page stays one self-contained file that makes no
 * request (links are not loaded by the page; the browser saves one when it is chosen).
 */
import type { Evaluation, Lang, Reference } from "@kommunkompassen/core";
import { downloadFileName, evaluationCsv, evaluationJson, seriesCsv } from "@kommunkompassen/core/downloads";
import { downloadMessages } from "@kommunkompassen/core/messages";
import { chartSeriesWithSources } from "../components/ChartDownloads";
import type { DownloadGroup } from "../components/DownloadMenu";
import type { ReportDownloads } from "../components/ReportDownloads";
import { chartData } from "../components/shared";
import { resolveMessages } from "../i18n/messages";
import { NothingToDrawError, renderChartSvg, type RenderPictureOptions } from "./picture";

/** UTF-8 text as base64, with no Node API (the server entry also runs in edge runtimes). */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A file as a `data:` URL. */
export function dataUrl(type: string, text: string): string {
  return `data:${type};charset=utf-8;base64,${base64(text)}`;
}

const CSV = "text/csv";

/** A chart's links: its data (both dialects) and its SVG; none when it has nothing to draw. */
function chartLinks(
  main: Evaluation,
  previous: Evaluation | undefined,
  options: RenderPictureOptions & { lang: Lang },
  chart: "radar" | "bars",
): DownloadGroup[] | undefined {
  const d = downloadMessages[options.lang];
  let svg: string;
  try {
    svg = renderChartSvg(main, { ...options, chart, ...(previous ? { previous } : {}) });
  } catch (error) {
    if (error instanceof NothingToDrawError) return undefined;
    throw error;
  }
  const m = resolveMessages(options.lang);
  const data = chartData(main, previous, [], true, m, options.frameworks);
  const series = chartSeriesWithSources({ evaluation: main, series: data.series.map((s) => s.series) });
  const csv = (format: "excel" | "plain") =>
    seriesCsv(series, format, { lang: options.lang, ...frameworksOf(options) });
  return [
    {
      heading: d.thisChart,
      items: [
        { label: d.csvExcel, fileName: downloadFileName(main, chart, "csv"), href: dataUrl(CSV, csv("excel")) },
        {
          label: d.csvPlain,
          fileName: downloadFileName(main, `${chart}-plain`, "csv"),
          href: dataUrl(CSV, csv("plain")),
        },
        { label: d.svg, fileName: downloadFileName(main, chart, "svg"), href: dataUrl("image/svg+xml", svg) },
      ],
    },
  ];
}

const frameworksOf = (options: RenderPictureOptions) => (options.frameworks ? { frameworks: options.frameworks } : {});

/**
 * The report's and its charts' links, made on the server: the whole evaluation as CSV (Swedish Excel
 * and plain) and JSON, and each chart's data and SVG. PNG and the sharing card need a rasteriser
 * (`kompass render --format png|card`) or the browser (the components' menus), so they are not here.
 */
export function staticReportDownloads(
  main: Evaluation,
  previous: Evaluation | undefined,
  options: RenderPictureOptions & { lang: Lang; references?: readonly Reference[] },
): ReportDownloads {
  const d = downloadMessages[options.lang];
  const csv = (format: "excel" | "plain") =>
    evaluationCsv(main, format, { lang: options.lang, ...frameworksOf(options) });
  const report: DownloadGroup[] = [
    {
      heading: d.everything,
      items: [
        { label: d.csvExcel, fileName: downloadFileName(main, "", "csv"), href: dataUrl(CSV, csv("excel")) },
        { label: d.csvPlain, fileName: downloadFileName(main, "plain", "csv"), href: dataUrl(CSV, csv("plain")) },
        {
          label: d.json,
          fileName: downloadFileName(main, "", "json"),
          href: dataUrl("application/json", evaluationJson(main)),
        },
      ],
    },
  ];
  const bars = chartLinks(main, previous, options, "bars");
  const radar = chartLinks(main, previous, options, "radar");
  return { report, ...(bars ? { bars } : {}), ...(radar ? { radar } : {}) };
}
