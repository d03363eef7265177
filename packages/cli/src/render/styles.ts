import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

let componentCss: string | undefined;

/**
 * The stylesheet of the installed `@kommunkompassen/react` package (its `./styles.css` export),
 * read once from disk at run time, so a rendered page always carries the CSS of the components
 * that rendered it.
 *
 * @throws Error when the package's stylesheet cannot be found or read (a broken installation).
 */
export function reportStylesheet(): string {
  if (componentCss === undefined) {
    let path: string;
    try {
      path = createRequire(import.meta.url).resolve("@kommunkompassen/react/styles.css");
    } catch {
      throw new Error("cannot find @kommunkompassen/react/styles.css; is @kommunkompassen/react installed and built?");
    }
    try {
      componentCss = readFileSync(path, "utf8");
    } catch (error) {
      throw new Error(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return componentCss;
}

/**
 * The page around a report or an index in a standalone document: system fonts only (nothing is
 * downloaded), the page background of the theme, a centred column, and print margins. The
 * components' own print rules (page breaks between areas, tables kept whole) are in
 * `@kommunkompassen/react/styles.css`.
 */
export const PAGE_CSS = `
/* Page (kompass render) */
html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
body.kk-page {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  line-height: 1.5;
  background: #ffffff;
  color: #1a1a1a;
  color-scheme: light;
}
body.kk-page[data-kk-theme="dark"] {
  background: #121212;
  color: #f0f0f0;
  color-scheme: dark;
}
.kk-page__main {
  max-width: 54rem;
  margin: 0 auto;
  padding: 1rem;
}
/* Long Swedish words ("Kommunkompassen", "Verksamhetsutveckling") fit a 320 px screen. */
.kk-page h1 {
  font-size: clamp(1.5rem, 1.1rem + 2vw, 2rem);
}
.kk-page h2 {
  font-size: clamp(1.25rem, 1.05rem + 1vw, 1.5rem);
}
.kk-page h1,
.kk-page h2,
.kk-page h3,
.kk-page h4 {
  overflow-wrap: break-word;
}
.kk-page__nav {
  margin: 0 0 1rem;
}
.kk-page__nav a {
  color: #1d5fa6;
}
body.kk-page[data-kk-theme="dark"] .kk-page__nav a {
  color: #79b0ff;
}
.kk-page__nav a:focus-visible {
  outline: 3px solid currentColor;
  outline-offset: 2px;
}
.kk-index__title {
  margin: 0 0 0.5em;
  line-height: 1.2;
}
.kk-index .kk-table {
  max-width: 40rem;
}
@page {
  margin: 15mm;
}
@media print {
  body.kk-page,
  body.kk-page[data-kk-theme="dark"] {
    background: #ffffff;
    color: #000000;
  }
  .kk-page__main {
    max-width: none;
    padding: 0;
  }
  .kk-page__nav {
    display: none;
  }
}
`;
