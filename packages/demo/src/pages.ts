/**
 * The demo's own pages, around the report pages: the index (the national view of the published
 * results first, then the report pages and the tools), the embed configurator and the not-found
 * page. Texts from the catalogue (`demoMessages`, `pageMessages`), every text escaped, every page in
 * the shell of `renderHtmlDocument` (the configurator excepted: it runs the embed's scripts).
 */
import { componentMessages, demoMessages, pageMessages, type DemoMessages } from "@kommunkompassen/core/messages";
import { compareSwedish, frameworkLabel, type Evaluation } from "@kommunkompassen/core";
import { escapeHtml, renderHtmlDocument, type RenderLang, type RenderTheme } from "@kommunkompassen/react/server";
import { NATIONAL_CSS, nationalSections, type NationalData } from "./national";

/** One report page of the demo. */
export interface DemoPage {
  slug: keyof DemoMessages["pages"];
  fixture: string;
  previous?: string;
}

/** The report pages, in the order the index lists them. */
export const PAGES: readonly DemoPage[] = [
  { slug: "avesta-2014", fixture: "avesta-2014" },
  { slug: "vasteras-2014", fixture: "vasteras-2014", previous: "vasteras-2012" },
  { slug: "vasteras-2012", fixture: "vasteras-2012" },
  { slug: "tomelilla-2023", fixture: "tomelilla-2023", previous: "tomelilla-2020" },
  { slug: "tomelilla-2020", fixture: "tomelilla-2020" },
  { slug: "strangnas-2016", fixture: "strangnas-2016", previous: "strangnas-2014" },
  { slug: "strangnas-2014", fixture: "strangnas-2014" },
];

/** The path prefix of a language: `/` or `/en/`. */
export const prefixOf = (lang: RenderLang): string => (lang === "sv" ? "/" : "/en/");

const otherLang = (lang: RenderLang): RenderLang => (lang === "sv" ? "en" : "sv");

/** A link to the same place in the other language, marked with that language. */
function otherLangLink(lang: RenderLang, path: string, text: string): string {
  const other = otherLang(lang);
  return `<a href="${prefixOf(other)}${path}" lang="${other}" hreflang="${other}">${escapeHtml(text)}</a>`;
}

/** One report page's line on the index: its link, what it shows, and its other theme and language. */
function pageItem(page: DemoPage, evaluation: Evaluation, lang: RenderLang, theme: RenderTheme): string {
  const t = demoMessages[lang];
  const themeQuery = theme === "dark" ? "?theme=dark" : "";
  const name = escapeHtml(`${evaluation.municipality.name} ${evaluation.year}`);
  const otherTheme = theme === "dark" ? "light" : "dark";
  return (
    `<li><a href="${prefixOf(lang)}${page.slug}${themeQuery}">${name}</a>: ${escapeHtml(t.pages[page.slug])} ` +
    `(<a href="${prefixOf(lang)}${page.slug}?theme=${otherTheme}">${name}, ${escapeHtml(theme === "dark" ? t.lightTheme : t.darkTheme)}</a>, ` +
    `${otherLangLink(lang, `${page.slug}${themeQuery}`, `${evaluation.municipality.name} ${evaluation.year}, ${demoMessages[otherLang(lang)].inThisLanguage}`)})</li>`
  );
}

/** The index's contents: the national view's sections, then the reports and tools. */
function contents(lang: RenderLang): string {
  const t = demoMessages[lang];
  const p = pageMessages[lang];
  const items = [
    ["kk-site-overview", p.overviewHeading],
    ["kk-site-distribution", p.distributionHeading],
    ["kk-site-about", p.aboutDataHeading],
    ["kk-demo-examples", t.national.examplesHeading],
  ];
  return `<nav class="kk-report__toc" aria-label="${escapeHtml(componentMessages[lang].contents)}"><ol>${items
    .map(([id, title]) => `<li><a href="#${id}">${escapeHtml(title!)}</a></li>`)
    .join("")}</ol></nav>`;
}

/**
 * The index page: the national view of the published results (the overview, each model's
 * distribution, the data's source; each evaluation linking to its page), then the report pages,
 * the configurator and Storybook.
 */
export function indexPage(
  lang: RenderLang,
  theme: RenderTheme,
  evaluations: (page: DemoPage) => Evaluation,
  hasStorybook: boolean,
  national: NationalData,
): string {
  const t = demoMessages[lang];
  const items = PAGES.map((page) => pageItem(page, evaluations(page), lang, theme)).join("\n");
  const tools =
    `<li><a href="${prefixOf(lang)}embed/">${escapeHtml(t.configurator)}</a></li>\n` +
    `<li><a href="/studio/${lang === "en" ? "?lang=en" : ""}">${escapeHtml(t.studio)}</a></li>\n` +
    (hasStorybook
      ? `<li><a href="/storybook/">${escapeHtml(t.storybook)}</a></li>`
      : `<li>${escapeHtml(t.noStorybook)}</li>`);
  const otherIndex = otherLangLink(lang, theme === "dark" ? "?theme=dark" : "", demoMessages[otherLang(lang)].thisDemo);
  const body = `<div class="kk kk-index kk-site-index" data-kk-theme="${theme}">
<h1 class="kk-index__title">${escapeHtml(t.title)}</h1>
<p>${otherIndex}</p>
${contents(lang)}
${nationalSections(national, lang, theme, prefixOf(lang))}
<section id="kk-demo-examples" aria-labelledby="kk-demo-examples-title" class="kk-site__section">
<h2 id="kk-demo-examples-title">${escapeHtml(t.national.examplesHeading)}</h2>
<h3>${escapeHtml(t.reports)}</h3>
<p>${escapeHtml(t.intro)}</p>
<ul>
${items}
</ul>
<h3>${escapeHtml(t.tools)}</h3>
<ul>
${tools}
</ul>
</section>
</div>`;
  return renderHtmlDocument({ lang, title: t.title, body, theme, extraCss: NATIONAL_CSS });
}

