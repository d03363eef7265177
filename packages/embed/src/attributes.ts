/**
 * The attributes of `<kommunkompass-profil>`, the one source of truth: the element observes
 * {@link ATTRIBUTE_NAMES}, and the build generates the TypeScript declarations and the Custom
 * Elements Manifest from {@link ATTRIBUTES} (which the element's bundle does not carry).
 */

/** The views the element offers: one evaluation's profile, then the national views of a collection. */
export const VIEWS = ["radar", "bars", "table", "deltas", "summary", "report", "position", "overview"] as const;
/** One of {@link VIEWS}. */
export type View = (typeof VIEWS)[number];
/** The national views: drawn from a `collection`, by the script `kommunkompass-national.js` beside the element's. */
export const NATIONAL_VIEWS = ["position", "overview"] as const;
/** One of {@link NATIONAL_VIEWS}. */
export type NationalView = (typeof NATIONAL_VIEWS)[number];
/** The colour themes. */
export const THEMES = ["light", "dark", "auto"] as const;

/** Every attribute the element reads, in the order of the documentation. */
export const ATTRIBUTE_NAMES = [
  "src",
  "compare",
  "reference",
  "frameworks",
  "collection",
  "municipality",
  "year",
  "view",
  "lang",
  "theme",
  "timeout",
  "shadow",
  "stylesheet",
  "downloads",
] as const;
/** One of {@link ATTRIBUTE_NAMES}. */
export type AttributeName = (typeof ATTRIBUTE_NAMES)[number];

/** Elements that get a `part` name in shadow mode, for `::part()` styling from the host page. */
export const PARTS: readonly (readonly [selector: string, part: string])[] = [
  [".kk-chart", "chart"],
  [".kk-chart__title", "title"],
  [".kk-legend", "legend"],
  ["table", "table"],
  [".kk-error", "error"],
  [".kk-report", "report"],
];

/** What the declarations and the manifest say of one attribute. */
export interface AttributeDoc {
  /** The TypeScript type of the value, as written in the manifest. */
  type: string;
  /** The default, as written in the manifest (a JavaScript expression), if there is one. */
  default?: string;
  /** One sentence. */
  description: string;
}

const union = (values: readonly string[]) => values.map((value) => JSON.stringify(value)).join(" | ");

/** The attributes, described. */
export const ATTRIBUTES: Readonly<Record<AttributeName, AttributeDoc>> = {
  src: {
    type: "string",
    description:
      'URL of the evaluation (JSON) on the page\'s own origin; without it, the first <script type="application/json"> inside the element.',
  },
  compare: {
    type: "string",
    description: "URL of the municipality's previous evaluation on the page's own origin.",
  },
  reference: {
    type: "string",
    description: "URL of one reference series or an array of them (e.g. an average), on the page's own origin.",
  },
  frameworks: {
    type: "string",
    description:
      "URL of a framework definition file (one definition or an array) on the page's own origin, for a model that is not built in.",
  },
  collection: {
    type: "string",
    description:
      'URL of a collection of evaluations (JSON, collection.schema.json) on the page\'s own origin, for view="position" and view="overview"; without it, an inline <script type="application/json" data-kk="collection">.',
  },
  municipality: {
    type: "string",
    description:
      'The municipality (SCB code or name, "Orebro" finds "Örebro kommun") whose evaluation in the collection view="position" places among its model\'s; src, when given, is placed instead.',
  },
  year: {
    type: "number",
    description: "The year of that municipality's evaluation; without it, its latest in the collection.",
  },
  view: {
    type: /* @__PURE__ */ union(VIEWS),
    default: '"radar"',
    description:
      "What to show: one evaluation's profile (radar, bars, table, deltas, summary, report), or where it stands among a collection's (position), or the whole collection (overview).",
  },
  lang: {
    type: '"sv" | "en"',
    description: "Language of all text and numbers; default: the page's lang, else Swedish.",
  },
  theme: {
    type: /* @__PURE__ */ union(THEMES),
    default: '"light"',
    description: "Colours; auto follows the visitor's system.",
  },
  timeout: {
    type: "number",
    default: "10000",
    description: "Give up loading after this many milliseconds (1 to 2147483647); any other value means the default.",
  },
  shadow: {
    type: "boolean",
    default: "false",
    description: "Render in an open shadow root, with the stylesheet loaded there (set before the element connects).",
  },
  stylesheet: {
    type: "string",
    description: "URL of the stylesheet in shadow mode; default: kommunkompass.css next to the script.",
  },
  downloads: {
    type: '"on" | "off"',
    default: '"on"',
    description:
      "A download menu under the profile (its data as CSV and JSON, the chart as SVG and PNG, the sharing card), loaded from beside the script when first opened, and above the overview (the rows shown and every evaluation, as CSV and JSON); off hides it.",
  },
};
