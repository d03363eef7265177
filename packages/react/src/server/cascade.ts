/**
 * Just enough of CSS to write the stylesheet's look of a server-rendered chart into its SVG: the
 * markup parsed into a tree, the stylesheet's rules outside at-rules (no media, container or print
 * rules: a picture has the chart's wide layout and the page's colours), selectors of types, classes,
 * ids, attributes, `:not()`, `:first-child`, `:last-child`, `:first-of-type`, `:last-of-type` and the
 * descendant and child combinators (anything else never matches), specificity and order,
 * inheritance, custom properties and `var()`. Server only: the browser computes styles itself.
 */
import { INHERITED, PAINT_PROPERTIES, type SvgNode } from "../downloads/svg-node";

/** A parsed element, with its parent, for selector matching. */
export interface TreeNode extends SvgNode {
  parent: TreeNode | null;
  children: (TreeNode | string)[];
}

const VOID = new Set(["br", "hr", "img", "input", "meta", "link", "wbr", "area", "col", "source"]);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#")
      return String.fromCodePoint(
        code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1)),
      );
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** React's server markup (well formed: quoted attributes, closed elements) as a tree. */
export function parseMarkup(html: string): TreeNode {
  const top: TreeNode = { name: "#root", attrs: {}, children: [], parent: null };
  let current = top;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>|<!--[\s\S]*?-->/g;
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m.index > last) current.children.push(decode(html.slice(last, m.index)));
    last = tag.lastIndex;
    if (m[2] === undefined) continue;
    const [, closing, name, attrText = "", selfClosing] = m;
    if (closing) {
      if (current.parent) current = current.parent;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g)) attrs[a[1]!] = decode(a[2] ?? "");
    const node: TreeNode = { name: name!, attrs, children: [], parent: current };
    current.children.push(node);
    if (!selfClosing && !VOID.has(name!.toLowerCase())) current = node;
  }
  if (last < html.length) current.children.push(decode(html.slice(last)));
  return top;
}

/** A compound selector: what one element must be. */
interface Compound {
  tag?: string;
  classes: string[];
  ids: string[];
  attrs: { name: string; value?: string }[];
  not: Compound[];
  pseudo: string[];
  /** A part this engine does not understand: the compound never matches. */
  unknown?: boolean;
}

/** A selector, right to left: each compound and the combinator to the one before it. */
interface Selector {
  parts: { compound: Compound; combinator: " " | ">" }[];
  specificity: number;
}

/** A style rule: its selectors and its declarations, in stylesheet order. */
export interface Rule {
  selectors: Selector[];
  declarations: [string, string][];
  order: number;
}

const KNOWN_PSEUDO = new Set(["first-child", "last-child", "first-of-type", "last-of-type"]);

