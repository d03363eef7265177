/**
 * The demo's own pages, around the report pages: the index, the embed configurator and the
 * not-found page. Texts from the catalogue (`demoMessages`), every text escaped, every page in
 * the shell of `renderHtmlDocument` (the configurator excepted: it runs the embed's scripts).
 */
import { demoMessages, type DemoMessages } from "@kommunkompassen/core/messages";
import type { Evaluation } from "@kommunkompassen/core";
import { escapeHtml, renderHtmlDocument, type RenderLang, type RenderTheme } from "@kommunkompassen/react/server";

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

/** The index page: the report pages, the configurator and Storybook. */
export function indexPage(
  lang: RenderLang,
  theme: RenderTheme,
  evaluations: (page: DemoPage) => Evaluation,
  hasStorybook: boolean,
): string {
  const t = demoMessages[lang];
  const items = PAGES.map((page) => pageItem(page, evaluations(page), lang, theme)).join("\n");
  const tools =
    `<li><a href="${prefixOf(lang)}embed/">${escapeHtml(t.configurator)}</a></li>\n` +
    (hasStorybook
      ? `<li><a href="/storybook/">${escapeHtml(t.storybook)}</a></li>`
      : `<li>${escapeHtml(t.noStorybook)}</li>`);
  const otherIndex = otherLangLink(lang, theme === "dark" ? "?theme=dark" : "", demoMessages[otherLang(lang)].thisDemo);
  const body = `<div class="kk kk-index" data-kk-theme="${theme}">
<h1 class="kk-index__title">${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.intro)}</p>
<p>${otherIndex}</p>
<h2>${escapeHtml(t.reports)}</h2>
<ul>
${items}
</ul>
<h2>${escapeHtml(t.tools)}</h2>
<ul>
${tools}
</ul>
</div>`;
  return renderHtmlDocument({ lang, title: t.title, body, theme });
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

/** The configurator's form: what to show, in which language and theme. */
function configuratorForm(lang: RenderLang, evaluations: (page: DemoPage) => Evaluation): string {
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
${select("view", c.view, ["radar", "bars", "table", "deltas", "summary", "report"].map((v) => option(v, v)).join(""))}
${select("lang", c.language, languages)}
${select("theme", c.theme, option("light", c.light) + option("dark", c.dark) + option("auto", c.auto))}
<div><label><input type="checkbox" name="shadow" value="1"> ${escapeHtml(c.shadow)}</label></div>
</form>`;
}

/** The embed configurator: the form, the snippet it builds and a live preview (scripts from this server only). */
export function configuratorPage(lang: RenderLang, evaluations: (page: DemoPage) => Evaluation): string {
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
${configuratorForm(lang, evaluations)}
<h2 id="kk-snippet-title">${escapeHtml(c.snippet)}</h2>
<pre aria-labelledby="kk-snippet-title"><code id="kk-snippet"></code></pre>
<p><button type="button" id="kk-copy">${escapeHtml(c.copy)}</button> <span id="kk-copy-status" role="status"></span></p>
<h2>${escapeHtml(c.preview)}</h2>
<div id="kk-preview" class="kk-preview"></div>
</main>
</body>
</html>`;
}
