import { renderToStaticMarkup } from "react-dom/server";
import {
  areasKnown,
  groupBand,
  isolateBidi,
  type Evaluation,
  type Framework,
  type GroupStatistics,
  type Reference,
  type SeriesBand,
  type Source,
} from "@kommunkompassen/core";
import { pageMessages, type PageMessages } from "@kommunkompassen/core/messages";
import { OverviewTable, PositionStrip, Timeline, type ReportExtraSection } from "../index";
import { resolveNationalMessages } from "../i18n/messages";
import { collectionModel, labelOf, modelOrder, totalText } from "../national/model";
import { renderHtmlDocument, reportDocument, type RenderLang, type RenderTheme } from "./document";
import { municipalityKey, planFolder, type FolderEntry, type FolderPage } from "./folder";

/** Options of {@link renderSite}. */
export interface RenderSiteOptions {
  /** Language of every text; `sv` by default. */
  lang?: RenderLang;
  /** Colour theme; `light` by default. */
  theme?: RenderTheme;
  /** Framework definitions beyond the built-in ones (a collection's own, `--frameworks` files). */
  frameworks?: readonly Framework[];
  /** The index's title and `<h1>`; "Kommunkompassen – alla utvärderingar" by default. */
  title?: string;
  /** What the index says of the data: the collection's title, notes and sources. */
  about?: { title?: string; notes?: readonly string[]; sources?: readonly Source[] };
  /** Further reference series for an evaluation's page (averages, peers), drawn besides its own. */
  references?: (evaluation: Evaluation) => readonly Reference[];
  /** Rank every evaluation, not only the latest of each municipality within its model. */
  all?: boolean;
  /** Draw the model's middle half (interquartile band) in an evaluation's charts from this many evaluations on; 5 by default, 0 never. */
  bandFrom?: number;
}

/** One file of a site: its name in the site's folder and its content, made when it is written. */
export interface SiteFile {
  /** `index.html` or the page's name (`2084-2014.html`). */
  name: string;
  /** The HTML, made on demand: a site of 300 pages is never held in memory at once. */
  content: () => string;
  /** The evaluation's page, for a page (not for the index). */
  page?: FolderPage;
}

/** A planned site: its pages, any conflicts (two evaluations of the same municipality and year), and its files. */
export interface Site {
  pages: FolderPage[];
  conflicts: string[];
  files: SiteFile[];
}

/** Everything the pages share, computed once per site. */
interface SiteContext {
  options: RenderSiteOptions;
  lang: RenderLang;
  t: PageMessages;
  /** Every evaluation of the site, one array for every page (the components' statistics are cached by it). */
  evaluations: Evaluation[];
  /** Each page's address, in the order of `evaluations`. */
  hrefs: string[];
  /** The pages of each municipality, oldest first. */
  byMunicipality: Map<string, FolderPage[]>;
  /** The band of each model, where it is drawn. */
  bands: Map<string, SeriesBand>;
}

function siteContext(pages: readonly FolderPage[], options: RenderSiteOptions): SiteContext {
  const lang = options.lang ?? "sv";
  const m = resolveNationalMessages(lang);
  const evaluations = pages.map((p) => p.evaluation);
  const byMunicipality = new Map<string, FolderPage[]>();
  for (const page of pages) {
    const key = municipalityKey(page.evaluation);
    byMunicipality.set(key, [...(byMunicipality.get(key) ?? []), page]);
  }
  for (const list of byMunicipality.values()) list.sort((a, b) => a.evaluation.year - b.evaluation.year);
  const bands = new Map<string, SeriesBand>();
  const from = options.bandFrom ?? 5;
  if (from > 0) {
    for (const group of collectionModel(evaluations, options.all ?? false, options.frameworks).statistics.groups) {
      const band = modelBand(group, from, m.siteBand(labelOf(group.framework, m, options.frameworks)), options);
      if (band) bands.set(group.framework, band);
    }
  }
  return { options, lang, t: pageMessages[lang], evaluations, hrefs: pages.map((p) => p.name), byMunicipality, bands };
}

/**
 * A model's middle half for the charts of its pages: only the areas known for at least `from`
 * evaluations (the others are gaps), and its n the smallest of theirs, so that the legend's "computed
 * from n evaluations" holds for every area drawn. None where no area is known that often.
 */