function parseCompound(text: string): Compound {
  const c: Compound = { classes: [], ids: [], attrs: [], not: [], pseudo: [] };
  const token =
    /^(?:(\*|[a-zA-Z][\w-]*)|\.([\w-]+)|#([\w-]+)|\[([\w-]+)(?:="?([^"\]]*)"?)?\]|:not\(([^)]*)\)|::?([\w-]+)(?:\([^)]*\))?)/;
  let rest = text;
  while (rest) {
    const m = token.exec(rest);
    if (!m) return { ...c, unknown: true };
    rest = rest.slice(m[0].length);
    if (m[1] && m[1] !== "*") c.tag = m[1].toLowerCase();
    else if (m[2]) c.classes.push(m[2]);
    else if (m[3]) c.ids.push(m[3]);
    else if (m[4]) c.attrs.push(m[5] === undefined ? { name: m[4] } : { name: m[4], value: m[5] });
    else if (m[6] !== undefined) c.not.push(parseCompound(m[6].trim()));
    else if (m[7]) {
      if (!KNOWN_PSEUDO.has(m[7]) || m[0].startsWith("::")) c.unknown = true;
      c.pseudo.push(m[7]);
    }
  }
  return c;
}

function parseSelector(text: string): Selector {
  const tokens = text
    .trim()
    .replace(/\s*>\s*/g, " > ")
    .split(/\s+/);
  const parts: Selector["parts"] = [];
  let combinator: " " | ">" = " ";
  let specificity = 0;
  for (const token of tokens) {
    if (token === ">") {
      combinator = ">";
      continue;
    }
    if (token === "+" || token === "~")
      return { parts: [{ compound: { ...parseCompound(""), unknown: true }, combinator }], specificity };
    const compound = parseCompound(token);
    specificity +=
      compound.ids.length * 10000 + (compound.classes.length + compound.attrs.length + compound.pseudo.length) * 100;
    specificity += compound.tag ? 1 : 0;
    for (const n of compound.not) specificity += n.classes.length * 100 + n.attrs.length * 100 + (n.tag ? 1 : 0);
    parts.unshift({ compound, combinator });
    combinator = " ";
  }
  return { parts, specificity };
}

/** Removes every at-rule block (`@media … { … }`), keeping the plain rules. */
function withoutAtRules(css: string): string {
  let out = "";
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf("@", i);
    if (at < 0) break;
    out += css.slice(i, at);
    let depth = 0;
    let j = at;
    for (; j < css.length; j++) {
      if (css[j] === "{") depth++;
      else if (css[j] === "}" && --depth === 0) break;
      else if (css[j] === ";" && depth === 0) break;
    }
    i = j + 1;
  }
  return out + css.slice(i);
}

/** The stylesheet's plain rules. */
export function parseRules(css: string): Rule[] {
  const text = withoutAtRules(css.replace(/\/\*[\s\S]*?\*\//g, ""));
  const rules: Rule[] = [];
  for (const m of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations: [string, string][] = [];
    for (const d of m[2]!.split(";")) {
      const colon = d.indexOf(":");
      if (colon > 0)
        declarations.push([
          d.slice(0, colon).trim(),
          d
            .slice(colon + 1)
            .replace(/!important/, "")
            .trim(),
        ]);
    }
    rules.push({ selectors: m[1]!.split(",").map(parseSelector), declarations, order: rules.length });
  }
  return rules;
}

const elementsOf = (node: TreeNode | null) =>
  (node?.children ?? []).filter((c): c is TreeNode => typeof c !== "string");

function matchesCompound(node: TreeNode, c: Compound): boolean {
  if (c.unknown) return false;
  if (c.tag && node.name.toLowerCase() !== c.tag) return false;
  const classes = (node.attrs.class ?? "").split(/\s+/);
  if (!c.classes.every((k) => classes.includes(k))) return false;
  if (!c.ids.every((id) => node.attrs.id === id)) return false;
  if (!c.attrs.every((a) => (a.value === undefined ? a.name in node.attrs : node.attrs[a.name] === a.value)))
    return false;
  if (c.not.some((n) => matchesCompound(node, n))) return false;
  if (c.pseudo.length === 0) return true;
  const siblings = elementsOf(node.parent);
  const sameType = siblings.filter((s) => s.name === node.name);
  const at: Record<string, boolean> = {
    "first-child": siblings[0] === node,
    "last-child": siblings[siblings.length - 1] === node,
    "first-of-type": sameType[0] === node,
    "last-of-type": sameType[sameType.length - 1] === node,
  };
  return c.pseudo.every((p) => at[p]);
}

function matches(node: TreeNode, parts: Selector["parts"], index = 0): boolean {
  const part = parts[index];
  if (!part) return true;
  if (!matchesCompound(node, part.compound)) return false;
  if (index === parts.length - 1) return true;
  if (part.combinator === ">") return node.parent !== null && matches(node.parent, parts, index + 1);
  for (let up = node.parent; up; up = up.parent) if (matches(up, parts, index + 1)) return true;
  return false;
}

/** The computed values of the paint properties and the custom properties, for every element. */
export type Computed = Map<TreeNode, Record<string, string>>;

const ROOT_FONT = 16;

function resolveVar(value: string, style: Record<string, string>, depth = 0): string {
  if (depth > 8) return value;
  return value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) =>
    resolveVar(style[name] ?? fallback ?? "", style, depth + 1),
  );
}

