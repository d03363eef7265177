/**
 * Step 3: the form. Every field shows the imported value with its evidence, or says that the file
 * lacks it and why (the import's finding for it); the validator's errors and warnings for the
 * draft appear at the field whose JSON pointer they name, tied to it by `aria-describedby` and
 * `aria-invalid`. Below the area scores, each area's other values (its maximum, its sub-questions)
 * with their evidence.
 */
import {
  areaName,
  formatNumber,
  formatPercent,
  getFramework,
  type Evaluation,
  type Issue,
  type Lang,
} from "@kommunkompassen/core";
import { issueText, studioMessages, type StudioQuestionField } from "@kommunkompassen/core/messages";
import { wordFinding, type Evidence, type Finding } from "@kommunkompassen/import";
import { Fragment } from "react";
import { EvidenceNote } from "./evidence";
import { importedText, type FieldKey, type FieldSpec, type Inputs } from "./draft";

/** The element id of a field (stable while the user types: by the field's key, not its pointer). */
export const fieldId = (key: FieldKey) => `kk-field-${key}`;

/** A validation issue in the page's language, marked with its own where the catalogue has no wording for it. */
export function IssueWords({ issue, lang }: { issue: Issue; lang: Lang }) {
  const words = issueText(issue, lang);
  return <span lang={words.lang === lang ? undefined : words.lang}>{words.text}</span>;
}

/** What one field shows beside its input. */
interface FieldNotes {
  evidence: Evidence | undefined;
  findings: readonly Finding[];
  errors: readonly Issue[];
  warnings: readonly Issue[];
}

/** Props of {@link FieldRow}. */
interface FieldRowProps extends FieldNotes {
  spec: FieldSpec;
  label: string;
  value: string;
  pointer: string | undefined;
  /** Whether the imported evaluation has the value. */
  present: boolean;
  source: string;
  lang: Lang;
  onInput: (key: FieldKey, text: string) => void;
}

