import { forwardRef, createElement, type HTMLAttributes, type ReactNode } from "react";
import {
  areaName,
  compareEvaluations,
  formatNumber,
  getFramework,
  scoreEvaluation,
  type AreaScore,
  type Comparison,
  type Evaluation,
  type EvaluationInput,
  type EvaluationScore,
  type Framework,
  type Issue,
  type Lang,
  type ReferenceKind,
  type SeriesBand,
} from "@kommunkompassen/core";
import { useValidatedInputs, validateEvaluationOnce } from "../hooks/useValidated";
import { areaHeading, displayValue, modelLabel, numberedArea, resolveMessages, type Messages } from "../i18n/messages";
import { AreaBarChart, LinkedViews, RadarProfile, ReportDownloadMenu, type ReportDownloads } from "../client";
import type { LinkedFocusProps, SeriesToggleProps } from "./LinkedViews";
import { DeltaBadge } from "./DeltaBadge";
import { DeltaTable } from "./DeltaTable";
import { MissingKey, ValueText } from "./AreaCells";
import { ErrorNotice } from "./ErrorNotice";
import { Hyphenated } from "./Hyphenated";
import { DerivedMark, SubQuestionTable } from "./SubQuestionTable";
import type { Theme } from "./theme";

/** The sections of a report page, in the order the published reports use. */
export type ReportSection = "summary" | "change" | "areas" | "quality";

/** The default sections and their order. */
export const DEFAULT_REPORT_SECTIONS: readonly ReportSection[] = ["summary", "change", "areas", "quality"];

/** A section of your own in a report (a position among the model's evaluations, a timeline), with its heading and anchor. */
export interface ReportExtraSection {
  /** Its anchor, after the report's prefix (`<prefix><id>`); also in the table of contents. */
  id: string;
  /** Its heading, one level below the report's title. */
  title: string;
  /** What it holds. */
  content: ReactNode;
  /** The built-in section it follows; `summary` by default (at the end when that section is not shown). */
  after?: ReportSection;
}

/** Props of {@link EvaluationReport}. */
export interface EvaluationReportProps
  extends LinkedFocusProps, SeriesToggleProps, Omit<HTMLAttributes<HTMLElement>, "children" | "lang"> {
  /** The evaluation to report. Invalid data renders an error notice. */
  evaluation: EvaluationInput;
  /** The municipality's previous evaluation: adds the change section and the deltas per area. */
  previous?: EvaluationInput;
  /** Which published reference series the charts draw; all by default. */
  references?: boolean | readonly ReferenceKind[];
  /** Language of all text; defaults to Swedish. */
  lang?: Lang;
  /** Overrides of any built-in string. */
  messages?: Partial<Messages>;
  /** Framework definitions beyond the built-in ones (they replace a built-in one of the same id). */
  frameworks?: readonly Framework[];
  /** Colour theme; defaults to `light`. */
  theme?: Theme;
  /** Which sections to show, in this order; defaults to {@link DEFAULT_REPORT_SECTIONS}. */
  sections?: readonly ReportSection[];
  /** Only these areas get a section (all by default). */
  areas?: readonly number[];
  /** Show a table of contents linking to every section and area. Defaults to true. */
  toc?: boolean;
  /** Level of the report's title (1 = `<h1>`); sections and areas are one and two levels below. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** Prefix of the anchors (`<prefix>area-3`), so several reports can share a page. Defaults to `kk-`. */
  idPrefix?: string;
  /** A group's band (the core's `groupBand`) drawn in the report's charts, labelled as computed with its n. */
  band?: SeriesBand;
  /** Sections of your own, each after a built-in one, with their headings in the table of contents. */
  extraSections?: readonly ReportExtraSection[];
  /**
   * Download menus (on by default): the report's (the evaluation as CSV and JSON, the sharing card)
   * and each chart's (its SVG, PNG and data), built in the browser; `false` for none; links made
   * beforehand for a page without scripts (what `renderReportDocument` does).
   */
  downloads?: ReportDownloads;
}