function fontSize(value: string, parent: number): number {
  const m = /^([\d.]+)(px|em|rem|%)?$/.exec(value);
  if (!m) return parent;
  const n = Number(m[1]);
  return m[2] === "em" ? n * parent : m[2] === "rem" ? n * ROOT_FONT : m[2] === "%" ? (n / 100) * parent : n;
}

/** The rules by what the last compound of one of their selectors needs: a class, a type, or anything (`*`). */
type RuleIndex = Map<string, Rule[]>;

function indexRules(rules: readonly Rule[]): RuleIndex {
  const index: RuleIndex = new Map();
  for (const rule of rules) {
    for (const selector of rule.selectors) {
      const last = selector.parts[0]?.compound;
      if (!last || last.unknown) continue;
      const key = last.classes[0] !== undefined ? `.${last.classes[0]}` : (last.tag ?? "*");
      const list = index.get(key) ?? [];
      if (!list.includes(rule)) list.push(rule);
      index.set(key, list);
    }
  }
  return index;
}

/** The rules that may apply to an element (the rest cannot: their last compound needs what it has not). */
function candidates(node: TreeNode, index: RuleIndex): Rule[] {
  const keys = ["*", node.name.toLowerCase(), ...(node.attrs.class ?? "").split(/\s+/).map((c) => `.${c}`)];
  return [...new Set(keys.flatMap((k) => index.get(k) ?? []))];
}

/** One element's computed style from its parent's and the declarations that apply to it. */
function computeOne(node: TreeNode, parent: Record<string, string>, index: RuleIndex): Record<string, string> {
  const declared: [string, string, number][] = [];
  for (const name of PAINT_PROPERTIES) if (node.attrs[name] !== undefined) declared.push([name, node.attrs[name]!, -1]);
  for (const rule of candidates(node, index)) {
    const best = Math.max(-1, ...rule.selectors.filter((s) => matches(node, s.parts)).map((s) => s.specificity));
    if (best < 0) continue;
    for (const [p, v] of rule.declarations) declared.push([p, v, best * 10000 + rule.order]);
  }
  declared.sort((a, b) => a[2] - b[2]);
  const style: Record<string, string> = {};
  for (const [p, v] of Object.entries(parent))
    if (p.startsWith("--") || INHERITED.has(p) || p === "color") style[p] = v;
  const set: Record<string, string> = {};
  for (const [p, v] of declared) set[p] = v;
  // Custom properties first (they may refer to each other), then the rest.
  for (const [p, v] of Object.entries(set)) if (p.startsWith("--")) style[p] = v === "inherit" ? (parent[p] ?? "") : v;
  for (const p of Object.keys(style)) if (p.startsWith("--")) style[p] = resolveVar(style[p]!, style);
  for (const [p, raw] of Object.entries(set)) {
    if (p.startsWith("--")) continue;
    let v = resolveVar(raw, style).trim();
    if (v === "inherit") v = parent[p] ?? "";
    if (v === "currentColor" || v === "currentcolor") v = style.color ?? parent.color ?? "#000000";
    if (p === "font-size") v = `${+fontSize(v, Number.parseFloat(parent["font-size"] ?? "16")).toFixed(2)}px`;
    if (v !== "") style[p] = v;
  }
  return style;
}

const indexed = new WeakMap<readonly Rule[], RuleIndex>();

/** Computes every element's style, from the root down. */
export function computeStyles(root: TreeNode, rules: readonly Rule[], base: Record<string, string>): Computed {
  const computed: Computed = new Map();
  const index = indexed.get(rules) ?? indexRules(rules);
  indexed.set(rules, index);
  const walk = (node: TreeNode, parent: Record<string, string>) => {
    const style = computeOne(node, parent, index);
    computed.set(node, style);
    for (const child of elementsOf(node)) walk(child, style);
  };
  for (const child of elementsOf(root)) walk(child, base);
  return computed;
}