function modelBand(group: GroupStatistics, from: number, label: string, options: RenderSiteOptions): SeriesBand | null {
  if (!areasKnown(group.framework, options.frameworks)) return null;
  const counted = new Map(group.areas.map((a) => [a.id, a.n]));
  const enough = group.areas.filter((a) => a.n >= from);
  if (enough.length === 0) return null;
  const band = groupBand(group, "interquartile", label);
  const keep = (v: { areaId: number; value: number | null }) =>
    (counted.get(v.areaId) ?? 0) >= from ? v : { areaId: v.areaId, value: null };
  // The core's n is the smallest of the areas with a value; here of those known often enough.
  return { ...band, n: Math.min(...enough.map((a) => a.n)), low: band.low.map(keep), high: band.high.map(keep) };
}

/** The common props of the national components on a page. */
function common(ctx: SiteContext) {
  return {
    lang: ctx.lang,
    theme: ctx.options.theme ?? "light",
    ...(ctx.options.frameworks ? { frameworks: ctx.options.frameworks } : {}),
  };
}

/** The municipality's evaluations: this page's year in words, the others linked. */
function HistoryList({ page, own, ctx }: { page: FolderPage; own: readonly FolderPage[]; ctx: SiteContext }) {
  const m = resolveNationalMessages(ctx.lang);
  return (
    <ul className="kk-site__history">
      {own.map((other) => {
        const label = `${other.evaluation.year}, ${labelOf(other.evaluation.framework, m, ctx.options.frameworks)}`;
        const score = collectionModel(ctx.evaluations, ctx.options.all ?? false, ctx.options.frameworks).entries[
          ctx.evaluations.indexOf(other.evaluation)
        ]!.score;
        return (
          <li key={other.name}>
            {other === page ? (
              <strong aria-current="page">
                {label} ({ctx.t.thisEvaluation})
              </strong>
            ) : (
              <a href={other.name}>{label}</a>
            )}
            {": "}
            {totalText(score, m)}
          </li>
        );
      })}
    </ul>
  );
}

/** A page's sections of its own: its position within its model, and its municipality's evaluations. */
function pageSections(page: FolderPage, ctx: SiteContext): ReportExtraSection[] {
  const m = resolveNationalMessages(ctx.lang);
  const label = labelOf(page.evaluation.framework, m, ctx.options.frameworks);
  const own = ctx.byMunicipality.get(municipalityKey(page.evaluation)) ?? [page];
  const sections: ReportExtraSection[] = [
    {
      id: "position",
      title: ctx.t.positionHeading,
      content: (
        <>
          <PositionStrip
            evaluation={page.evaluation}
            evaluations={ctx.evaluations}
            all={ctx.options.all ?? false}
            {...common(ctx)}
          />
          <p className="kk-site__link">
            <a href={`index.html#kk-model-${page.evaluation.framework}`}>{ctx.t.modelInOverview(label)}</a>
          </p>
        </>
      ),
    },
  ];
  if (own.length > 1) {
    sections.push({
      id: "history",
      title: ctx.t.historyHeading,
      content: (
        <>
          <Timeline evaluations={own.map((p) => p.evaluation)} {...common(ctx)} />
          <HistoryList page={page} own={own} ctx={ctx} />
        </>
      ),
    });
  }
  return sections;
}

/** One evaluation's page: its report, its position within its model, its municipality's timeline, links. */
function sitePage(page: FolderPage, ctx: SiteContext): string {
  const band = ctx.bands.get(page.evaluation.framework);
  return reportDocument(
    page.evaluation,
    {
      previous: page.previous?.evaluation,
      references: ctx.options.references?.(page.evaluation) ?? [],
      lang: ctx.lang,
      theme: ctx.options.theme ?? "light",
      back: { href: "index.html", label: ctx.t.allEvaluations },
      ...(ctx.options.frameworks ? { frameworks: ctx.options.frameworks } : {}),
    },
    { ...(band ? { band } : {}), extraSections: pageSections(page, ctx) },
  );
}

/** A source as text (a site links nowhere outside itself): title, publisher, address. */
function sourceText(source: Source): string {
  return [source.title, source.publisher, source.url, source.file]
    .filter(Boolean)
    .map((s) => isolateBidi(String(s)))
    .join(", ");
}

