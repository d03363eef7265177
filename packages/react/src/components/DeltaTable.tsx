import { forwardRef, useMemo, type HTMLAttributes } from "react";
import {
  areasKnown,
  areaName,
  compareEvaluations,
  getFramework,
  getFrameworkArea,
  scoreEvaluation,
  type Comparison,
  type Delta,
  type Evaluation,
  type EvaluationScore,
  type EvaluationInput,
  type Framework,
  type Issue,
} from "@kommunkompassen/core";
import { useValidatedInputs } from "../hooks/useValidated";
import type { Lang } from "@kommunkompassen/core";
import { modelLabel, numberedArea, resolveMessages, type Messages } from "../i18n/messages";
import { ComparisonDownloadMenu } from "../client";
import { Missing, MissingKey, ValueText } from "./AreaCells";
import type { ChartDownloads } from "./ChartDownloads";
import { DeltaBadge } from "./DeltaBadge";
import { Hyphenated } from "./Hyphenated";
import { TableError } from "./TableError";
import type { Theme } from "./theme";

/** Props of {@link DeltaTable}. */
export interface DeltaTableProps extends Omit<HTMLAttributes<HTMLDivElement>, "children" | "lang"> {
  /** The older evaluation. Invalid data renders an error notice. */
  from: EvaluationInput;
  /** The newer evaluation. Invalid data renders an error notice. */
  to: EvaluationInput;
  /** Language of all text; defaults to Swedish. */
  lang?: Lang;
  /** Overrides of any built-in string. */
  messages?: Partial<Messages>;
  /** Framework definitions beyond the built-in ones (they replace a built-in one of the same id). */
  frameworks?: readonly Framework[];
  /** Colour theme: light, dark, or follow the user's system setting. Defaults to `light`. */
  theme?: Theme;
  /** Also show a row per sub-question under each area that has sub-questions on either side. */
  showQuestions?: boolean;
  /** A download menu above the table (the change as CSV for Swedish Excel and plain CSV, and the newer evaluation whole): off by default; `true`, or groups of links of one's own. */
  downloads?: ChartDownloads;
}

/**
 * A row's cells: the older and the newer value (a dash, {@link Missing}, where one is not known) and
 * the change, a {@link DeltaBadge}: its sign and arrow shown and its words ("ökning med 9 poäng")
 * read by screen readers; the column's heading says what the number is, so the words shown beside
 * it said the same thing twice and wrapped the cell over two lines. A change not known for a
 * missing value is a dash too; one across models is "ej jämförbar".
 */
function ChangeCells({
  change,
  comparison: c,
  messages: m,
}: {
  change: Delta;
  /** Whose `changeReadable` and `areasComparable` say how the change reads. */
  comparison: Comparison;
  messages: Messages;
}) {
  // A missing value is the more precise explanation; otherwise a change across model versions is
  // not shown as a number at all (the notice above the table says why). Across area sets the change
  // is "not comparable" in words, whatever is known.
  const { areasComparable } = c;
  const comparable = change.delta !== null && c.changeReadable;
  return (
    <>
      <td className="kk-num">
        <ValueText value={change.from} messages={m} />
      </td>
      <td className="kk-num">
        <ValueText value={change.to} messages={m} />
      </td>
      <td className="kk-delta-table__change">
        {change.delta === null && areasComparable ? (
          <span className="kk-delta kk-delta--unknown">
            <Missing messages={m} />
          </span>
        ) : (
          <DeltaBadge delta={comparable ? change.delta : null} reason="not-comparable" lang={m.lang} messages={m} />
        )}
      </td>
    </>
  );
}

/** The comparison of a valid pair of evaluations, with what the table needs of their models and scores. */
interface DeltaData {
  /** The two evaluations, validated: the download menu's files are made of them. */
  older: Evaluation;
  newer: Evaluation;
  comparison: Comparison;
  frameworks: readonly [newer: Framework | undefined, older: Framework | undefined];
  scores: readonly [newer: EvaluationScore, older: EvaluationScore];
}

/**
 * The notice when the two models' areas differ or are not known: the two labels, or, when only one
 * side's areas are not known, that model's label alone (the other's areas are known).
 */
function areasNotComparableNotice(c: Comparison, m: Messages, frameworks: readonly Framework[] | undefined): string {
  const from = modelLabel(c.from.framework, m, frameworks);
  const to = modelLabel(c.to.framework, m, frameworks);
  if (!c.reasons.some((r) => r.kind === "areas-unknown")) return m.areasNotComparable(from, to, false);
  const fromKnown = areasKnown(c.from.framework, frameworks);
  const toKnown = areasKnown(c.to.framework, frameworks);
  return m.areasNotComparable(fromKnown ? to : from, toKnown ? from : to, true);
}

/** The comparison, whether the model changed, and the notice of every reason the two are not directly comparable. */
function describeComparison(data: DeltaData, m: Messages, frameworks: readonly Framework[] | undefined) {
  const c = data.comparison;
  const label = (id: string) => modelLabel(id, m, frameworks);
  const areaReasons = ["framework-changed", "areas-differ", "areas-unknown"];
  // The change of model first; across area sets one notice says both that and why nothing compares.
  const notice = [
    ...(!c.areasComparable
      ? [areasNotComparableNotice(c, m, frameworks)]
      : c.frameworkChanged
        ? [m.frameworkChanged(label(c.from.framework), label(c.to.framework))]
        : []),
    ...c.reasons.filter((r) => !areaReasons.includes(r.kind)).map((r) => m.reasons[r.kind]),
  ];
  return { c, notice };
}

