import { renderToStaticMarkup } from "react-dom/server";
import { formatNumber, isolateBidi, scoreEvaluation, type Evaluation, type Framework } from "@kommunkompassen/core";
import { pageMessages } from "@kommunkompassen/core/messages";
import { modelLabel, resolveMessages } from "../i18n/messages";
import { renderHtmlDocument, type RenderLang, type RenderTheme } from "./document";

/** One row of an index page: an evaluation and the address of its report page. */
export interface IndexEntry {
  /** The evaluation. */
  evaluation: Evaluation;
  /** Where its report page is (relative, e.g. `2084-2014.html`). */
  href: string;
}

/** Options of {@link renderIndexDocument}. */
export interface RenderIndexOptions {
  /** Language of every text; `sv` by default. */
  lang?: RenderLang;
  /** Colour theme; `light` by default. */
  theme?: RenderTheme;
  /** The page's title and `<h1>`; "Kommunkompassen – utvärderingar" by default. */
  title?: string;
  /** Framework definitions beyond the built-in ones: the totals are scored and the models named with them. */
  frameworks?: readonly Framework[];
}

/**
 * An index page as a self-contained document (same shell and Content-Security-Policy as
 * {@link renderReportDocument}): a table listing each municipality and year with its model (by its
 * label, "Kommunkompassen 2020") and its total ("404 av 800 poäng"; "426,5 p" where the model's
 * maximum is not known; "uppgift saknas" when the total is not known), each linking to its page.
 *
 * @param entries - The evaluations and their pages, in the order to list them.
 * @param options - Language, theme, title.
 * @returns The HTML document as a string.
 */
export function renderIndexDocument(entries: readonly IndexEntry[], options: RenderIndexOptions = {}): string {
  const lang = options.lang ?? "sv";
  const theme = options.theme ?? "light";
  const m = resolveMessages(lang);
  const t = pageMessages[lang];
  const title = isolateBidi(options.title ?? t.indexTitle);
  const body = renderToStaticMarkup(
    <div className="kk kk-index" data-kk-theme={theme}>
      <h1 className="kk-index__title">{title}</h1>
      <table className="kk-table">
        <caption>{t.indexCaption(entries.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.municipality}</th>
            <th scope="col" className="kk-num">
              {t.year}
            </th>
            <th scope="col">{m.framework}</th>
            <th scope="col">{t.total}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ evaluation, href }) => {
            const score = scoreEvaluation(evaluation, options.frameworks);
            return (
              <tr key={href}>
                <th scope="row">
                  <a href={href}>
                    {isolateBidi(evaluation.municipality.name)} {evaluation.year}
                  </a>
                </th>
                <td className="kk-num">{evaluation.year}</td>
                <td>{modelLabel(evaluation.framework, m, options.frameworks)}</td>
                <td>
                  {score.total.value === null
                    ? m.noData
                    : score.max === null
                      ? m.points(formatNumber(score.total.value, lang))
                      : m.totalLine(formatNumber(score.total.value, lang), formatNumber(score.max, lang))}
                  {score.total.value !== null && score.total.source === "derived" ? (
                    <span className="kk-derived"> ({m.derived})</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>,
  );
  return renderHtmlDocument({ lang, title, body, theme });
}
