import { estimateTextWidth, wrapText } from "../geometry/text";
import { el, serializeSvg, type PictureColours, type SvgNode } from "./svg-node";

/** What a chart's picture shows around its plot. */
export interface ChartPicture {
  /** The plot: the chart's `<svg>` with its styles written out (its `viewBox` is kept). */
  plot: SvgNode;
  /** The chart's caption, on top. */
  title: string;
  /** The legend's items: each swatch (a 36 × 12 `<svg>`) and its label. */
  legend: readonly { swatch: SvgNode; label: string }[];
  /** The notes under the plot (series left out, and why). */
  notes: readonly string[];
  /** The source line at the bottom ("Källa: …"), or `null`. */
  source: string | null;
  /** The theme's colours. */
  colours: PictureColours;
  /** The font stack of every text. */
  fontFamily: string;
  /** The language of the texts. */
  lang: string;
}

const PAD = 16;
const TITLE = 18;
const SMALL = 12;
const LEGEND = 13;

/** The numbers of a `viewBox` (`min-x min-y width height`). */
function viewBoxOf(node: SvgNode): [number, number, number, number] {
  const parts = (node.attrs.viewBox ?? "0 0 300 150")
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 300, parts[3] ?? 150];
}

/** Lines of text, wrapped to a width, from `y` down; returns the elements and the y under them. */
function textBlock(
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
  attrs: Record<string, string | number>,
): { nodes: SvgNode[]; y: number } {
  const lines = wrapText(text, width, size);
  const at = (n: number) => Math.round(n * 10) / 10;
  const nodes = lines.map((line, i) =>
    el("text", { x, y: at(y + size + i * size * 1.3), "font-size": size, ...attrs }, line),
  );
  return { nodes, y: at(y + lines.length * size * 1.3) };
}

/** The plot's own `<title>` and `<desc>`, and its other children. */
function splitPlot(plot: SvgNode) {
  const own = (name: string) => plot.children.find((c): c is SvgNode => typeof c !== "string" && c.name === name);
  const rest = plot.children.filter((c) => typeof c === "string" || (c.name !== "title" && c.name !== "desc"));
  return { title: own("title"), desc: own("desc"), rest };
}

/** The plot's own attributes that the picture keeps: its class and its paint (not its size or its ARIA). */
function plotAttrs(plot: SvgNode): Record<string, string> {
  const keep = Object.entries(plot.attrs).filter(
    ([k]) => !/^(x|y|width|height|viewBox|role|aria-.*|id|xmlns)$/.test(k),
  );
  return Object.fromEntries(keep);
}

/** The legend in rows that fit the width; returns the elements and the y under them. */
function legendRows(picture: ChartPicture, y: number, width: number): { nodes: SvgNode[]; y: number } {
  const nodes: SvgNode[] = [];
  let x = PAD;
  let row = y;
  for (const item of picture.legend) {
    const w = 36 + 6 + Math.min(estimateTextWidth(item.label, LEGEND), width);
    if (x > PAD && x + w > PAD + width) {
      x = PAD;
      row += LEGEND * 1.6;
    }
    const { children, attrs } = item.swatch;
    nodes.push(el("svg", { x, y: row + 3, width: 36, height: 12, viewBox: attrs.viewBox ?? "0 0 36 12" }, ...children));
    nodes.push(el("text", { x: x + 42, y: row + LEGEND, "font-size": LEGEND, fill: picture.colours.fg }, item.label));
    x += w + 20;
  }
  return { nodes, y: picture.legend.length > 0 ? row + LEGEND * 1.6 : y };
}