function Heading({
  level,
  id,
  className,
  children,
}: {
  level: number;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  return createElement(`h${Math.min(level, 6)}`, { id, className }, children);
}

function NarrativeList({
  title,
  items,
  level,
  messages: m,
}: {
  title: string;
  items: readonly string[] | undefined;
  level: number;
  messages: Messages;
}) {
  if (items === undefined) return null;
  return (
    <div className="kk-report__list">
      <Heading level={level}>
        <Hyphenated text={title} />
      </Heading>
      {items.length === 0 ? (
        <p>{m.emptyList}</p>
      ) : (
        <ul>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Everything the sections of one report share, computed once from the validated evaluations. */
interface ReportModel {
  main: Evaluation;
  before: Evaluation | undefined;
  framework: Framework | undefined;
  scores: EvaluationScore;
  comparison: Comparison | undefined;
  /** Whether the previous evaluation's areas are this one's (false across area sets, or where a model's areas are not known). */
  areasComparable: boolean;
  /** The model's label in the report's language, or its id with the note that it is not a built-in model. */
  modelLabel: string;
  warnings: readonly Issue[];
  shownAreas: readonly AreaScore[];
  /**
   * Whether the shown areas have nothing published but their scores (no headings, lists or
   * sub-questions, as most published results): then one table of the area scores says it once,
   * instead of a section per area that holds only "Poäng: 73 av 100 poäng".
   */
  scoresOnly: boolean;
  /** The display name of an area. */
  name: (areaId: number) => string;
  /** An anchor id with the report's prefix. */
  id: (suffix: string) => string;
  /** The report title's heading level. */
  h: number;
  m: Messages;
  lang: Lang;
  overrides: Partial<Messages> | undefined;
  references: boolean | readonly ReferenceKind[];
  /** The group's band for the charts, if any. */
  band: SeriesBand | undefined;
  /** The sections of one's own. */
  extras: readonly ReportExtraSection[];
  /** The download menus. */
  downloads: ReportDownloads;
  /** The props every component inside the report gets. */
  common: { lang: Lang; messages: Partial<Messages> | undefined; frameworks?: readonly Framework[]; theme: Theme };
}

type ModelOptions = Pick<EvaluationReportProps, "frameworks" | "areas" | "band" | "extraSections" | "downloads"> & {
  main: Evaluation;
  before: Evaluation | undefined;
  m: Messages;
  lang: Lang;
  overrides: Partial<Messages> | undefined;
  references: boolean | readonly ReferenceKind[];
  theme: Theme;
  idPrefix: string;
  headingLevel: number;
};

function reportModel(o: ModelOptions): ReportModel {
  const { main, before, frameworks, lang } = o;
  const framework = getFramework(main.framework, frameworks);
  const scores = scoreEvaluation(main, frameworks);
  const comparison = before ? compareEvaluations(before, main, frameworks) : undefined;
  const shownAreas = scores.areas.filter((a) => !o.areas || o.areas.includes(a.id));
  return {
    main,
    before,
    framework,
    scores,
    comparison,
    areasComparable: comparison?.areasComparable ?? true,
    modelLabel: modelLabel(main.framework, o.m, frameworks),
    warnings: validateEvaluationOnce(main, frameworks).warnings,
    shownAreas,
    // A list published empty ("Inga angivna.") is something to say; headings and questions only when there are some.
    scoresOnly: shownAreas.every((a) => {
      const p = main.areas.find((area) => area.id === a.id);
      return !p || (!p.headings?.length && !p.questions?.length && !(p.strengths ?? p.improvements ?? p.weaknesses));
    }),
    name: (id) => areaName(framework, id, lang, scores.areas.find((a) => a.id === id)?.publishedTitle ?? undefined),
    id: (suffix) => `${o.idPrefix}${suffix}`,
    h: o.headingLevel,
    m: o.m,
    lang,
    overrides: o.overrides,
    references: o.references,
    band: o.band,
    extras: o.extraSections ?? [],
    downloads: o.downloads ?? true,
    common: { lang, messages: o.overrides, frameworks, theme: o.theme },
  };
}

/**
 * A change in parentheses after a score: "(+9 ökning med 9 poäng sedan 2012)"; across model
 * versions "(ej jämförbar sedan 2012)". An area's change is not shown at all when the previous
 * evaluation's areas are defined differently (its area 3 is another area) or are not known.
 */
function SinceBadge({ r, delta, area = false }: { r: ReportModel; delta: number | null | undefined; area?: boolean }) {
  const notComparable = !(r.comparison?.changeReadable ?? true);
  if (delta === undefined || !r.comparison || (delta === null && !notComparable)) return null;
  if (area && !r.areasComparable) return null;
  return (
    <>
      {" "}
      (
      <DeltaBadge
        delta={notComparable ? null : delta}
        lang={r.lang}
        messages={r.overrides}
        reason={notComparable ? "not-comparable" : "missing"}
        showWords
      />{" "}
      {r.m.since(r.comparison.from.year)})
    </>
  );
}

/** A section with its heading, labelled by it. */
function Section({
  r,
  name,
  className,
  title,
  children,
}: {
  r: ReportModel;
  name: string;
  className?: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section
      id={r.id(name)}
      className={["kk-report__section", className].filter(Boolean).join(" ")}
      aria-labelledby={r.id(`${name}-title`)}
    >
      <Heading level={r.h + 1} id={r.id(`${name}-title`)}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function SummarySection({ r }: { r: ReportModel }) {
  const { m, scores, lang } = r;
  return (
    <Section r={r} name="summary" className="kk-report__summary" title={m.summaryHeading}>
      <p className="kk-report__total">
        <strong>{m.total}:</strong>{" "}
        {scores.total.value === null
          ? m.noData
          : scores.max === null
            ? m.points(formatNumber(scores.total.value, lang))
            : m.totalLine(formatNumber(scores.total.value, lang), formatNumber(scores.max, lang))}
        <DerivedMark value={scores.total} messages={m} />
        <SinceBadge r={r} delta={r.comparison?.total.delta} />
      </p>
      <AreaBarChart
        evaluation={r.main}
        previous={r.before}
        references={r.references}
        downloads={chartDownloads(r.downloads, "bars")}
        {...(r.band ? { band: r.band } : {})}
        {...r.common}
      />
      <RadarProfile
        evaluation={r.main}
        previous={r.before}
        references={r.references}
        downloads={chartDownloads(r.downloads, "radar")}
        {...(r.band ? { band: r.band } : {})}
        {...r.common}
      />
    </Section>
  );
}

/** A chart's menu in a report: on, off, or its links made beforehand (none given: no menu). */
function chartDownloads(downloads: ReportDownloads, chart: "bars" | "radar") {
  return typeof downloads === "boolean" ? downloads : (downloads[chart] ?? false);
}

function ChangeSection({ r }: { r: ReportModel }) {
  if (!r.before) return null;
  return (
    <Section r={r} name="change" title={r.m.changeHeading(r.before.year)}>
      <DeltaTable from={r.before} to={r.main} {...r.common} />
    </Section>
  );
}

function AreaSection({ r, area }: { r: ReportModel; area: AreaScore }) {
  const { m, h } = r;
  const published = r.main.areas.find((a) => a.id === area.id);
  return (
    <Section
      r={r}
      name={`area-${area.id}`}
      className="kk-report__area"
      title={areaHeading(area.id, r.name(area.id), m)}
    >
      <p className="kk-report__score">
        <strong>{m.score}:</strong>{" "}
        {area.score.value === null
          ? m.noData
          : // A maximum that is only the convention (100), for a model whose areas are not known, is not printed.
            area.maxSource === "default" && !r.scores.areaSetKnown
            ? m.points(displayValue(area.score.value, m))
            : m.areaScoreLine(displayValue(area.score.value, m), formatNumber(area.max, r.lang))}
        <DerivedMark value={area.score} messages={m} />
        <SinceBadge r={r} delta={r.comparison?.areas.find((a) => a.id === area.id)?.delta} area />
      </p>
      {published?.headings && published.headings.length > 0 ? (
        <NarrativeList title={m.headingsTitle} items={published.headings} level={h + 2} messages={m} />
      ) : null}
      <div className="kk-report__lists">
        <NarrativeList title={m.strengths} items={published?.strengths} level={h + 2} messages={m} />
        <NarrativeList title={m.improvements} items={published?.improvements} level={h + 2} messages={m} />
        <NarrativeList title={m.weaknesses} items={published?.weaknesses} level={h + 2} messages={m} />
      </div>
      {published?.questions && published.questions.length > 0 ? (
        <SubQuestionTable evaluation={r.main} areaId={area.id} {...r.common} />
      ) : null}
    </Section>
  );
}

/** Whether an area shown has a score: an evaluation known by its total only has no table of dashes (its quality section names what is missing). */
const knownScores = (r: ReportModel) => r.shownAreas.some((a) => a.score.value !== null);

/**
 * The areas of an evaluation that published nothing else about them: one table of their scores and
 * maxima under one heading and one sentence, each row with its area's anchor (`#kk-area-3`).
 */
function AreaScoresSection({ r }: { r: ReportModel }) {
  const { m, scores } = r;
  return (
    <Section r={r} name="areas" className="kk-report__scores" title={m.areaScoresHeading}>
      <p>{m.areaScoresOnly}</p>
      <table className="kk-table" aria-labelledby={r.id("areas-title")}>
        <thead>
          <tr>
            <th scope="col">{m.area}</th>
            <th scope="col" className="kk-num">
              {m.score}
            </th>
            <th scope="col" className="kk-num">
              {m.max}
            </th>
          </tr>
        </thead>
        <tbody>
          {r.shownAreas.map((area) => (
            <tr key={area.id} id={r.id(`area-${area.id}`)}>
              <th scope="row">
                <Hyphenated text={numberedArea(area.id, r.name(area.id), m)} />
              </th>
              <td className="kk-num">
                <ValueText value={area.score.value} messages={m} />
                <DerivedMark value={area.score} messages={m} />
              </td>
              <td className="kk-num">
                {/* A maximum that is only the convention (100), for a model whose areas are not known, is not known. */}
                <ValueText
                  value={area.maxSource === "default" && !scores.areaSetKnown ? null : area.max}
                  messages={m}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <MissingKey messages={m} />
    </Section>
  );
}

function QualitySection({ r }: { r: ReportModel }) {
  const { m, scores, warnings, main } = r;
  return (
    <Section r={r} name="quality" className="kk-report__quality" title={m.qualityHeading}>
      <p>{m.qualityIntro}</p>
      {warnings.length === 0 && scores.missingAreas.length === 0 ? (
        <p>{m.qualityNone}</p>
      ) : (
        <ul>
          {warnings.map((w, i) => (
            <li key={i}>{m.warning(w.kind, w.details ?? {}, w.message)}</li>
          ))}
          {scores.missingAreas.length > 0 ? (
            <li>{m.missingAreas(scores.missingAreas.map((a) => areaHeading(a, r.name(a), m)).join(", "))}</li>
          ) : null}
        </ul>
      )}
      {main.notes && main.notes.length > 0 ? (
        <>
          <Heading level={r.h + 2}>{m.dataNotes}</Heading>
          <ul>
            {main.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

/** The sections to show: "change" only with a previous evaluation. */
function shownSections(r: ReportModel, sections: readonly ReportSection[]): ReportSection[] {
  return sections.filter((s) => s !== "change" || r.comparison !== undefined);
}

/** The sections of one's own after a shown section (`null`: those whose section is not shown, at the end). */
function extrasAfter(r: ReportModel, shown: readonly ReportSection[], section: ReportSection | null) {
  return r.extras.filter((extra) => {
    const after = extra.after ?? "summary";
    return section === null ? !shown.includes(after) : after === section;
  });
}

function ExtraSection({ r, extra }: { r: ReportModel; extra: ReportExtraSection }) {
  return (
    <Section r={r} name={extra.id} className="kk-report__extra" title={extra.title}>
      {extra.content}
    </Section>
  );
}

/** Every shown section in order, each followed by the sections of one's own that go after it. */
function renderSections(r: ReportModel, shown: readonly ReportSection[]): ReactNode[] {
  const extra = (list: readonly ReportExtraSection[]) =>
    list.map((e) => <ExtraSection key={`extra-${e.id}`} r={r} extra={e} />);
  return [
    ...shown.flatMap((section) => [renderSection(r, section), ...extra(extrasAfter(r, shown, section))]),
    ...extra(extrasAfter(r, shown, null)),
  ];
}

function renderSection(r: ReportModel, section: ReportSection): ReactNode {
  switch (section) {
    case "summary":
      return <SummarySection key="summary" r={r} />;
    case "change":
      return <ChangeSection key="change" r={r} />;
    case "areas":
      if (r.scoresOnly) return knownScores(r) ? <AreaScoresSection key="areas" r={r} /> : null;
      return r.shownAreas.map((area) => <AreaSection key={`area-${area.id}`} r={r} area={area} />);
    case "quality":
      return <QualitySection key="quality" r={r} />;
  }
}

/** The table of contents: every section, every shown area. */
function Contents({ r, sections }: { r: ReportModel; sections: readonly ReportSection[] }) {
  const { m, id } = r;
  const title: Record<ReportSection, string> = {
    summary: m.summaryHeading,
    change: r.before ? m.changeHeading(r.before.year) : "",
    areas: "",
    quality: m.qualityHeading,
  };
  const extras = (list: readonly ReportExtraSection[]) => list.map((e) => ({ href: id(e.id), label: e.title }));
  const entries = [
    ...sections.flatMap((section) => [
      ...(section !== "areas"
        ? [{ href: id(section), label: title[section] }]
        : r.scoresOnly
          ? knownScores(r)
            ? [{ href: id("areas"), label: m.areaScoresHeading }]
            : []
          : r.shownAreas.map((area) => ({
              href: id(`area-${area.id}`),
              label: areaHeading(area.id, r.name(area.id), m),
            }))),
      ...extras(extrasAfter(r, sections, section)),
    ]),
    ...extras(extrasAfter(r, sections, null)),
  ];
  return (
    <nav className="kk-report__toc" aria-label={m.contents}>
      <ol>
        {entries.map((entry) => (
          <li key={entry.href}>
            <a href={`#${entry.href}`}>{entry.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The facts under the title: year, dates, evaluators, model, code, source, as far as published. */
function metaEntries({ m, main, modelLabel: model }: ReportModel): [string, string][] {
  const entries: [string, string | undefined | false][] = [
    [m.evaluationYear, String(main.year)],
    [m.evaluationDate, main.date !== String(main.year) && main.date],
    [m.publishedDate, main.published],
    [m.evaluators, main.evaluators && main.evaluators.length > 0 && main.evaluators.join(", ")],
    [m.framework, model],
    [m.municipalityCode, main.municipality.code],
    // The address as text (a page links nowhere outside itself), so that every number can be traced.
    [m.source, main.source && [main.source.title, main.source.publisher, main.source.url].filter(Boolean).join(", ")],
  ];
  return entries.filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "");
}

function ReportHeader({ r, shown }: { r: ReportModel; shown: readonly ReportSection[] }) {
  const links = typeof r.downloads === "object" ? r.downloads.report : undefined;
  const title = r.m.reportTitle(r.main.municipality.name, r.main.year);
  return (
    <header className="kk-report__header">
      <Heading level={r.h} id={r.id("title")} className="kk-report__title">
        {r.m.reportTitle(r.main.municipality.name, r.main.year)}
      </Heading>
      <dl className="kk-report__meta">
        {metaEntries(r).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {r.downloads === true || links ? (
        <ReportDownloadMenu
          evaluation={r.main}
          title={title}
          lang={r.lang}
          card={shown.includes("summary")}
          {...(links ? { links } : {})}
        />
      ) : null}
    </header>
  );
}

/**
 * A complete, printable report page from one evaluation, following the structure of the published
 * reports: a heading with the municipality, year, evaluators and model; the summary (total of 800,
 * the bar chart, the radar profile with its references); the change since the previous evaluation;
 * one section per area (score, headings, strengths, improvement opportunities and weaknesses, the
 * sub-question table, the area's change); and what the data says about itself (the core's warnings
 * and the file's notes). Sections can be chosen and reordered; every section and area has an anchor
 * (`#kk-area-3`) and the table of contents links to them. Its views are linked ({@link LinkedViews}):
 * an area focused in a chart is highlighted in the other chart, the data tables and its sub-question
 * table, and a series hidden in one chart is hidden in both. Server-renders completely, also as a
 * React Server Component (its charts and the linked views are client components).
 */
export const EvaluationReport = /* @__PURE__ */ forwardRef<HTMLElement, EvaluationReportProps>(
  function EvaluationReport(
    {
      evaluation,
      previous,
      references = true,
      lang = "sv",
      messages: overrides,
      frameworks,
      theme = "light",
      sections = DEFAULT_REPORT_SECTIONS,
      areas,
      toc = true,
      headingLevel = 1,
      idPrefix = "kk-",
      band,
      extraSections,
      focusedArea,
      onFocusArea,
      hiddenSeries,
      onToggleSeries,
      downloads,
      className,
      ...rest
    },
    ref,
  ) {
    const m = resolveMessages(lang, overrides);
    const validated = useValidatedInputs(
      [
        ["evaluation", evaluation, true],
        ["previous", previous],
      ],
      frameworks,
    );
    if (!validated.ok)
      return <ErrorNotice ref={ref as never} errors={validated.errors} messages={m} title={m.invalidTableData} />;
    const [main, before] = validated.evaluations;
    const r = reportModel({
      main: main!,
      before,
      frameworks,
      areas,
      m,
      lang,
      overrides,
      references,
      theme,
      idPrefix,
      headingLevel,
      band,
      extraSections,
      downloads,
    });
    const shown = shownSections(r, sections);
    return (
      <article
        ref={ref}
        lang={m.lang}
        data-kk-theme={theme}
        className={["kk", "kk-report", className].filter(Boolean).join(" ")}
        aria-labelledby={r.id("title")}
        {...rest}
      >
        <ReportHeader r={r} shown={shown} />
        {toc ? <Contents r={r} sections={shown} /> : null}
        {/* One focus and one set of hidden series for the report's charts, tables and sections of one's own. */}
        <LinkedViews
          focusedArea={focusedArea}
          onFocusArea={onFocusArea}
          hiddenSeries={hiddenSeries}
          onToggleSeries={onToggleSeries}
        >
          {renderSections(r, shown)}
        </LinkedViews>
      </article>
    );
  },
);
