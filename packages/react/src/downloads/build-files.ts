/**
 * The files a chart's or a report's menu builds in the browser, loaded only when one is chosen (a
 * chunk of its own): a chart's SVG from the live DOM with the styles the page computed for it, PNG
 * at 1× or 2× drawn from that SVG in a canvas (through a `data:` URL: no request), the sharing
 * card, and the data as CSV or JSON.
 */
import type { Evaluation, Series, Source } from "@kommunkompassen/core";
import {
  collectionCsv,
  comparisonCsv,
  collectionJson,
  evaluationCsv,
  evaluationJson,
  seriesCsv,
  type CsvFormat,
} from "@kommunkompassen/core/downloads";
import type { DownloadMessages } from "@kommunkompassen/core/messages";
import { composeCardSvg, composeChartSvg } from "./compose";
import type { CardTexts } from "./texts";

export { cardTexts } from "./texts";
import { styledSvg, type StyleSource } from "./styled";
import { textOf, type PictureColours, type SvgNode } from "./svg-node";

const svgType = "image/svg+xml;charset=utf-8";

const domSource: StyleSource<Element> = {
  name: (n) => n.localName,
  attrs: (n) => Object.fromEntries([...n.attributes].map((a) => [a.name, a.value])),
  children: (n) =>
    [...n.childNodes].flatMap((c): (Element | string)[] =>
      c.nodeType === Node.ELEMENT_NODE ? [c as Element] : c.nodeType === Node.TEXT_NODE ? [c.textContent ?? ""] : [],
    ),
  style: (n, p) => getComputedStyle(n).getPropertyValue(p).trim(),
};

/** The chart's plot: the variant a picture uses (the radar's full one, the bars in rows with their names). */
function plotOf(figure: Element): Element | null {
  return (
    figure.querySelector(".kk-bars__svg--horizontal") ??
    figure.querySelector(".kk-variant--wide .kk-chart__svg") ??
    figure.querySelector(".kk-chart__svg")
  );
}

/** The page's font stack, ending in a generic family so a viewer without the page's font has one. */
function fontStack(element: Element): string {
  const family = getComputedStyle(element).fontFamily || "sans-serif";
  return /(^|,)\s*(sans-serif|serif|system-ui)\s*$/.test(family) ? family : `${family}, sans-serif`;
}

function colours(figure: Element): PictureColours {
  const style = getComputedStyle(figure);
  const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return { bg: get("--kk-bg", "#ffffff"), fg: get("--kk-fg", "#1a1a1a"), muted: get("--kk-muted", "#595959") };
}

/** What a chart's picture needs from the page. */
function pictureOf(figure: Element) {
  const plot = plotOf(figure);
  if (!plot) throw new Error("the chart has no plot on the page");
  const styled = (n: Element) => styledSvg(n, domSource) as SvgNode;
  return {
    plot: styled(plot),
    title: figure.querySelector(".kk-chart__title")?.textContent ?? "",
    legend: [...figure.querySelectorAll(".kk-legend__item:not(.kk-legend__item--off)")].flatMap((item) => {
      const swatch = item.querySelector(".kk-legend__swatch");
      const label = [...item.childNodes]
        .filter((c) => c !== swatch && !(c instanceof Element && c.contains(swatch)))
        .map((c) => textOf(c.textContent ?? ""))
        .join(" ")
        .trim();
      return swatch ? [{ swatch: styled(swatch), label: label || (item.textContent ?? "").trim() }] : [];
    }),
    notes: [...figure.querySelectorAll(".kk-chart__note")].map((n) => n.textContent ?? ""),
    colours: colours(figure),
    fontFamily: fontStack(plot),
    lang: figure.closest("[lang]")?.getAttribute("lang") ?? "sv",
  };
}

/** A chart on the page as a self-contained SVG file. */
export function chartSvg(figure: Element, source: string | null): string {
  return composeChartSvg({ ...pictureOf(figure), source });
}

/** An SVG drawn into a canvas at `scale` times its size, as PNG. */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
  const width = Math.round(Number(w) * scale);
  const height = Math.round(Number(h) * scale);
  const image = new Image(width, height);
  image.src = `data:${svgType},${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no canvas");
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"),
  );
}

/** The sharing card of the radar chart on the page, as PNG (1200 × 630 at `scale` 1). */
export function cardPng(radarFigure: Element, texts: CardTexts, scale = 1): Promise<Blob> {
  const picture = pictureOf(radarFigure);
  return svgToPng(composeCardSvg({ ...texts, ...picture }), scale);
}

/** The kinds of file a menu item builds. */
export type FileKind = "svg" | "png" | "png2" | "csv-excel" | "csv-plain" | "json";

const csvFormat = (kind: FileKind): CsvFormat => (kind === "csv-plain" ? "plain" : "excel");
const text = (content: string, type: string) => new Blob([content], { type });
const CSV = "text/csv;charset=utf-8";

/** A chart's file: its picture from the page, or its series as CSV. */
export async function chartFile(
  kind: FileKind,
  figure: Element,
  data: { series: readonly (Series & { source?: Source })[]; source: string | null },
  d: DownloadMessages,
): Promise<Blob> {
  const lang = d.lang;
  if (kind === "csv-excel" || kind === "csv-plain") return text(seriesCsv(data.series, csvFormat(kind), { lang }), CSV);
  const svg = chartSvg(figure, data.source && d.pictureSource(data.source));
  return kind === "svg" ? text(svg, svgType) : svgToPng(svg, kind === "png2" ? 2 : 1);
}

/** The whole evaluation's file: CSV or JSON; the CSV of only some `areas` (a sub-question table's) where given. */
export function evaluationFile(
  kind: FileKind,
  evaluation: Evaluation,
  d: DownloadMessages,
  areas?: readonly number[],
): Blob {
  return kind === "json"
    ? text(evaluationJson(evaluation), "application/json")
    : text(evaluationCsv(evaluation, csvFormat(kind), { lang: d.lang, ...(areas ? { areas } : {}) }), CSV);
}

/** A change table's file: the change from `from` to `to` as CSV. */
export function comparisonFile(kind: FileKind, from: Evaluation, to: Evaluation, d: DownloadMessages): Blob {
  return text(comparisonCsv(from, to, csvFormat(kind), { lang: d.lang }), CSV);
}

/** Many evaluations' file: CSV (a row each) or the collection's JSON. */
export function collectionFile(kind: FileKind, evaluations: readonly Evaluation[], d: DownloadMessages): Blob {
  return kind === "json"
    ? text(collectionJson(evaluations), "application/json")
    : text(collectionCsv(evaluations, csvFormat(kind), { lang: d.lang }), CSV);
}
