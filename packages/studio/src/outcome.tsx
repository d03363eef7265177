/**
 * Step 2: what was read. The file and its kind, a summary of the evaluation (or that there is
 * none), every finding of the import in the page's language (linked to its field where the form has
 * one), and where a file lacks only the municipality and year, a form that gives them to the import.
 */
import { useState, type FormEvent, type RefObject } from "react";
import { frameworkLabel, type Lang } from "@kommunkompassen/core";
import { studioMessages } from "@kommunkompassen/core/messages";
import { wordFinding, type Finding } from "@kommunkompassen/import";
import { fieldId } from "./form";
import type { FieldSpec } from "./draft";
import type { Imported } from "./read";

/** The findings that mean only the municipality or the year was missing. */
const NEEDS_OPTIONS = new Set<Finding["code"]>(["csv-incomplete", "no-municipality-or-year"]);

/** The one-line summary of an import that gave an evaluation. */
export function summaryOf(imported: Imported, lang: Lang): string {
  const { evaluation, evidence } = imported.result;
  if (!evaluation) return studioMessages[lang].nothingImported;
  const scores = evaluation.areas.filter((a) => a.score !== undefined).length;
  return studioMessages[lang].summary(
    `${evaluation.municipality.name} ${evaluation.year}`,
    frameworkLabel(evaluation.framework, lang),
    scores,
    evaluation.areas.length,
    evidence?.length ?? 0,
  );
}

/** The form that gives the import a municipality and year. */
function OptionsForm({ lang, onSubmit }: { lang: Lang; onSubmit: (municipality: string, year: number) => void }) {
  const m = studioMessages[lang];
  const [municipality, setMunicipality] = useState("");
  const [year, setYear] = useState("");
  const [tried, setTried] = useState(false);
  const yearValid = /^\s*\d{4}\s*$/.test(year);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (yearValid && municipality.trim() !== "") onSubmit(municipality.trim(), Number(year));
  };
  return (
    <form className="kk-studio__options" noValidate onSubmit={submit} aria-labelledby="kk-options-title">
      <h3 id="kk-options-title">{m.optionsHeading}</h3>
      <p>{m.optionsIntro}</p>
      <div className="kk-studio__field">
        <label htmlFor="kk-option-municipality">{m.optionsMunicipality}</label>
        <input
          id="kk-option-municipality"
          type="text"
          autoComplete="off"
          value={municipality}
          aria-invalid={tried && municipality.trim() === "" ? true : undefined}
          onChange={(e) => setMunicipality(e.currentTarget.value)}
        />
      </div>
      <div className="kk-studio__field">
        <label htmlFor="kk-option-year">{m.optionsYear}</label>
        <input
          id="kk-option-year"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={year}
          aria-invalid={tried && !yearValid ? true : undefined}
          aria-describedby={tried && !yearValid ? "kk-option-year-error" : undefined}
          onChange={(e) => setYear(e.currentTarget.value)}
        />
        {tried && !yearValid ? (
          <p id="kk-option-year-error" className="kk-studio__issue kk-studio__issue--error">
            {m.optionsYearInvalid}
          </p>
        ) : null}
      </div>
      <p>
        <button type="submit">{m.importAgain}</button>
      </p>
    </form>
  );
}

/** Props of {@link Outcome}. */
export interface OutcomeProps {
  imported: Imported;
  specs: readonly FieldSpec[];
  lang: Lang;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onOptions: (municipality: string, year: number) => void;
}

/** Step 2. */
export function Outcome({ imported, specs, lang, headingRef, onOptions }: OutcomeProps) {
  const m = studioMessages[lang];
  const { findings, evaluation } = imported.result;
  const fieldOf = (path: string) => specs.find((s) => s.imported !== "" && s.imported === path);
  return (
    <section className="kk-studio__step" aria-labelledby="kk-outcome-title">
      <h2 id="kk-outcome-title" tabIndex={-1} ref={headingRef}>
        {m.outcomeHeading}
      </h2>
      <p className="kk-studio__file">
        <strong>{imported.source.name}</strong> ({m.sourceKind(imported.source.kind, imported.pages)})
      </p>
      <p className="kk-studio__summary">{summaryOf(imported, lang)}</p>
      {!evaluation && findings.some((f) => NEEDS_OPTIONS.has(f.code)) ? (
        <OptionsForm lang={lang} onSubmit={onOptions} />
      ) : null}
      <h3>{m.findingsHeading(findings.length)}</h3>
      <ul className="kk-studio__findings">
        {findings.map((f, i) => {
          const field = fieldOf(f.path);
          return (
            <li key={i} className={`kk-studio__finding kk-studio__finding--${f.severity}`}>
              <strong>{m.severity[f.severity]}:</strong> {wordFinding(f, lang)}
              {f.path ? (
                <span className="kk-studio__at">
                  {" "}
                  ({m.findingAt} {field ? <a href={`#${fieldId(field.key)}`}>{f.path}</a> : <code>{f.path}</code>})
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