/** The page for an address that has none. */
export function notFoundPage(lang: RenderLang): string {
  const t = demoMessages[lang];
  const body = `<div class="kk kk-index" data-kk-theme="light"><h1 class="kk-index__title">${escapeHtml(t.notFound)}</h1><p>${escapeHtml(t.notFoundText)}</p><p><a href="${prefixOf(lang)}">${escapeHtml(t.home)}</a></p></div>`;
  return renderHtmlDocument({ lang, title: t.notFound, body });
}

const option = (value: string, label: string) => `<option value="${value}">${escapeHtml(label)}</option>`;

const select = (name: string, label: string, options: string) =>
  `<div><label for="kk-${name}">${escapeHtml(label)}</label><select id="kk-${name}" name="${name}">${options}</select></div>`;

/** The views, in the order the form offers them. */
const VIEWS = ["radar", "bars", "table", "deltas", "summary", "report", "position", "overview"] as const;

/**
 * The national views' part of the form: the collection (the published results) and the
 * municipality whose evaluation the position view places (`code|year`), or none.
 */
function nationalFields(lang: RenderLang, national: NationalData): string {
  const c = demoMessages[lang].config;
  const collection = option("published-results", c.publishedResults(national.evaluations.length));
  const label = (e: Evaluation) =>
    `${e.municipality.name} ${e.year} (${frameworkLabel(e.framework, lang, national.collection.frameworks ?? [])})`;
  const sorted = [...national.evaluations].sort(
    (a, b) => compareSwedish(a.municipality.name, b.municipality.name) || a.year - b.year,
  );
  const focal =
    option("", c.noFocal) +
    sorted.map((e) => option(`${e.municipality.code ?? e.municipality.name}|${e.year}`, label(e))).join("");
  return `${select("collection", c.collection, collection)}
${select("focal", c.focal, focal)}`;
}

/** The configurator's form: what to show, in which language and theme. */
function configuratorForm(
  lang: RenderLang,
  evaluations: (page: DemoPage) => Evaluation,
  national: NationalData,
): string {
  const c = demoMessages[lang].config;
  const label = (page: DemoPage) => `${evaluations(page).municipality.name} ${evaluations(page).year}`;
  const data = PAGES.map((page) => option(page.fixture, label(page))).join("");
  const previous = PAGES.filter((page) => PAGES.some((p) => p.previous === page.fixture));
  const compare = option("", c.none) + previous.map((page) => option(page.fixture, label(page))).join("");
  const languages =
    lang === "sv"
      ? option("sv", c.swedish) + option("en", c.english)
      : option("en", c.english) + option("sv", c.swedish);
  return `<form id="kk-config" class="kk-config">
${select("data", c.evaluation, data)}
${select("compare", c.compareWith, compare)}
${nationalFields(lang, national)}
${select("view", c.view, VIEWS.map((v) => option(v, c.views[v])).join(""))}
<p class="kk-config__note">${escapeHtml(c.viewsNote)}</p>
${select("lang", c.language, languages)}
${select("theme", c.theme, option("light", c.light) + option("dark", c.dark) + option("auto", c.auto))}
<div><label><input type="checkbox" name="shadow" value="1"> ${escapeHtml(c.shadow)}</label></div>
</form>`;
}

/** The embed configurator: the form, the snippet it builds and a live preview (scripts from this server only). */
export function configuratorPage(
  lang: RenderLang,
  evaluations: (page: DemoPage) => Evaluation,
  national: NationalData,
): string {
  const t = demoMessages[lang];
  const c = t.config;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(c.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/embed/configurator.css">
<link rel="stylesheet" href="/embed/kommunkompass.css">
<script type="module" src="/embed/kommunkompass.js"></script>
<script type="module" src="/embed/configurator.js"></script>
</head>
<body>
<main>
<p><a href="${prefixOf(lang)}">${escapeHtml(t.back)}</a></p>
<h1>${escapeHtml(c.heading)}</h1>
<p>${escapeHtml(c.intro)}</p>
${configuratorForm(lang, evaluations, national)}
<h2 id="kk-snippet-title">${escapeHtml(c.snippet)}</h2>
<pre aria-labelledby="kk-snippet-title"><code id="kk-snippet"></code></pre>
<p><button type="button" id="kk-copy">${escapeHtml(c.copy)}</button> <span id="kk-copy-status" role="status"></span></p>
<h2>${escapeHtml(c.preview)}</h2>
<div id="kk-preview" class="kk-preview"></div>
</main>
</body>
</html>`;
}
