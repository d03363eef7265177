import { renderToStaticMarkup } from "react-dom/server";
import {
  EvaluationValidationError,
  isolateBidi,
  type Evaluation,
  type Framework,
  type Issue,
  type Reference,
  type Lang,
  type SeriesBand,
} from "@kommunkompassen/core";
import { pageMessages } from "@kommunkompassen/core/messages";
import { validateEvaluationOnce } from "../hooks/useValidated";
import { EvaluationReport, resolveMessages, type ReportExtraSection } from "../index";
import { sha256Base64 } from "./sha256";
import { PAGE_CSS, reportStylesheet } from "./styles";
import { staticReportDownloads } from "./links";

/** The language of a rendered page. */
export type RenderLang = Lang;

/** The colour theme of a rendered page. */
export type RenderTheme = "light" | "dark";

/** Options shared by {@link renderReportDocument} and {@link renderReportFragment}. */
export interface RenderReportOptions {
  /** The municipality's previous evaluation: adds the change section (a delta table) and the change per area. */
  previous?: Evaluation;
  /**
   * Further reference series (the average of evaluated municipalities, a peer, …) drawn besides
   * the evaluation's own `references`. They are validated together with the evaluation.
   */
  references?: readonly Reference[];
  /** Language of every text; `sv` by default. */
  lang?: RenderLang;
  /** Colour theme; `light` by default. */
  theme?: RenderTheme;
  /**
   * Framework definitions beyond the built-in ones (from a definition file, see `parseFrameworks`):
   * the evaluations are validated, scored and named with them; one with a built-in id replaces it.
   */
  frameworks?: readonly Framework[];
  /**
   * The download menus (on by default in {@link renderReportDocument} and
   * {@link renderReportFragment}): plain links to `data:` URLs made here, which work with no script
   * (the evaluation as CSV and JSON; each chart's data as CSV and its SVG); `false` for none.
   */
  downloads?: boolean;
}

/** Options of {@link renderReportDocument}. */
export interface RenderReportDocumentOptions extends RenderReportOptions {
  /** The document's `<title>`; the report's title ("Kommunkompassen – Avesta kommun 2014") by default. */
  title?: string;
  /** A link shown above the report, e.g. back to an index page (`{ href: "index.html", label: "Alla utvärderingar" }`). */
  back?: { href: string; label: string };
}

/** Options of {@link renderReportFragment}. */
export interface RenderReportFragmentOptions extends RenderReportOptions {
  /** Level of the report's title (1 = `<h1>`, the default); sections and areas are one and two levels below. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** Prefix of the anchors (`<prefix>area-3`); `kk-` by default. */
  idPrefix?: string;
}

/** The report's markup and the stylesheet it needs, for a site that puts it into its own layout. */
export interface ReportFragment {
  /** The report (`<article class="kk kk-report">…</article>`), without a document around it. */
  html: string;
  /** The stylesheet of `@kommunkompassen/react`, to serve as a file (works under `style-src 'self'`). */
  css: string;
}

