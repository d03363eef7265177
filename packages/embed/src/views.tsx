import {
  AreaBarChart,
  chartData,
  DeltaTable,
  ErrorNotice,
  EvaluationReport,
  RadarProfile,
  resolveMessages,
  SeriesTable,
  useValidatedInputs,
  type Evaluation,
  type Framework,
  type Lang,
  type Theme,
} from "@kommunkompassen/react/internal";

import type { View } from "./attributes";

/** Props of {@link EmbedView}. */
export interface EmbedViewProps {
  view: View;
  evaluation: Evaluation;
  previous: Evaluation | undefined;
  /** Framework definitions from the element's `frameworks` file, beyond the built-in ones. */
  frameworks: readonly Framework[] | undefined;
  lang: Lang;
  theme: Theme;
  /** Anchor prefix for the report view, unique per element. */
  idPrefix: string;
}

/** The scores as a table: one row per area, one column per series (the evaluation, its comparisons). */
function ScoreTable({ evaluation, previous, frameworks, lang, theme }: Omit<EmbedViewProps, "view" | "idPrefix">) {
  const m = resolveMessages(lang);
  // Through the components' own validation, which also isolates texts with bidi controls.
  const validated = useValidatedInputs(
    [
      ["evaluation", evaluation, true],
      ["previous", previous],
    ],
    frameworks,
  );
  if (!validated.ok) return <ErrorNotice errors={validated.errors} messages={m} />;
  const [main, before] = validated.evaluations as [Evaluation, Evaluation | undefined];
  // The series of another area set are left out, as the charts leave them out (said under the table).
  const { series, leftOut, names } = chartData(main, before, [], true, m, frameworks);
  return (
    <div className="kk kk-score-table" lang={lang} data-kk-theme={theme}>
      <SeriesTable
        series={series.map((s) => s.series)}
        names={names}
        caption={m.barTitle(main.municipality.name, main.year, null)}
        messages={m}
      />
      {leftOut.map((note, i) => (
        <p key={i} className="kk-chart__note">
          {note}
        </p>
      ))}
    </div>
  );
}

/** Renders the chosen view with the same components as @kommunkompassen/react. */
export function EmbedView({ view, evaluation, previous, frameworks, lang, theme, idPrefix }: EmbedViewProps) {
  const common = { lang, theme, ...(frameworks ? { frameworks } : {}) };
  switch (view) {
    case "radar":
      return <RadarProfile evaluation={evaluation} previous={previous} {...common} />;
    case "bars":
      return <AreaBarChart evaluation={evaluation} previous={previous} {...common} />;
    case "table":
      return (
        <ScoreTable evaluation={evaluation} previous={previous} frameworks={frameworks} lang={lang} theme={theme} />
      );
    case "deltas":
      return <DeltaTable from={previous!} to={evaluation} {...common} />;
    case "summary":
      return (
        <>
          <AreaBarChart evaluation={evaluation} previous={previous} {...common} />
          <RadarProfile evaluation={evaluation} previous={previous} {...common} />
          {previous ? <DeltaTable from={previous} to={evaluation} {...common} /> : null}
        </>
      );
    case "report":
      return (
        <EvaluationReport
          evaluation={evaluation}
          previous={previous}
          headingLevel={2}
          idPrefix={idPrefix}
          {...common}
        />
      );
  }
}
