import { forwardRef, useId, useMemo, type HTMLAttributes, type ReactNode } from "react";
import {
  areaName,
  checkConsistency,
  getFramework,
  scoreEvaluation,
  type AreaScore,
  type EvaluationInput,
  type Framework,
  type Issue,
  type SourcedValue,
} from "@kommunkompassen/core";
import { useValidatedInputs, type Validated } from "../hooks/useValidated";
import type { Lang } from "@kommunkompassen/core";
import { formatNumber, formatPercent } from "@kommunkompassen/core";
import { resolveMessages, type Messages } from "../i18n/messages";
import { AreaTableDownloadMenu, LinkedRegion } from "../client";
import { Missing, MissingKey, ValueText } from "./AreaCells";
import type { LinkedFocusProps } from "./LinkedViews";
import type { ChartDownloads } from "./ChartDownloads";
import { TableError } from "./TableError";
import type { Theme } from "./theme";

/** Props of {@link SubQuestionTable}. */
export interface SubQuestionTableProps
  extends LinkedFocusProps, Omit<HTMLAttributes<HTMLDivElement>, "children" | "lang"> {
  /** The evaluation, in the shared schema. Invalid data renders an error notice. */
  evaluation: EvaluationInput;
  /** The area whose sub-questions to show, e.g. `6`. An area the evaluation's framework does not have renders an error notice. */
  areaId: number;
  /** Language of all text; defaults to Swedish. */
  lang?: Lang;
  /** Overrides of any built-in string. */
  messages?: Partial<Messages>;
  /** Framework definitions beyond the built-in 2.0 and 2.1. */
  frameworks?: readonly Framework[];
  /** Colour theme: light, dark, or follow the user's system setting. Defaults to `light`. */
  theme?: Theme;
  /** A download menu above the table (its area's rows as CSV, and the whole evaluation): off by default; `true`, or groups of links of one's own. */
  downloads?: ChartDownloads;
}

/** A note under the table, with the number its marker shows. */
interface Note {
  /** 1-based, in the order the markers appear in the table. */
  number: number;
  /** The note's text. */
  text: string;
}

/** A number from a consistency warning's details, formatted; any other value as text. */
function detail(issue: Issue, key: string, lang: Lang): string {
  const value = issue.details?.[key];
  return typeof value === "number" ? formatNumber(value, lang) : String(value ?? "");
}

/** The error for an `areaId` the evaluation does not have. */
function unknownArea(areaId: number, known: readonly number[]): Issue {
  return {
    severity: "error",
    kind: "unknown-area",
    path: "areaId",
    message: `${String(areaId)} is not an area of this evaluation (its areas are ${known.length > 0 ? known.join(", ") : "none"})`,
    details: { id: areaId },
  };
}

/** The word that marks a value the library derived rather than the report published (also after the report page's total and area scores). */
export function DerivedMark({ value, messages: m }: { value: SourcedValue; messages: Messages }) {
  return value.source === "derived" ? (
    <>
      {" "}
      <span className="kk-derived">({m.derived})</span>
    </>
  ) : null;
}

/** A percent with its bar: the bar is decoration (`aria-hidden`), its width attribute is the percent. */
function PercentCell({ value, messages: m, marker }: { value: SourcedValue; messages: Messages; marker?: ReactNode }) {
  const percent = value.value;
  return (
    <td role="cell" className="kk-num kk-question-table__percent">
      {percent === null ? <Missing messages={m} /> : formatPercent(percent, m.lang)}
      <DerivedMark value={value} messages={m} />
      {marker}
      {percent === null ? null : (
        <svg
          className="kk-percent-bar"
          viewBox="0 0 100 10"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          <rect className="kk-percent-bar__track" x="0" y="0" width="100" height="10" />
          <rect className="kk-percent-bar__fill" x="0" y="0" width={Math.min(100, Math.max(0, percent))} height="10" />
        </svg>
      )}
    </td>
  );
}

/** The footnote marker: a superscript link to its note whose text reads "Anmärkning 1" / "Note 1" and which is described by the note. */
function NoteMarker({ note, baseId, messages: m }: { note: Note; baseId: string; messages: Messages }) {
  const noteId = `${baseId}-note-${note.number}`;
  return (
    <sup className="kk-table__note-ref">
      <a href={`#${noteId}`} id={`${baseId}-ref-${note.number}`} aria-describedby={noteId}>
        <span className="kk-visually-hidden">{m.note}</span> {note.number}
      </a>
    </sup>
  );
}