/** Options of {@link renderHtmlDocument}. */
export interface HtmlDocumentOptions {
  /** The `lang` attribute of `<html>`. */
  lang: RenderLang;
  /** The document's `<title>` (plain text; escaped here). */
  title: string;
  /** The markup of `<main>`: trusted HTML, written as given. */
  body: string;
  /** The page's colour theme (`data-kk-theme` on `<body>`); `light` by default. */
  theme?: RenderTheme;
  /** CSS after the component and page styles, in the same `<style>` element. */
  extraCss?: string;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * The Content-Security-Policy of a rendered page: nothing may load (`default-src 'none'`) except
 * the one `<style>` element whose SHA-256 is given, and `data:` images.
 */
export function contentSecurityPolicy(styleText: string): string {
  return `default-src 'none'; style-src 'sha256-${styleHash(styleText)}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

/** The last style texts hashed and their hashes: every page of a site carries the same stylesheet. */
const hashes = new Map<string, string>();

function styleHash(styleText: string): string {
  let hash = hashes.get(styleText);
  if (hash === undefined) {
    if (hashes.size >= 4) hashes.delete(hashes.keys().next().value!);
    hashes.set(styleText, (hash = sha256Base64(styleText)));
  }
  return hash;
}

/**
 * A complete, self-contained HTML document: `<!doctype html>`, `<html lang>`, charset, viewport, a
 * Content-Security-Policy `<meta>` that allows only the page's one `<style>` element (by its
 * SHA-256), the title, the stylesheet of `@kommunkompassen/react` plus the page CSS in that one
 * `<style>`, and `body` inside `<main>`. No scripts, no links, nothing loaded from anywhere.
 */
export function renderHtmlDocument(options: HtmlDocumentOptions): string {
  // A `</style` inside the CSS would end the element early; `\/` is the same character in CSS.
  const styleText = `\n${reportStylesheet()}\n${PAGE_CSS}${options.extraCss ? `\n${options.extraCss}\n` : ""}`.replace(
    /<\/(style)/gi,
    "<\\/$1",
  );
  const theme = options.theme ?? "light";
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(options.lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(styleText)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="kompass render">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${styleText}</style>`,
    "</head>",
    `<body class="kk-page" data-kk-theme="${escapeHtml(theme)}">`,
    `<main class="kk-page__main">`,
    options.body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** The evaluation with the extra references appended to its own, validated; throws when invalid (also for the pictures). */
export function prepare(
  evaluation: Evaluation,
  options: RenderReportOptions,
): { evaluation: Evaluation; previous: Evaluation | undefined } {
  const input: Evaluation =
    options.references && options.references.length > 0
      ? { ...evaluation, references: [...(evaluation.references ?? []), ...options.references] }
      : evaluation;
  const errors: Issue[] = [];
  // Validated once per object: the report's components find the result and do not validate again.
  const main = validateEvaluationOnce(input, options.frameworks);
  if (!main.valid) errors.push(...main.errors);
  let previous: Evaluation | undefined;
  if (options.previous !== undefined) {
    const before = validateEvaluationOnce(options.previous, options.frameworks);
    if (before.valid) previous = before.evaluation;
    else errors.push(...before.errors.map((e) => ({ ...e, path: `previous${e.path}` })));
  }
  if (!main.valid || errors.length > 0) throw new EvaluationValidationError(errors);
  return { evaluation: main.evaluation, previous };
}

/** What a page of a site adds to a report: the model's band in its charts and sections of its own. */
export interface ReportAdditions {
  band?: SeriesBand;
  extraSections?: readonly ReportExtraSection[];
}

function reportMarkup(
  evaluation: Evaluation,
  options: RenderReportFragmentOptions,
  additions: ReportAdditions = {},
): string {
  const { evaluation: main, previous } = prepare(evaluation, options);
  const lang = options.lang ?? "sv";
  const downloads = options.downloads
    ? staticReportDownloads(main, previous, {
        lang,
        theme: options.theme ?? "light",
        ...(options.frameworks ? { frameworks: options.frameworks } : {}),
      })
    : false;
  return renderToStaticMarkup(
    <EvaluationReport
      evaluation={main}
      previous={previous}
      downloads={downloads}
      lang={lang}
      theme={options.theme ?? "light"}
      headingLevel={options.headingLevel ?? 1}
      idPrefix={options.idPrefix ?? "kk-"}
      {...(options.frameworks ? { frameworks: options.frameworks } : {})}
      {...(additions.band ? { band: additions.band } : {})}
      {...(additions.extraSections ? { extraSections: additions.extraSections } : {})}
    />,
  );
}

/**
 * Renders the full report page of an evaluation (`EvaluationReport` from `@kommunkompassen/react`,
 * server-rendered with `renderToStaticMarkup`) as one self-contained HTML document: the report's
 * stylesheet in one `<style>` element allowed by its hash in a strict Content-Security-Policy, no
 * scripts, no inline `style` attributes and no external requests of any kind. Prints to PDF with a
 * page break before every area.
 *
 * @param evaluation - The evaluation to report.
 * @param options - Previous evaluation, extra references, language, theme, title, back link.
 * @returns The HTML document as a string.
 * @throws EvaluationValidationError (from `@kommunkompassen/core`) when the evaluation, the extra
 *   references or the previous evaluation are invalid; previous-evaluation paths start with `previous`.
 */
export function renderReportDocument(evaluation: Evaluation, options: RenderReportDocumentOptions = {}): string {
  return reportDocument(evaluation, { ...options, downloads: options.downloads ?? true });
}

/** {@link renderReportDocument}, with what a page of a site adds (for `renderSite`). */
export function reportDocument(
  evaluation: Evaluation,
  options: RenderReportDocumentOptions,
  additions: ReportAdditions = {},
): string {
  const lang = options.lang ?? "sv";
  const report = reportMarkup(evaluation, { ...options, headingLevel: 1 }, additions);
  const nav = options.back
    ? `<nav class="kk-page__nav" aria-label="${escapeHtml(pageMessages[lang].navigation)}"><a href="${escapeHtml(options.back.href)}">${escapeHtml(isolateBidi(options.back.label))}</a></nav>\n`
    : "";
  // Isolated where text enters the page: an override in the name cannot turn the year after it round.
  const title = options.title
    ? isolateBidi(options.title)
    : resolveMessages(lang).reportTitle(isolateBidi(evaluation.municipality.name), evaluation.year);
  return renderHtmlDocument({ lang, title, body: nav + report, theme: options.theme });
}

/**
 * Renders only the report's markup, with the stylesheet it needs as a separate string, for sites
 * that put the report into their own layout (and serve the CSS as a file, which works under
 * `style-src 'self'`).
 *
 * @param evaluation - The evaluation to report.
 * @param options - Previous evaluation, extra references, language, theme, heading level, anchor prefix.
 * @returns `{ html, css }`.
 * @throws EvaluationValidationError when the evaluation, the extra references or the previous evaluation are invalid.
 */
export function renderReportFragment(
  evaluation: Evaluation,
  options: RenderReportFragmentOptions = {},
): ReportFragment {
  return {
    html: reportMarkup(evaluation, { ...options, downloads: options.downloads ?? true }),
    css: reportStylesheet(),
  };
}
