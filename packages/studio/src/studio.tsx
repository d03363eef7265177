/**
 * The import studio's page: the file (picked or dropped), what was read, the form, the preview and
 * the downloads, in Swedish or English, light or dark. A polite live region says how the import
 * went; focus moves to what was read.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState, type DragEvent, type RefObject } from "react";
import { validateEvaluation, type Collection, type Lang } from "@kommunkompassen/core";
import { LANGS, studioMessages } from "@kommunkompassen/core/messages";
import { wordFinding } from "@kommunkompassen/import";
import { Downloads, type ThemeChoice } from "./downloads";
import { draftOf, fieldSpecs, issuesByField, type FieldKey, type Inputs } from "./draft";
import { ReviewForm } from "./form";
import { Outcome, summaryOf } from "./outcome";
import { Preview } from "./preview";
import { readFile, runImport, type Imported, type PdfWorker, type Refusal } from "./read";

/** Where the studio is: waiting for a file, reading one, or done (with an import, or a refusal). */
type Phase =
  | { kind: "idle" }
  | { kind: "reading"; file: string }
  | { kind: "done"; imported: Imported }
  | { kind: "refused"; file: string; reason: string };

/** A text for the live region, with the language it is written in. */
interface Said {
  lang: Lang;
  text: string;
}

/** The page's language (on `<html>`, in the title and the address) and its theme (on `<body>`). */
function usePage(initialLang: Lang) {
  const [lang, setLang] = useState(initialLang);
  const [themeChoice, setThemeChoice] = useState<ThemeChoice>("auto");
  const dark = useMemo(() => matchMedia("(prefers-color-scheme: dark)"), []);
  const [systemDark, setSystemDark] = useState(dark.matches);
  useEffect(() => {
    const changed = () => setSystemDark(dark.matches);
    dark.addEventListener("change", changed);
    return () => dark.removeEventListener("change", changed);
  }, [dark]);
  const theme: "light" | "dark" = themeChoice === "auto" ? (systemDark ? "dark" : "light") : themeChoice;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = studioMessages[lang].title;
    const url = new URL(location.href);
    if (lang === "sv") url.searchParams.delete("lang");
    else url.searchParams.set("lang", lang);
    history.replaceState(history.state, "", url);
  }, [lang]);
  useEffect(() => {
    document.body.dataset.kkTheme = theme;
  }, [theme]);
  return { lang, setLang, themeChoice, setThemeChoice, theme };
}

/** Why a file gave nothing, in words. */
function reasonOf(refusal: Refusal, lang: Lang): string {
  return refusal === "results-table" ? studioMessages[lang].resultsTable : studioMessages[lang].pdfUnavailable;
}

/** Reading files: the phase, what was typed into the form, the live region's text, and where focus goes after. */
function useImport(pdf: PdfWorker, lang: Lang, headingRef: RefObject<HTMLHeadingElement | null>) {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [inputs, setInputs] = useState<Inputs>({});
  const [said, setSaid] = useState<Said | null>(null);
  const [arrived, setArrived] = useState(0);
  const latest = useRef(0);
  const langRef = useRef(lang);
  langRef.current = lang;
  useEffect(() => {
    if (arrived > 0) headingRef.current?.focus();
  }, [arrived, headingRef]);
  const run = async (file: string, task: () => Promise<Imported | Refusal>) => {
    const turn = ++latest.current;
    const m = () => studioMessages[langRef.current];
    setPhase({ kind: "reading", file });
    setSaid({ lang: langRef.current, text: m().reading(file) });
    let outcome: Imported | Refusal | Error;
    try {
      outcome = await task();
    } catch (error) {
      outcome = error instanceof Error ? error : new Error(String(error));
    }
    if (turn !== latest.current) return;
    const l = langRef.current;
    if (typeof outcome === "string" || outcome instanceof Error) {
      const reason = typeof outcome === "string" ? reasonOf(outcome, l) : m().unreadable(outcome.message);
      setPhase({ kind: "refused", file, reason });
      setSaid({ lang: l, text: m().notImported(file, reason) });
    } else {
      setPhase({ kind: "done", imported: outcome });
      setInputs({});
      const { evaluation, findings } = outcome.result;
      const error = findings.find((f) => f.severity === "error");
      setSaid({
        lang: l,
        text: evaluation
          ? m().imported(file, summaryOf(outcome, l))
          : m().notImported(file, error ? wordFinding(error, l) : m().nothingImported),
      });
    }
    setArrived((n) => n + 1);
  };
  const open = (file: File) => void run(file.name, () => readFile(file, pdf));
  const again = (imported: Imported, municipality: string, year: number) =>
    void run(imported.source.name, () => runImport(imported.source, pdf, { municipality, year }));
  const type = (key: FieldKey, text: string) => setInputs((now) => ({ ...now, [key]: text }));
  return { phase, inputs, said, open, again, type };
}

/** The draft of the form, checked by the validator: its issues at their fields, and the evaluation once valid. */
function useChecked(imported: Imported | null, inputs: Inputs) {
  const evaluation = imported?.result.evaluation ?? null;
  const specs = useMemo(() => (evaluation ? fieldSpecs(evaluation) : []), [evaluation]);
  return useMemo(() => {
    if (!evaluation) return null;
    const draft = draftOf(evaluation, specs, inputs);
    const checked = validateEvaluation(draft.value);
    const errors = issuesByField(checked.errors, draft.pointers);
    const warnings = issuesByField(checked.warnings, draft.pointers);
    return {
      evaluation,
      specs,
      pointers: draft.pointers,
      errors: errors.byField,
      otherErrors: errors.other,
      warnings: warnings.byField,
      valid: checked.valid ? checked.evaluation : null,
    };
  }, [evaluation, specs, inputs]);
}