/** The area's scores and the consistency warnings that concern its table, or the errors to show instead. */
function questionTableData(validated: Validated, areaId: number, frameworks: readonly Framework[] | undefined) {
  if (!validated.ok) return { ok: false as const, errors: validated.errors };
  const main = validated.evaluations[0]!;
  const { areas } = scoreEvaluation(main, frameworks);
  const area: AreaScore | undefined = areas.find((a) => a.id === areaId);
  if (!area)
    return {
      ok: false as const,
      errors: [
        unknownArea(
          areaId,
          areas.map((a) => a.id),
        ),
      ],
    };
  const warnings = checkConsistency(main, frameworks);
  return {
    ok: true as const,
    evaluation: main,
    area,
    framework: getFramework(main.framework, frameworks),
    percentMismatches: new Set(
      warnings.filter((w) => w.kind === "percent-mismatch").map((w) => w.details?.["question"]),
    ),
    sumMismatch: warnings.find((w) => w.kind === "area-sum-mismatch" && w.details?.["area"] === areaId),
  };
}

/** The notes under a table, numbered in the order their markers appear: question rows first, then the sum row. */
function numberNotes(
  area: AreaScore,
  percentMismatches: ReadonlySet<unknown>,
  sumMismatch: Issue | undefined,
  m: Messages,
): { notes: Note[]; questionNotes: Map<string, Note>; sumNote: Note | undefined } {
  const notes: Note[] = [];
  const questionNotes = new Map<string, Note>();
  for (const q of area.questions) {
    if (!percentMismatches.has(q.id)) continue;
    const note = { number: notes.length + 1, text: m.percentMismatch(q.id) };
    notes.push(note);
    questionNotes.set(q.id, note);
  }
  const sumNote = sumMismatch
    ? {
        number: notes.length + 1,
        text: m.sumMismatch(detail(sumMismatch, "published", m.lang), detail(sumMismatch, "sum", m.lang)),
      }
    : undefined;
  if (sumNote) notes.push(sumNote);
  return { notes, questionNotes, sumNote };
}

