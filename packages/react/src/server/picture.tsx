import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Evaluation } from "@kommunkompassen/core";
import { downloadMessages } from "@kommunkompassen/core/messages";
import { AreaBarChart, RadarProfile } from "../client";
import { composeCardSvg, composeChartSvg } from "../downloads/compose";
import { styledSvg, type StyleSource } from "../downloads/styled";
import { cardTexts, sourceLine } from "../downloads/texts";
import { textOf, type PictureColours, type SvgNode } from "../downloads/svg-node";
import { computeStyles, parseMarkup, parseRules, type Computed, type Rule, type TreeNode } from "./cascade";
import { prepare, type RenderReportOptions } from "./document";
import { reportStylesheet } from "./styles";

/** Which chart a picture shows. */
export type PictureChart = "radar" | "bars";

/** Options of {@link renderChartSvg} and {@link renderCardSvg}. */
export interface RenderPictureOptions extends RenderReportOptions {
  /** `radar` (the default) or `bars`; a card always shows the radar. */
  chart?: PictureChart;
}

/**
 * The font stack of every picture: Source Sans 3 (the font `kompass render --format png` draws
 * with, shipped with the CLI), then the system's sans-serif fonts, for an SVG opened elsewhere.
 */
export const PICTURE_FONT_FAMILY = `"Source Sans 3", system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif`;

let rules: { css: string; rules: Rule[] } | undefined;

/** The stylesheet's rules, parsed once. */
function stylesheetRules(): Rule[] {
  const css = reportStylesheet();
  if (rules?.css !== css) rules = { css, rules: parseRules(css) };
  return rules.rules;
}

/** What SVG gives an element that nothing styles. */
const BASE: Record<string, string> = {
  fill: "#000000",
  stroke: "none",
  "stroke-width": "1",
  "font-family": PICTURE_FONT_FAMILY,
  "font-size": "16px",
  "font-weight": "400",
  color: "#000000",
};

const elements = (node: TreeNode) => node.children.filter((c): c is TreeNode => typeof c !== "string");

function find(node: TreeNode, test: (n: TreeNode) => boolean): TreeNode[] {
  return elements(node).flatMap((child) => [...(test(child) ? [child] : []), ...find(child, test)]);
}

const hasClass = (name: string) => (n: TreeNode) => (n.attrs.class ?? "").split(/\s+/).includes(name);

function source(computed: Computed): StyleSource<TreeNode> {
  return {
    name: (n) => n.name,
    attrs: (n) => n.attrs,
    children: (n) => n.children,
    style: (n, p) => computed.get(n)?.[p] ?? "",
  };
}

/** A chart rendered on the server, its styles computed: the plot, the caption, the legend, the notes, the colours. */
function renderedChart(element: ReactElement) {
  const tree = parseMarkup(renderToStaticMarkup(element));
  const figure = elements(tree)[0]!;
  const computed = computeStyles(tree, stylesheetRules(), BASE);
  const styled = (n: TreeNode) => styledSvg(n, source(computed)) as SvgNode;
  const svg = find(figure, hasClass("kk-chart__svg"))[0];
  const own = computed.get(figure)!;
  const colours: PictureColours = { bg: own["--kk-bg"]!, fg: own["--kk-fg"]!, muted: own["--kk-muted"]! };
  return {
    plot: svg ? styled(svg) : null,
    title: textOf(find(figure, (n) => n.name === "figcaption")[0] ?? ""),
    legend: find(figure, hasClass("kk-legend__item"))
      .filter((item) => !hasClass("kk-legend__item--off")(item))
      .map((item) => ({
        swatch: styled(find(item, hasClass("kk-legend__swatch"))[0]!),
        label: elements(item)
          .filter((c) => c.name !== "svg")
          .map(textOf)
          .join(" ")
          .trim(),
      }))
      .filter((item) => item.swatch),
    notes: find(figure, hasClass("kk-chart__note")).map(textOf),
    colours,
  };
}

function chartElement(evaluation: Evaluation, options: RenderPictureOptions, chart: PictureChart) {
  const { evaluation: main, previous } = prepare(evaluation, options);
  const common = {
    evaluation: main,
    previous,
    lang: options.lang ?? "sv",
    theme: options.theme ?? "light",
    showSummary: false,
    ...(options.frameworks ? { frameworks: options.frameworks } : {}),
  };
  return {
    main,
    element:
      chart === "bars" ? (
        <AreaBarChart {...common} orientation="horizontal" />
      ) : (
        <RadarProfile {...common} layout="full" />
      ),
  };
}

/** Thrown for a picture of a chart that draws nothing (an evaluation known only by its total, a radar of fewer than three areas). */
export class NothingToDrawError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NothingToDrawError";
  }
}

/**
 * A chart of an evaluation as a self-contained SVG file, made from the same SVG the page shows
 * (the component rendered on the server): its caption, the plot in the wide layout (the radar with
 * the area names around it, the bars in rows with the full names), the legend, the notes on series
 * left out, and the source; every style of `@kommunkompassen/react/styles.css` in the theme written
 * out as presentation attributes, the text as text in {@link PICTURE_FONT_FAMILY}.
 *
 * @throws EvaluationValidationError when an input is invalid; {@link NothingToDrawError} when the chart has nothing to draw.
 */
export function renderChartSvg(evaluation: Evaluation, options: RenderPictureOptions = {}): string {
  const chart = options.chart ?? "radar";
  const { main, element } = chartElement(evaluation, options, chart);
  const rendered = renderedChart(element);
  if (!rendered.plot)
    throw new NothingToDrawError(`${main.municipality.name} ${main.year}: the ${chart} chart has nothing to draw`);
  const d = downloadMessages[options.lang ?? "sv"];
  const from = sourceLine(main);
  return composeChartSvg({
    ...rendered,
    plot: rendered.plot,
    source: from && d.pictureSource(from),
    fontFamily: PICTURE_FONT_FAMILY,
    lang: options.lang ?? "sv",
  });
}

/**
 * A sharing card for a news post (1200 × 630 SVG; `kompass render --format card` draws it as PNG):
 * the municipality, the year and the total as the report prints it, the radar chart, the model and
 * the source.
 *
 * @throws EvaluationValidationError when an input is invalid; {@link NothingToDrawError} when the radar has nothing to draw.
 */
export function renderCardSvg(evaluation: Evaluation, options: RenderPictureOptions = {}): string {
  const lang = options.lang ?? "sv";
  const { main, element } = chartElement(evaluation, options, "radar");
  const rendered = renderedChart(element);
  if (!rendered.plot)
    throw new NothingToDrawError(`${main.municipality.name} ${main.year}: the radar chart has nothing to draw`);
  const d = downloadMessages[lang];
  return composeCardSvg({
    plot: rendered.plot,
    colours: rendered.colours,
    fontFamily: PICTURE_FONT_FAMILY,
    lang,
    ...cardTexts(main, d, options.frameworks),
  });
}
