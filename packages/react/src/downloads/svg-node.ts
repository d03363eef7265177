/**
 * A chart's picture as a small tree of SVG elements whose styles are written out as presentation
 * attributes, so that the file shows the same on its own (a browser, Inkscape, PowerPoint, resvg)
 * as on the page. Made from the live DOM in the browser and from the server-rendered markup on the
 * server; written out by {@link serializeSvg}.
 */

/** An element: its name, its attributes and its children (elements or text). */
export interface SvgNode {
  name: string;
  attrs: Record<string, string>;
  children: (SvgNode | string)[];
}

/** The properties a picture needs, written as presentation attributes where they apply. */
export const PAINT_PROPERTIES = [
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linejoin",
  "stroke-linecap",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  // A ring value's halo: its stroke painted under its fill.
  "paint-order",
] as const;

/** One of {@link PAINT_PROPERTIES}. */
export type PaintProperty = (typeof PAINT_PROPERTIES)[number];

/** Of those, the ones that inherit (all but opacity). */
export const INHERITED = new Set<string>(PAINT_PROPERTIES.filter((p) => p !== "opacity"));

/** A picture's theme colours: its background, its text and its quieter text. */
export interface PictureColours {
  bg: string;
  fg: string;
  muted: string;
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, "&quot;");

/** The tree as SVG markup (XML: every attribute quoted, every element closed). */
export function serializeSvg(node: SvgNode | string): string {
  if (typeof node === "string") return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join("");
  return node.children.length === 0
    ? `<${node.name}${attrs}/>`
    : `<${node.name}${attrs}>${node.children.map(serializeSvg).join("")}</${node.name}>`;
}

/** An element. */
export function el(name: string, attrs: Record<string, string | number>, ...children: (SvgNode | string)[]): SvgNode {
  return { name, attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])), children };
}

/** The text of a node and its descendants. */
export function textOf(node: SvgNode | string): string {
  return typeof node === "string" ? node : node.children.map(textOf).join("");
}
