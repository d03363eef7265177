/**
 * `view="table"`, built into kommunkompass-table.js: the scores as a table, one row per area, one
 * column per series (the evaluation, its comparisons).
 */
import {
  chartData,
  ErrorNotice,
  resolveMessages,
  SeriesTable,
  useValidatedInputs,
  type Evaluation,
} from "@kommunkompassen/react/internal";
import { profileView, type ProfileProps } from "../views/profile";

function ScoreTable({ evaluation, previous, frameworks, lang, theme }: ProfileProps) {
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

export const { render, unmount } = profileView(ScoreTable);
