import { forwardRef, createElement, type HTMLAttributes, type ReactNode } from "react";
import {
  areaName,
  compareEvaluations,
  getFramework,
  scoreEvaluation,
  type EvaluationInput,
  type Framework,
  type Issue,
  type ReferenceKind,
} from "@kommunkompassen/core";
import { useValidatedInputs, validateEvaluationOnce } from "../hooks/useValidated";
import type { Lang } from "@kommunkompassen/core";
import { formatNumber } from "@kommunkompassen/core";
import { displayValue, resolveMessages, type Messages } from "../i18n/messages";
import { AreaBarChart, RadarProfile } from "../client";
import { DeltaBadge } from "./DeltaBadge";
import { DeltaTable } from "./DeltaTable";
import { ErrorNotice } from "./ErrorNotice";
import { SubQuestionTable } from "./SubQuestionTable";
import type { Theme } from "./theme";

/** The sections of a report page, in the order the published reports use. */
export type ReportSection = "summary" | "change" | "areas" | "quality";

/** The default sections and their order. */
export const DEFAULT_REPORT_SECTIONS: readonly ReportSection[] = ["summary", "change", "areas", "quality"];

/** Props of {@link EvaluationReport}. */
export interface EvaluationReportProps extends Omit<HTMLAttributes<HTMLElement>, "children" | "lang"> {
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
  /** Framework definitions beyond the built-in 2.0 and 2.1. */
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
      <Heading level={level}>{title}</Heading>
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

/**
 * A complete, printable report page from one evaluation, following the structure of the published
 * reports: a heading with the municipality, year, evaluators and model; the summary (total of 800,
 * the bar chart, the radar profile with its references); the change since the previous evaluation;
 * one section per area (score, headings, strengths, improvement opportunities and weaknesses, the
 * sub-question table, the area's change); and what the data says about itself (the core's warnings
 * and the file's notes). Sections can be chosen and reordered; every section and area has an anchor
 * (`#kk-area-3`) and the table of contents links to them. Server-renders completely.
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
      areas: areaFilter,
      toc = true,
      headingLevel = 1,
      idPrefix = "kk-",
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
    const main = validated.evaluations[0]!;
    const before = validated.evaluations[1];
    const framework = getFramework(main.framework, frameworks);
    const scores = scoreEvaluation(main, frameworks);
    const comparison = before ? compareEvaluations(before, main, frameworks) : undefined;
    const frameworkChanged = comparison?.reasons.some((r) => r.kind === "framework-changed") ?? false;
    const warnings: Issue[] = validateEvaluationOnce(main, frameworks).warnings;
    const name = (id: number) =>
      areaName(framework, id, lang, scores.areas.find((a) => a.id === id)?.publishedTitle ?? undefined);
    const shownAreas = scores.areas.filter((a) => !areaFilter || areaFilter.includes(a.id));
    const id = (suffix: string) => `${idPrefix}${suffix}`;
    const shown = sections.filter((s) => s !== "change" || comparison !== undefined);
    const h = headingLevel;
    const common = { lang, messages: overrides, frameworks, theme };

    const sectionTitle: Record<ReportSection, string> = {
      summary: m.summaryHeading,
      change: before ? m.changeHeading(before.year) : "",
      areas: "",
      quality: m.qualityHeading,
    };

    const renderSection = (section: ReportSection): ReactNode => {
      switch (section) {
        case "summary":
          return (
            <section
              key="summary"
              id={id("summary")}
              className="kk-report__section kk-report__summary"
              aria-labelledby={id("summary-title")}
            >
              <Heading level={h + 1} id={id("summary-title")}>
                {m.summaryHeading}
              </Heading>
              <p className="kk-report__total">
                <strong>{m.total}:</strong>{" "}
                {scores.total.value === null
                  ? m.noData
                  : m.totalLine(formatNumber(scores.total.value, lang), formatNumber(scores.max, lang))}
                {comparison && (comparison.total.delta !== null || frameworkChanged) ? (
                  <>
                    {" "}
                    (
                    <DeltaBadge
                      delta={comparison.total.delta}
                      lang={lang}
                      messages={overrides}
                      reason={frameworkChanged ? "not-comparable" : "missing"}
                      showWords
                    />{" "}
                    {m.since(comparison.from.year)})
                  </>
                ) : null}
              </p>
              <AreaBarChart evaluation={main} previous={before} references={references} {...common} />
              <RadarProfile evaluation={main} previous={before} references={references} {...common} />
            </section>
          );
        case "change":
          return before ? (
            <section key="change" id={id("change")} className="kk-report__section" aria-labelledby={id("change-title")}>
              <Heading level={h + 1} id={id("change-title")}>
                {m.changeHeading(before.year)}
              </Heading>
              <DeltaTable from={before} to={main} {...common} />
            </section>
          ) : null;
        case "areas":
          return shownAreas.map((area) => {
            const published = main.areas.find((a) => a.id === area.id);
            const change = comparison?.areas.find((a) => a.id === area.id);
            return (
              <section
                key={`area-${area.id}`}
                id={id(`area-${area.id}`)}
                className="kk-report__section kk-report__area"
                aria-labelledby={id(`area-${area.id}-title`)}
              >
                <Heading level={h + 1} id={id(`area-${area.id}-title`)}>
                  {m.areaHeading(area.id, name(area.id))}
                </Heading>
                <p className="kk-report__score">
                  <strong>{m.score}:</strong>{" "}
                  {area.score.value === null
                    ? m.noData
                    : m.areaScoreLine(displayValue(area.score.value, m), formatNumber(area.max, lang))}
                  {change && (change.delta !== null || frameworkChanged) ? (
                    <>
                      {" "}
                      (
                      <DeltaBadge
                        delta={change.delta}
                        lang={lang}
                        messages={overrides}
                        reason={frameworkChanged ? "not-comparable" : "missing"}
                        showWords
                      />{" "}
                      {m.since(comparison!.from.year)})
                    </>
                  ) : null}
                </p>
                {published?.headings && published.headings.length > 0 ? (
                  <div className="kk-report__list">
                    <Heading level={h + 2}>{m.headingsTitle}</Heading>
                    <ul>
                      {published.headings.map((heading, i) => (
                        <li key={i}>{heading}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <div className="kk-report__lists">
                  <NarrativeList title={m.strengths} items={published?.strengths} level={h + 2} messages={m} />
                  <NarrativeList title={m.improvements} items={published?.improvements} level={h + 2} messages={m} />
                  <NarrativeList title={m.weaknesses} items={published?.weaknesses} level={h + 2} messages={m} />
                </div>
                {published?.questions && published.questions.length > 0 ? (
                  <SubQuestionTable evaluation={main} areaId={area.id} {...common} />
                ) : null}
              </section>
            );
          });
        case "quality":
          return (
            <section
              key="quality"
              id={id("quality")}
              className="kk-report__section kk-report__quality"
              aria-labelledby={id("quality-title")}
            >
              <Heading level={h + 1} id={id("quality-title")}>
                {m.qualityHeading}
              </Heading>
              <p>{m.qualityIntro}</p>
              {warnings.length === 0 && scores.missingAreas.length === 0 ? (
                <p>{m.qualityNone}</p>
              ) : (
                <ul>
                  {warnings.map((w, i) => (
                    <li key={i}>{m.warning(w.kind, w.details ?? {}, w.message)}</li>
                  ))}
                  {scores.missingAreas.length > 0 ? (
                    <li>{m.missingAreas(scores.missingAreas.map((a) => m.areaHeading(a, name(a))).join(", "))}</li>
                  ) : null}
                </ul>
              )}
              {main.notes && main.notes.length > 0 ? (
                <>
                  <Heading level={h + 2}>{m.dataNotes}</Heading>
                  <ul>
                    {main.notes.map((note, i) => (
                      <li key={i}>{note}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
          );
      }
    };

    const tocEntries = shown.flatMap((section) =>
      section === "areas"
        ? shownAreas.map((area) => ({ href: id(`area-${area.id}`), label: m.areaHeading(area.id, name(area.id)) }))
        : [{ href: id(section), label: sectionTitle[section] }],
    );
    const meta: [string, ReactNode][] = [
      [m.evaluationYear, String(main.year)],
      ...(main.date && main.date !== String(main.year) ? [[m.evaluationDate, main.date] as [string, ReactNode]] : []),
      ...(main.published ? [[m.publishedDate, main.published] as [string, ReactNode]] : []),
      ...(main.evaluators && main.evaluators.length > 0
        ? [[m.evaluators, main.evaluators.join(", ")] as [string, ReactNode]]
        : []),
      [m.framework, framework?.label ?? main.framework],
      ...(main.municipality.code ? [[m.municipalityCode, main.municipality.code] as [string, ReactNode]] : []),
      ...(main.source?.title
        ? [
            [
              m.source,
              main.source.publisher ? `${main.source.title}, ${main.source.publisher}` : main.source.title,
            ] as [string, ReactNode],
          ]
        : []),
    ];

    return (
      <article
        ref={ref}
        lang={m.lang}
        data-kk-theme={theme}
        className={["kk", "kk-report", className].filter(Boolean).join(" ")}
        aria-labelledby={id("title")}
        {...rest}
      >
        <header className="kk-report__header">
          <Heading level={h} id={id("title")} className="kk-report__title">
            {m.reportTitle(main.municipality.name, main.year)}
          </Heading>
          <dl className="kk-report__meta">
            {meta.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </header>
        {toc ? (
          <nav className="kk-report__toc" aria-label={m.contents}>
            <ol>
              {tocEntries.map((entry) => (
                <li key={entry.href}>
                  <a href={`#${entry.href}`}>{entry.label}</a>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        {shown.map(renderSection)}
      </article>
    );
  },
);