/** The rows of the areas (and, with `showQuestions`, their sub-questions). */
function DeltaRows({
  data,
  messages: m,
  showQuestions,
}: {
  data: DeltaData;
  messages: Messages;
  showQuestions: boolean;
}) {
  const {
    comparison: c,
    frameworks: [newerFramework, olderFramework],
    scores,
  } = data;
  // Names in the newer model where it has the area, else in the older one; published titles as fallback.
  const nameOf = (id: number) => {
    const framework = getFrameworkArea(newerFramework, id) ? newerFramework : olderFramework;
    const title = scores.map((s) => s.areas.find((a) => a.id === id)?.publishedTitle).find((t) => t) ?? undefined;
    return areaName(framework, id, m.lang, title);
  };
  const questionText = (areaId: number, id: string) =>
    scores.map((s) => s.areas.find((a) => a.id === areaId)?.questions.find((q) => q.id === id)?.text).find((t) => t) ??
    null;
  return c.areas.flatMap((area) => [
    <tr key={area.id}>
      <th scope="row">
        <Hyphenated text={numberedArea(area.id, nameOf(area.id), m)} />
      </th>
      <ChangeCells change={area} comparison={c} messages={m} />
    </tr>,
    ...(showQuestions
      ? area.questions.map((q) => {
          const text = questionText(area.id, q.id);
          return (
            <tr key={`${area.id}/${q.id}`} className="kk-delta-table__question">
              <th scope="row">
                <Hyphenated text={text ? `${q.id} ${text}` : q.id} />
              </th>
              <ChangeCells change={q} comparison={c} messages={m} />
            </tr>
          );
        })
      : []),
  ]);
}

/**
 * The year-over-year change of two evaluations from the core's {@link compareEvaluations}: one row
 * per area (number and name in the chosen language) with the older and newer score and the change
 * as sign, arrow and words, and the total in the footer. Why the two are not directly comparable
 * (another model version, missing values, different municipalities, …) is said in a notice above
 * the table; across model versions the changes read "ej jämförbar" / "not comparable" rather than a
 * number. Between models whose areas are defined differently or are not known (2.1 → 2020, anything
 * and the original model or a model not stated) there are no area rows: only the totals side by
 * side, their change "not comparable". With `showQuestions`, sub-question rows follow their area.
 */
export const DeltaTable = /* @__PURE__ */ forwardRef<HTMLDivElement, DeltaTableProps>(function DeltaTable(
  {
    from,
    to,
    lang = "sv",
    messages: overrides,
    frameworks,
    theme = "light",
    showQuestions = false,
    downloads = false,
    className,
    ...rest
  },
  ref,
) {
  const m = resolveMessages(lang, overrides);
  const validated = useValidatedInputs(
    [
      ["from", from, true],
      ["to", to, true],
    ],
    frameworks,
  );
  const data = useMemo((): ({ ok: true } & DeltaData) | { ok: false; errors: Issue[] } => {
    if (!validated.ok) return { ok: false as const, errors: validated.errors };
    const [older, newer] = validated.evaluations as [Evaluation, Evaluation];
    return {
      ok: true as const,
      older,
      newer,
      comparison: compareEvaluations(older, newer, frameworks),
      frameworks: [getFramework(newer.framework, frameworks), getFramework(older.framework, frameworks)] as const,
      scores: [scoreEvaluation(newer, frameworks), scoreEvaluation(older, frameworks)] as const,
    };
  }, [validated, frameworks]);

  if (!data.ok)
    return <TableError ref={ref} errors={data.errors} messages={m} theme={theme} className={className} {...rest} />;
  const { c, notice } = describeComparison(data, m, frameworks);
  // Across area sets, area 3 of one model is not area 3 of the other: only the totals, side by side.
  const totalRow = (
    <tr>
      <th scope="row">{m.total}</th>
      <ChangeCells change={c.total} comparison={c} messages={m} />
    </tr>
  );

  return (
    <div
      ref={ref}
      lang={m.lang}
      data-kk-theme={theme}
      className={["kk", "kk-delta-table", className].filter(Boolean).join(" ")}
      {...rest}
    >
      <ComparisonDownloadMenu
        downloads={downloads}
        from={data.older}
        to={data.newer}
        title={m.deltaTitle(c.from.year, c.to.year)}
        lang={m.lang}
      />
      {notice.length > 0 ? (
        <p className="kk-notice" role="note">
          {notice.join(" ")}
        </p>
      ) : null}
      <table className="kk-table">
        <caption>{m.deltaTitle(c.from.year, c.to.year)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.area}</th>
            <th scope="col" className="kk-num">
              {c.from.year}
            </th>
            <th scope="col" className="kk-num">
              {c.to.year}
            </th>
            <th scope="col" className="kk-delta-table__change">
              <Hyphenated text={m.change} />
            </th>
          </tr>
        </thead>
        {c.areasComparable ? (
          <>
            <tbody>
              <DeltaRows data={data} messages={m} showQuestions={showQuestions} />
            </tbody>
            <tfoot>{totalRow}</tfoot>
          </>
        ) : (
          <tbody>{totalRow}</tbody>
        )}
      </table>
      <MissingKey messages={m} />
    </div>
  );
});