/** The root `<svg>` of a picture, with its title and description for screen readers, and its background. */
function root(
  width: number,
  height: number,
  picture: Pick<ChartPicture, "colours" | "fontFamily" | "lang">,
  title: string,
  desc: string,
  children: SvgNode[],
): string {
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  const svg = el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width: w,
      height: h,
      viewBox: `0 0 ${w} ${h}`,
      role: "img",
      "aria-labelledby": "kk-title kk-desc",
      lang: picture.lang,
      "font-family": picture.fontFamily,
    },
    el("title", { id: "kk-title" }, title),
    el("desc", { id: "kk-desc" }, desc),
    el("rect", { width: w, height: h, fill: picture.colours.bg }),
    ...children,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(svg)}\n`;
}

/**
 * A chart as a self-contained SVG file: the caption on top, the plot as the page draws it, the
 * legend, the notes and the source under it, on the theme's background; every style written out,
 * the text as text, the chart's own title and description kept for screen readers.
 */
export function composeChartSvg(picture: ChartPicture): string {
  const [vx, vy, vw, vh] = viewBoxOf(picture.plot);
  const width = Math.max(vw, 480);
  const { desc, rest } = splitPlot(picture.plot);
  const muted = { fill: picture.colours.muted };
  const head = textBlock(picture.title, PAD, PAD - 4, width, TITLE, { "font-weight": 700, fill: picture.colours.fg });
  const plotY = head.y + PAD;
  const plot = el(
    "svg",
    {
      ...plotAttrs(picture.plot),
      x: PAD + (width - vw) / 2,
      y: plotY,
      width: vw,
      height: vh,
      viewBox: `${vx} ${vy} ${vw} ${vh}`,
      overflow: "visible",
    },
    ...rest,
  );
  const legend = legendRows(picture, plotY + vh + PAD, width);
  let y = legend.y;
  const notes: SvgNode[] = [];
  for (const note of [...picture.notes, ...(picture.source ? [picture.source] : [])]) {
    const block = textBlock(note, PAD, y, width, SMALL, muted);
    notes.push(...block.nodes);
    y = block.y + 4;
  }
  const description = desc ? desc.children.join("") : picture.title;
  return root(width + 2 * PAD, y + PAD, picture, picture.title, description, [
    ...head.nodes,
    plot,
    ...legend.nodes,
    ...notes,
  ]);
}

/** What a sharing card shows. */
export interface CardPicture extends Pick<ChartPicture, "plot" | "colours" | "fontFamily" | "lang"> {
  /** The municipality's name. */
  municipality: string;
  /** The year, as shown. */
  year: string;
  /** The total, as the report prints it ("404"), or the "no data" text. */
  total: string;
  /** What the total is out of ("av 800 poäng"), or `""`. */
  outOf: string;
  /** The model and the source ("Kommunkompassen 2.0. Källa: …"). */
  footer: string;
  /** "Kommunkompassen" or the title above the name. */
  kicker: string;
  /** The text alternative of the whole card. */
  description: string;
}

/** The card's size: what news sites and social media show (1200 × 630). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * A sharing card for a news post, 1200 × 630: the municipality, the year and the total on the
 * left, the radar chart on the right, the model and the source at the bottom.
 */
export function composeCardSvg(card: CardPicture): string {
  const { width, height } = CARD_SIZE;
  const fg = { fill: card.colours.fg };
  const left = 64;
  const column = 500;
  const kicker = textBlock(card.kicker, left, 56, column, 26, { fill: card.colours.muted });
  const name = textBlock(card.municipality, left, kicker.y + 16, column, 56, { ...fg, "font-weight": 700 });
  const year = textBlock(card.year, left, name.y + 4, column, 44, fg);
  const totalY = year.y + 150;
  const total = el("text", { x: left, y: totalY, "font-size": 120, "font-weight": 700, ...fg }, card.total);
  // The estimate has a safety margin for wide faces; the card's numbers are narrower.
  const outOfX = Math.round(left + estimateTextWidth(card.total, 120) * 0.85 + 20);
  const outOf = el("text", { x: outOfX, y: totalY, "font-size": 36, ...fg }, card.outOf);
  const footer = textBlock(card.footer, left, height - 110, width - 2 * left, 22, { fill: card.colours.muted });
  const [vx, vy, vw, vh] = viewBoxOf(card.plot);
  const { rest } = splitPlot(card.plot);
  const box = { x: 548, y: 24, width: 632, height: 500, viewBox: `${vx} ${vy} ${vw} ${vh}` };
  const plot = el("svg", { ...plotAttrs(card.plot), ...box }, ...rest);
  return root(width, height, card, `${card.municipality} ${card.year}`, card.description, [
    el("rect", { x: 0, y: 0, width: 12, height, fill: card.colours.fg }),
    ...kicker.nodes,
    ...name.nodes.slice(0, 2),
    ...year.nodes,
    total,
    outOf,
    plot,
    ...footer.nodes.slice(0, 3),
  ]);
}