/** Props of {@link Studio}. */
export interface StudioProps {
  pdf: PdfWorker;
  /** The published results for the position preview, once loaded (`null` when they could not be). */
  collection: Collection | null;
  initialLang: Lang;
}

/** The page. */
export function Studio({ pdf, collection, initialLang }: StudioProps) {
  const page = usePage(initialLang);
  const { lang, theme } = page;
  const m = studioMessages[lang];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const studio = useImport(pdf, lang, headingRef);
  const imported = studio.phase.kind === "done" ? studio.phase.imported : null;
  const checked = useChecked(imported, studio.inputs);
  const published = useDeferredValue(checked?.valid ?? null);
  return (
    <div className="kk kk-studio" data-kk-theme={theme}>
      <Header page={page} />
      <main className="kk-studio__main">
        <FileStep lang={lang} said={studio.said} reading={studio.phase.kind === "reading"} onFile={studio.open} />
        {studio.phase.kind === "refused" ? (
          <section className="kk-studio__step" aria-labelledby="kk-outcome-title">
            <h2 id="kk-outcome-title" tabIndex={-1} ref={headingRef}>
              {m.outcomeHeading}
            </h2>
            <p className="kk-studio__summary">{studio.phase.reason}</p>
          </section>
        ) : null}
        {imported ? (
          <Outcome
            imported={imported}
            specs={checked?.specs ?? []}
            lang={lang}
            headingRef={headingRef}
            onOptions={(municipality, year) => studio.again(imported, municipality, year)}
          />
        ) : null}
        {imported && checked ? (
          <section className="kk-studio__step" aria-labelledby="kk-form-title">
            <h2 id="kk-form-title">{m.formHeading}</h2>
            <p>{m.formIntro}</p>
            <ReviewForm
              {...checked}
              inputs={studio.inputs}
              evidence={imported.result.evidence ?? []}
              findings={imported.result.findings}
              source={imported.result.text ?? ""}
              lang={lang}
              onInput={studio.type}
            />
            {checked.valid ? null : <p className="kk-studio__invalid">{m.invalid}</p>}
          </section>
        ) : null}
        {checked && published ? (
          <>
            <section className="kk-studio__step kk-studio__preview" aria-labelledby="kk-preview-title">
              <h2 id="kk-preview-title">{m.previewHeading}</h2>
              <p>{m.previewIntro}</p>
              <div className="kk-studio__frame">
                <Preview evaluation={published} collection={collection} lang={lang} theme={theme} />
              </div>
            </section>
            <section className="kk-studio__step" aria-labelledby="kk-downloads-title">
              <h2 id="kk-downloads-title">{m.downloadsHeading}</h2>
              <Downloads evaluation={published} lang={lang} themeChoice={page.themeChoice} theme={theme} />
            </section>
          </>
        ) : null}
      </main>
    </div>
  );
}

/** The page's heading, what it does, and its language and theme. */
function Header({ page }: { page: ReturnType<typeof usePage> }) {
  const { lang } = page;
  const m = studioMessages[lang];
  const other = LANGS.find((l) => l !== lang)!;
  return (
    <header className="kk-studio__header">
      <div className="kk-studio__settings" role="group" aria-label={m.settings}>
        <button type="button" lang={other} onClick={() => page.setLang(other)}>
          {studioMessages[other].thisLanguage}
        </button>
        <label>
          {m.theme}{" "}
          <select value={page.themeChoice} onChange={(e) => page.setThemeChoice(e.currentTarget.value as ThemeChoice)}>
            {(["auto", "light", "dark"] as const).map((t) => (
              <option key={t} value={t}>
                {m.themes[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h1>{m.heading}</h1>
      <p>{m.intro}</p>
    </header>
  );
}

/** Step 1: the file input (a real one, labelled), the drop zone around it, and the live region. */
function FileStep({
  lang,
  said,
  reading,
  onFile,
}: {
  lang: Lang;
  said: Said | null;
  reading: boolean;
  onFile: (file: File) => void;
}) {
  const m = studioMessages[lang];
  const [over, setOver] = useState(false);
  // A file dropped anywhere on the page is read, never opened by the browser in place of the page.
  useEffect(() => {
    const stop = (event: globalThis.DragEvent) => event.preventDefault();
    window.addEventListener("dragover", stop);
    window.addEventListener("drop", stop);
    return () => {
      window.removeEventListener("dragover", stop);
      window.removeEventListener("drop", stop);
    };
  }, []);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <section
      className={`kk-studio__step kk-studio__drop${over ? " kk-studio__drop--over" : ""}`}
      aria-labelledby="kk-file-title"
      aria-busy={reading || undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <h2 id="kk-file-title">{m.fileHeading}</h2>
      <label htmlFor="kk-file">{m.fileLabel}</label>
      <input
        id="kk-file"
        type="file"
        accept=".pdf,.txt,.csv,application/pdf,text/plain,text/csv"
        aria-describedby="kk-file-hint"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
        }}
      />
      <p id="kk-file-hint" className="kk-studio__hint">
        {over ? m.dropHere : m.fileHint}
      </p>
      <p className="kk-studio__status" role="status" aria-live="polite">
        {said ? <span lang={said.lang === lang ? undefined : said.lang}>{said.text}</span> : null}
      </p>
    </section>
  );
}
