/**
 * The demo's national view: the published results in the repository
 * (test/fixtures/data/published-results.csv), read once when the demo starts with the results-table
 * import into one collection, shown on the index as the overview table and the distribution of the
 * totals of each model, with one page per evaluation from `renderSite` (its report, its place within
 * its model and, where the municipality has several, its timeline).
 */
import { readFileSync } from "node:fs";
import { basename, relative } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { collectionStatistics, validateCollection, type Collection, type Evaluation } from "@kommunkompassen/core";
import { checkMunicipality } from "@kommunkompassen/core/municipalities";
import { demoMessages, pageMessages } from "@kommunkompassen/core/messages";
import { importResultsTable } from "@kommunkompassen/import";
import { OverviewTable, PositionStrip } from "@kommunkompassen/react";
import { renderSite, type RenderLang, type RenderTheme, type Site } from "@kommunkompassen/react/server";

/** The published results as one collection, with where they came from. */
export interface NationalData {
  /** The collection, valid. */
  collection: Collection;
  /** Its evaluations, as `renderSite` and the components take them. */
  evaluations: Evaluation[];
  /** The file, as the pages name it (relative to the repository). */
  file: string;
  /** How many rows the table has (the header not counted). */
  rows: number;
  /** The rows that gave no evaluation. */
  leftOut: number[];
  /** The site of each language and theme, planned when first asked for; pages are rendered on request. */
  site: (lang: RenderLang, theme: RenderTheme) => Site;
}

/**
 * Reads a results table (one evaluation per row, `;` or `,`) into a collection with
 * `importResultsTable`, and checks it as a whole with `validateCollection` (and the municipality
 * registry's codes). Throws when the table gives no valid collection: the demo does not start on
 * data it cannot show.
 */
export function readNationalData(path: string, repoRoot: string): NationalData {
  const file = relative(repoRoot, path) || basename(path);
  const table = readFileSync(path);
  const imported = importResultsTable(table, { file: basename(path) });
  if (!imported.collection) throw new Error(`${file} gives no evaluation: ${imported.findings[0]?.code ?? "?"}`);
  const checked = validateCollection(imported.collection, { checkMunicipality });
  if (!checked.valid) throw new Error(`${file} is not a valid collection: ${checked.errors[0]?.message}`);
  const evaluations = checked.collection.evaluations as Evaluation[];
  const rows = table
    .toString("utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== "").length;
  const sites = new Map<string, Site>();
  const site = (lang: RenderLang, theme: RenderTheme): Site => {
    const key = `${lang} ${theme}`;
    let found = sites.get(key);
    if (!found) {
      const entries = evaluations.map((evaluation, i) => ({ file: `${file}, row ${imported.rows[i]}`, evaluation }));
      found = renderSite(entries, {
        lang,
        theme,
        about: { title: checked.collection.title, sources: checked.collection.sources },
      });
      if (found.conflicts.length > 0) throw new Error(`${file}: ${found.conflicts.join("; ")}`);
      sites.set(key, found);
    }
    return found;
  };
  return { collection: checked.collection, evaluations, file, rows, leftOut: imported.leftOut, site };
}

/** The models with ranked evaluations, the one evaluated most recently first. */
function statedModels(evaluations: readonly Evaluation[]): string[] {
  const latest = (framework: string) =>
    Math.max(...evaluations.filter((e) => e.framework === framework).map((e) => e.year));
  return collectionStatistics(evaluations)
    .groups.filter((g) => g.n > 0)
    .map((g) => g.framework)
    .sort((a, b) => latest(b) - latest(a));
}

/**
 * The national view of the index, as markup for its `<main>`: what the data is, the overview table
 * (every evaluation, each linking to its page under `prefix`), the totals of each model as a strip,
 * and the data's source. Static: the overview's sorting and filters need JavaScript, which these
 * pages do not run (its rows are complete and ordered without it).
 */
export function nationalSections(data: NationalData, lang: RenderLang, theme: RenderTheme, prefix: string): string {
  const t = pageMessages[lang];
  const n = demoMessages[lang].national;
  const site = data.site(lang, theme);
  const query = theme === "dark" ? "?theme=dark" : "";
  const hrefs = site.pages.map((page) => `${prefix}${page.name}${query}`);
  const evaluations = site.pages.map((page) => page.evaluation);
  const municipalities = new Set(evaluations.map((e) => e.municipality.code ?? e.municipality.name)).size;
  const models = new Set(evaluations.map((e) => e.framework)).size;
  const common = { lang, theme } as const;
  return renderToStaticMarkup(
    <>
      <p>{n.intro(data.file, data.rows)}</p>
      <p>{t.siteIntro(evaluations.length, municipalities, models)}</p>
      <section id="kk-site-overview" aria-labelledby="kk-site-overview-title" className="kk-site__section">
        <h2 id="kk-site-overview-title">{t.overviewHeading}</h2>
        <p>{n.overviewNote}</p>
        <OverviewTable evaluations={evaluations} hrefs={hrefs} interactive={false} {...common} />
      </section>
      <section id="kk-site-distribution" aria-labelledby="kk-site-distribution-title" className="kk-site__section">
        <h2 id="kk-site-distribution-title">{t.distributionHeading}</h2>
        <p>{t.distributionIntro}</p>
        {statedModels(evaluations).map((framework) => (
          <PositionStrip key={framework} evaluations={evaluations} framework={framework} areas={false} {...common} />
        ))}
      </section>
      <section id="kk-site-about" aria-labelledby="kk-site-about-title" className="kk-site__section">
        <h2 id="kk-site-about-title">{t.aboutDataHeading}</h2>
        <p>{t.sourcesIntro}</p>
        <p>{n.dataReadme(data.file)}</p>
        {data.leftOut.length > 0 ? <p>{n.leftOut(data.leftOut.join(", "))}</p> : null}
      </section>
    </>,
  );
}

/** The index is wider than a report: the overview table has a dozen columns. */
export const NATIONAL_CSS = `.kk-page__main { max-width: 72rem; }
.kk-site__section { margin: 0 0 2.5em; }`;