function AboutSection({ ctx }: { ctx: SiteContext }) {
  const about = ctx.options.about;
  return (
    <section id="kk-site-about" aria-labelledby="kk-site-about-title" className="kk-site__section">
      <h2 id="kk-site-about-title">{ctx.t.aboutDataHeading}</h2>
      {about?.title ? <p>{isolateBidi(about.title)}</p> : null}
      <p>{ctx.t.sourcesIntro}</p>
      {about?.notes && about.notes.length > 0 ? (
        <ul>
          {about.notes.map((note, i) => (
            <li key={i}>{isolateBidi(note)}</li>
          ))}
        </ul>
      ) : null}
      {about?.sources && about.sources.length > 0 ? (
        <ul>
          {about.sources.map((source, i) => (
            <li key={i}>{sourceText(source)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The index: the overview table, the distribution of the totals of each model, and what the data is. */
function siteIndex(ctx: SiteContext): string {
  const { t, lang } = ctx;
  const m = resolveNationalMessages(lang);
  const model = collectionModel(ctx.evaluations, ctx.options.all ?? false, ctx.options.frameworks);
  const models = modelOrder(model.entries);
  const stated = models.filter((id) => (model.groups.get(id)?.n ?? 0) > 0);
  const municipalities = new Set(ctx.evaluations.map(municipalityKey)).size;
  const title = isolateBidi(ctx.options.title ?? t.siteTitle);
  const sections = [
    { id: "kk-site-overview", title: t.overviewHeading },
    { id: "kk-site-distribution", title: t.distributionHeading },
    { id: "kk-site-about", title: t.aboutDataHeading },
  ];
  const body = renderToStaticMarkup(
    <div className="kk kk-site-index" data-kk-theme={ctx.options.theme ?? "light"} lang={lang}>
      <h1 className="kk-index__title">{title}</h1>
      <p>{t.siteIntro(ctx.evaluations.length, municipalities, models.length)}</p>
      <nav className="kk-report__toc" aria-label={m.contents}>
        <ol>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <section id="kk-site-overview" aria-labelledby="kk-site-overview-title" className="kk-site__section">
        <h2 id="kk-site-overview-title">{t.overviewHeading}</h2>
        <OverviewTable
          evaluations={ctx.evaluations}
          hrefs={ctx.hrefs}
          interactive={false}
          all={ctx.options.all ?? false}
          {...common(ctx)}
        />
      </section>
      <section id="kk-site-distribution" aria-labelledby="kk-site-distribution-title" className="kk-site__section">
        <h2 id="kk-site-distribution-title">{t.distributionHeading}</h2>
        <p>{t.distributionIntro}</p>
        {stated.map((id) => (
          <PositionStrip
            key={id}
            evaluations={ctx.evaluations}
            framework={id}
            areas={false}
            all={ctx.options.all ?? false}
            {...common(ctx)}
          />
        ))}
      </section>
      <AboutSection ctx={ctx} />
    </div>,
  );
  return renderHtmlDocument({ lang, title, body, theme: ctx.options.theme, extraCss: SITE_CSS });
}

/** The index's sections, spaced as a report's. */
const SITE_CSS = `.kk-site__section { margin: 0 0 2.5em; }`;

/**
 * Plans and renders a whole static site from a collection's evaluations (`kompass render DIR -o
 * SITE`): an index with the overview table (every evaluation, grouped and ranked within its model,
 * each linking to its page) and a strip of the totals of each model; one page per evaluation with its
 * report, its position among its model's evaluations (and the model's middle half in its charts),
 * and, where its municipality has several, their timeline with links between them. Every page is as
 * self-contained and script-free as `renderReportDocument`'s. Contents are made when written.
 *
 * @param entries - The (valid) evaluations and the files they came from.
 * @param options - Language, theme, frameworks, the index's title and what it says of the data.
 * @returns The pages, any conflicts (then nothing should be written), and the files to write.
 */
export function renderSite(entries: readonly FolderEntry[], options: RenderSiteOptions = {}): Site {
  const { pages, conflicts } = planFolder(entries);
  if (conflicts.length > 0) return { pages, conflicts, files: [] };
  const ctx = siteContext(pages, options);
  const files: SiteFile[] = pages.map((page) => ({ name: page.name, page, content: () => sitePage(page, ctx) }));
  files.push({ name: "index.html", content: () => siteIndex(ctx) });
  return { pages, conflicts, files };
}