/** The numbered notes under a table, each the target of its markers. */
function NotesList({ notes, baseId, messages: m }: { notes: readonly Note[]; baseId: string; messages: Messages }) {
  if (notes.length === 0) return null;
  const titleId = `${baseId}-notes`;
  return (
    <div className="kk-notes-block">
      <p id={titleId} className="kk-notes__title">
        {m.notes}
      </p>
      <ol className="kk-notes" aria-labelledby={titleId}>
        {notes.map((note) => (
          <li key={note.number} id={`${baseId}-note-${note.number}`} value={note.number}>
            {note.text}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A row's points (marked when derived), maximum and percent, each with the note marker it may have. */
function ScoreCells({
  score: { achieved, max, percent },
  messages: m,
  marker,
  percentMarker,
}: {
  score: { achieved: SourcedValue; max: number | null; percent: SourcedValue };
  messages: Messages;
  marker?: ReactNode;
  percentMarker?: ReactNode;
}) {
  return (
    <>
      <td role="cell" className="kk-num">
        <ValueText value={achieved.value} messages={m} />
        <DerivedMark value={achieved} messages={m} />
        {marker}
      </td>
      <td role="cell" className="kk-num">
        <ValueText value={max} messages={m} />
      </td>
      <PercentCell value={percent} messages={m} marker={percentMarker} />
    </>
  );
}

/** The table of an area's questions and its sum row, with the key of its dashes. */
function QuestionTable({
  area,
  caption,
  notes: { questionNotes, sumNote },
  baseId,
  messages: m,
}: {
  area: AreaScore;
  caption: string;
  notes: { questionNotes: Map<string, Note>; sumNote: Note | undefined };
  baseId: string;
  messages: Messages;
}) {
  return (
    <>
      {/* The roles are the elements' own, written out: a narrow container lays the rows out as grids (styles.css). */}
      <table className="kk-table" role="table">
        <caption>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {m.questionId}
            </th>
            <th scope="col" role="columnheader">
              {m.question}
            </th>
            <th scope="col" role="columnheader" className="kk-num">
              {m.achieved}
            </th>
            <th scope="col" role="columnheader" className="kk-num">
              {m.max}
            </th>
            <th scope="col" role="columnheader" className="kk-num">
              {m.percent}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {area.questions.map((q) => {
            const note = questionNotes.get(q.id);
            return (
              <tr key={q.id} role="row">
                <th scope="row" role="rowheader" className="kk-question-table__id">
                  {q.id}
                </th>
                <td role="cell" className="kk-question-table__text">
                  {q.text ?? m.noData}
                </td>
                <ScoreCells
                  score={q}
                  messages={m}
                  percentMarker={note ? <NoteMarker note={note} baseId={baseId} messages={m} /> : null}
                />
              </tr>
            );
          })}
        </tbody>
        <tfoot role="rowgroup">
          <tr role="row">
            <th scope="row" role="rowheader" colSpan={2}>
              {m.areaSum}
            </th>
            <ScoreCells
              score={{ achieved: area.score, max: area.max, percent: area.percent }}
              messages={m}
              marker={sumNote ? <NoteMarker note={sumNote} baseId={baseId} messages={m} /> : null}
            />
          </tr>
        </tfoot>
      </table>
      <MissingKey messages={m} />
    </>
  );
}

/**
 * One area's sub-questions (delfrågor) as the report's points overview prints them: a table of id,
 * question, achieved points, maximum and percent (with a small percent bar), and the area's sum row.
 * Every number comes from the core's {@link scoreEvaluation}; values the library derived rather than
 * the report published are marked with a word. Where the published numbers disagree (the core's
 * `area-sum-mismatch` and `percent-mismatch` warnings), a numbered marker links to a note under the
 * table; nothing is corrected. An area without a published table shows its caption and a short text
 * instead of an empty table; invalid data or an unknown area shows an error notice.
 */
export const SubQuestionTable = /* @__PURE__ */ forwardRef<HTMLDivElement, SubQuestionTableProps>(
  function SubQuestionTable(
    {
      evaluation,
      areaId,
      lang = "sv",
      messages: overrides,
      frameworks,
      theme = "light",
      downloads = false,
      className,
      focusedArea,
      onFocusArea,
      ...rest
    },
    ref,
  ) {
    const m = resolveMessages(lang, overrides);
    const baseId = useId();
    const validated = useValidatedInputs([["evaluation", evaluation, true]], frameworks);
    const data = useMemo(() => questionTableData(validated, areaId, frameworks), [validated, areaId, frameworks]);

    const rootClass = ["kk", "kk-question-table", className].filter(Boolean).join(" ");
    if (!data.ok)
      return <TableError ref={ref} errors={data.errors} messages={m} theme={theme} className={className} {...rest} />;
    const { area, framework, percentMismatches, sumMismatch } = data;
    // An area whose name is not known is "Område 1 – delfrågor", not "Område 1 Område 1 – delfrågor".
    const name = areaName(framework, area.id, m.lang, area.publishedTitle ?? undefined);
    const caption = m.questionTableTitle(area.id, name === areaName(undefined, area.id, m.lang) ? undefined : name);

    const { notes, questionNotes, sumNote } = numberNotes(area, percentMismatches, sumMismatch, m);

    // The area's table joins the linked views: highlighted while its area is focused, focusing it under the pointer.
    const root = { ref, lang: m.lang, "data-kk-theme": theme, className: rootClass, areaId, focusedArea, onFocusArea };
    if (area.questions.length === 0) {
      return (
        <LinkedRegion {...root} {...rest}>
          <p className="kk-table__title">{caption}</p>
          <p className="kk-table__empty">{m.noQuestions}</p>
        </LinkedRegion>
      );
    }

    return (
      <LinkedRegion {...root} {...rest}>
        <AreaTableDownloadMenu
          downloads={downloads}
          evaluation={data.evaluation}
          areaId={area.id}
          title={caption}
          lang={m.lang}
        />
        <QuestionTable area={area} caption={caption} notes={{ questionNotes, sumNote }} baseId={baseId} messages={m} />
        <NotesList notes={notes} baseId={baseId} messages={m} />
      </LinkedRegion>
    );
  },
);
