import componentCss from "../styles.css";

/**
 * The stylesheet of `@kommunkompassen/react` (the file its `./styles.css` export serves), built into
 * this entry as text: a rendered page carries exactly the CSS of the components that rendered it,
 * with no file read at run time (so it works in bundled servers such as Next.js too).
 */
export function reportStylesheet(): string {
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
