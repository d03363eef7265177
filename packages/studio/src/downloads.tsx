/**
 * Step 5: the downloads, each a link with a `download` name and a `blob:` URL made here (nothing is
 * fetched): the evaluation JSON, the `<kommunkompass-profil>` snippet (written by the embed's one
 * snippet writer) and the no-JS fallback (`renderReportFragment` of `@kommunkompassen/react/server`)
 * with its stylesheet.
 */
import { useEffect, useId, useMemo, useState } from "react";
import type { Evaluation, Lang } from "@kommunkompassen/core";
import { demoMessages, studioMessages } from "@kommunkompassen/core/messages";
import { renderReportFragment, slugify } from "@kommunkompassen/react/server";
import { embedSnippet } from "../../embed/src/snippet";

/** The embed's views that show one evaluation without a previous one, offered for the snippet. */
export const SNIPPET_VIEWS = ["radar", "bars", "table", "summary", "report"] as const;
/** One of {@link SNIPPET_VIEWS}. */
export type SnippetView = (typeof SNIPPET_VIEWS)[number];

/** Where the files go on the website (docs/embed.md). */
const SITE = "/kommunkompassen/";

/** A `blob:` URL of a text while it is shown, revoked when it changes or goes. */
function useBlobUrl(text: string, type: string): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([text], { type }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [text, type]);
  return url;
}

/** A download link; until its URL is made, its text alone. */
function Download({ text, type, file, label }: { text: string; type: string; file: string; label: string }) {
  const url = useBlobUrl(text, type);
  return (
    <p className="kk-studio__download">
      {url ? (
        <a href={url} download={file}>
          {label}
        </a>
      ) : (
        label
      )}
    </p>
  );
}

/** The file names of an evaluation's downloads: `<municipality>-<year>` and its extensions. */
export function fileStem(evaluation: Evaluation): string {
  return `${slugify(evaluation.municipality.name)}-${evaluation.year}`;
}

/** The snippet of the evaluation's file on the website, in a view, language and theme. */
export function studioSnippet(stem: string, view: SnippetView, lang: Lang, theme: ThemeChoice): string {
  return embedSnippet(
    [
      ["src", `${SITE}${stem}.json`],
      ["view", view],
      ["lang", lang],
      ["theme", theme],
    ],
    { base: SITE },
  );
}

/** The colour theme chosen: `auto` follows the system (the embed's `theme="auto"` too). */
export type ThemeChoice = "auto" | "light" | "dark";

/** Props of {@link Downloads}. */
export interface DownloadsProps {
  evaluation: Evaluation;
  lang: Lang;
  /** The theme chosen, for the snippet. */
  themeChoice: ThemeChoice;
  /** The theme shown, for the fallback (which has no `auto`). */
  theme: "light" | "dark";
}

/** Step 5's contents. */
export function Downloads({ evaluation, lang, themeChoice, theme }: DownloadsProps) {
  const m = studioMessages[lang];
  const views = demoMessages[lang].config.views;
  const [view, setView] = useState<SnippetView>("report");
  const selectId = useId();
  const stem = fileStem(evaluation);
  const json = useMemo(() => JSON.stringify(evaluation, null, 2) + "\n", [evaluation]);
  const snippet = studioSnippet(stem, view, lang, themeChoice);
  const fragment = useMemo(
    () => renderReportFragment(evaluation, { lang, theme, headingLevel: 2 }),
    [evaluation, lang, theme],
  );
  return (
    <>
      <Download
        text={json}
        type="application/json"
        file={`${stem}.json`}
        label={m.downloadEvaluation(`${stem}.json`)}
      />
      <p>{m.evaluationNote}</p>
      <h3>{m.snippetHeading}</h3>
      <div className="kk-studio__field">
        <label htmlFor={selectId}>{m.snippetView}</label>
        <select id={selectId} value={view} onChange={(e) => setView(e.currentTarget.value as SnippetView)}>
          {SNIPPET_VIEWS.map((v) => (
            <option key={v} value={v}>
              {views[v]}
            </option>
          ))}
        </select>
      </div>
      <pre className="kk-studio__code">
        <code>{snippet}</code>
      </pre>
      <Download
        text={snippet + "\n"}
        type="text/html"
        file={`${stem}-snippet.html`}
        label={m.downloadSnippet(`${stem}-snippet.html`)}
      />
      <h3>{m.fragmentHeading}</h3>
      <p>{m.fragmentNote}</p>
      <Download
        text={fragment.html + "\n"}
        type="text/html"
        file={`${stem}-fallback.html`}
        label={m.downloadFragment(`${stem}-fallback.html`)}
      />
      <Download
        text={fragment.css}
        type="text/css"
        file={`${stem}-fallback.css`}
        label={m.downloadFragmentCss(`${stem}-fallback.css`)}
      />
    </>
  );
}