/** One field: its label, input, evidence (or why it is missing), and the validator's issues. */
function FieldRow(props: FieldRowProps) {
  const { spec, label, value, pointer, present, evidence, findings, errors, warnings, source, lang } = props;
  const m = studioMessages[lang];
  const id = fieldId(spec.key);
  const notes = [
    ...(evidence ? [`${id}-evidence`] : !present ? [`${id}-missing`] : []),
    ...errors.map((_, i) => `${id}-error-${i}`),
    ...warnings.map((_, i) => `${id}-warning-${i}`),
  ];
  return (
    <div className={`kk-studio__field${errors.length > 0 ? " kk-studio__field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={spec.key}
        type="text"
        inputMode={spec.kind === "integer" ? "numeric" : spec.kind === "number" ? "decimal" : undefined}
        autoComplete="off"
        spellCheck={false}
        value={value}
        data-kk-pointer={pointer}
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={notes.length > 0 ? notes.join(" ") : undefined}
        onChange={(event) => props.onInput(spec.key, event.currentTarget.value)}
      />
      {evidence ? (
        <EvidenceNote evidence={evidence} source={source} lang={lang} id={`${id}-evidence`} />
      ) : !present ? (
        <p className="kk-studio__missing" id={`${id}-missing`}>
          {m.missing}
          {findings.map((f, i) => (
            <span key={i}>
              {" "}
              {m.why} {wordFinding(f, lang)}
            </span>
          ))}
        </p>
      ) : null}
      {errors.map((issue, i) => (
        <p key={`e${i}`} id={`${id}-error-${i}`} className="kk-studio__issue kk-studio__issue--error">
          <strong>{m.error}</strong> <IssueWords issue={issue} lang={lang} />
        </p>
      ))}
      {warnings.map((issue, i) => (
        <p key={`w${i}`} id={`${id}-warning-${i}`} className="kk-studio__issue kk-studio__issue--warning">
          <strong>{m.warning}</strong> <IssueWords issue={issue} lang={lang} />
        </p>
      ))}
    </div>
  );
}

/** A number as the page's language writes it; a percent with its sign. */
const shown = (value: number, field: StudioQuestionField | "max", lang: Lang) =>
  field === "percent" ? formatPercent(value, lang) : formatNumber(value, lang, 20);

/** An area's other values with evidence (its maximum, its sub-questions' values), folded away. */
function AreaValues({
  evaluation,
  index,
  evidence,
  source,
  lang,
}: {
  evaluation: Evaluation;
  index: number;
  evidence: readonly Evidence[];
  source: string;
  lang: Lang;
}) {
  const m = studioMessages[lang];
  const area = evaluation.areas[index]!;
  const prefix = `/areas/${index}/`;
  const entries = evidence.filter((e) => e.path.startsWith(prefix) && e.path !== `${prefix}score`);
  if (entries.length === 0) return null;
  const valueOf = (path: string): { label: string; text: string } => {
    const [, , , part, q, field] = path.split("/");
    if (part === "max") return { label: m.areaMax(area.id), text: shown(area.max!, "max", lang) };
    const question = area.questions![Number(q)]!;
    const key = field as StudioQuestionField;
    return { label: m.questionValue(question.id, key), text: shown(question[key]!, key, lang) };
  };
  return (
    <details className="kk-studio__values">
      <summary>{m.questionsSummary(area.id, entries.length)}</summary>
      <ul>
        {entries.map((e) => {
          const { label, text } = valueOf(e.path);
          return (
            <li key={e.path}>
              <span className="kk-studio__value" data-kk-pointer={e.path}>
                {label}: <strong>{text}</strong>
              </span>
              <EvidenceNote evidence={e} source={source} lang={lang} />
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** Props of {@link ReviewForm}. */
export interface ReviewFormProps {
  evaluation: Evaluation;
  specs: readonly FieldSpec[];
  inputs: Inputs;
  pointers: ReadonlyMap<FieldKey, string>;
  evidence: readonly Evidence[];
  findings: readonly Finding[];
  errors: ReadonlyMap<FieldKey, Issue[]>;
  warnings: ReadonlyMap<FieldKey, Issue[]>;
  otherErrors: readonly Issue[];
  source: string;
  lang: Lang;
  onInput: (key: FieldKey, text: string) => void;
}

/** The form: the evaluation's own fields, then a score for every area of its model, then the other errors. */
export function ReviewForm(props: ReviewFormProps) {
  const { evaluation, specs, lang } = props;
  const m = studioMessages[lang];
  const framework = getFramework(evaluation.framework);
  const row = (spec: FieldSpec) => {
    const area = spec.areaId === undefined ? undefined : evaluation.areas.find((a) => a.id === spec.areaId);
    const label =
      spec.areaId === undefined
        ? m.fields[spec.key as keyof typeof m.fields]
        : m.areaScore(spec.areaId, areaName(framework, spec.areaId, lang, area?.title));
    const imported = importedText(evaluation, spec, lang);
    return (
      <FieldRow
        key={spec.key}
        spec={spec}
        label={label}
        value={props.inputs[spec.key] ?? imported}
        pointer={props.pointers.get(spec.key)}
        present={imported !== ""}
        evidence={spec.imported ? props.evidence.find((e) => e.path === spec.imported) : undefined}
        findings={spec.imported ? props.findings.filter((f) => f.path === spec.imported) : []}
        errors={props.errors.get(spec.key) ?? []}
        warnings={props.warnings.get(spec.key) ?? []}
        source={props.source}
        lang={lang}
        onInput={props.onInput}
      />
    );
  };
  return (
    <form className="kk-studio__form" noValidate onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{m.evaluationLegend}</legend>
        {specs.filter((s) => s.areaId === undefined).map(row)}
      </fieldset>
      <fieldset>
        <legend>{m.areasLegend}</legend>
        {specs
          .filter((s) => s.areaId !== undefined)
          .map((spec) => {
            const index = evaluation.areas.findIndex((a) => a.id === spec.areaId);
            return (
              <Fragment key={spec.key}>
                {row(spec)}
                {index >= 0 ? (
                  <AreaValues
                    evaluation={evaluation}
                    index={index}
                    evidence={props.evidence}
                    source={props.source}
                    lang={lang}
                  />
                ) : null}
              </Fragment>
            );
          })}
      </fieldset>
      {props.otherErrors.length > 0 ? (
        <div className="kk-studio__other" role="group" aria-labelledby="kk-other-errors">
          <h3 id="kk-other-errors">{m.otherErrors}</h3>
          <ul>
            {props.otherErrors.map((issue, i) => (
              <li key={i} className="kk-studio__issue kk-studio__issue--error">
                <code>{issue.path || "/"}</code> <IssueWords issue={issue} lang={lang} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </form>
  );
}
