import { INHERITED, PAINT_PROPERTIES, type SvgNode } from "./svg-node";

/** How to read an element of the page (a DOM element, or a parsed server-rendered one). */
export interface StyleSource<T> {
  name: (node: T) => string;
  attrs: (node: T) => Record<string, string>;
  children: (node: T) => readonly (T | string)[];
  /** The element's computed value of a property. */
  style: (node: T, property: string) => string;
  /** Whether the element is not shown (`display: none`). */
  hidden?: (node: T) => boolean;
}

/** The initial values: a property with its initial value needs no attribute unless inherited otherwise. */
const INITIAL: Record<string, string> = {
  "fill-opacity": "1",
  "stroke-opacity": "1",
  opacity: "1",
  "stroke-dasharray": "none",
  "font-style": "normal",
};

/** Parts of a chart that are there for the pointer and the keyboard, not for the picture. */
const INTERACTIVE = /(^|\s)(kk-hit-targets?|kk-tooltip|kk-active__ring|kk-active__bar)(\s|$)/;

/** Attributes that belong to the page, not to the picture. */
const PAGE_ONLY = /^(style|tabindex|focusable|on.*|data-.*|aria-hidden|aria-describedby|aria-label)$/;

/**
 * A copy of the chart's `<svg>` with the styles the page gives it written out as presentation
 * attributes (each property only where it differs from the parent's value, or from its initial
 * value); interactive parts (hit targets, the tooltip, the active marker) and hidden ones left out.
 */
export function styledSvg<T>(node: T, source: StyleSource<T>, parent: Record<string, string> = {}): SvgNode | null {
  const attrs = source.attrs(node);
  if (INTERACTIVE.test(attrs.class ?? "") || source.hidden?.(node)) return null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) if (!PAGE_ONLY.test(k)) out[k] = v;
  const own: Record<string, string> = {};
  for (const p of PAINT_PROPERTIES) {
    const value = source.style(node, p);
    if (!value) continue;
    own[p] = value;
    if (value !== (INHERITED.has(p) ? parent[p] : INITIAL[p])) out[p] = value;
  }
  const children: (SvgNode | string)[] = [];
  for (const child of source.children(node)) {
    if (typeof child === "string") children.push(child);
    else {
      const styled = styledSvg(child, source, { ...parent, ...own });
      if (styled) children.push(styled);
    }
  }
  return { name: source.name(node), attrs: out, children };
}
