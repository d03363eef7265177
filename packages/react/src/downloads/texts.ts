import {
  formatNumber,
  frameworkLabel,
  getFramework,
  scoreEvaluation,
  type Evaluation,
  type Framework,
} from "@kommunkompassen/core";
import type { DownloadMessages } from "@kommunkompassen/core/messages";
import type { CardPicture } from "./compose";

/** A source's title, publisher and address in one line, as a report's facts give them; `null` without one. */
export function sourceLine(evaluation: Pick<Evaluation, "source">): string | null {
  const s = evaluation.source;
  return (s && [s.title, s.publisher, s.url].filter(Boolean).join(", ")) || null;
}

/** The card's texts. */
export type CardTexts = Omit<CardPicture, "plot" | "colours" | "fontFamily" | "lang">;

/** The card's texts for an evaluation: the total as the report prints it ("–" when not known), the model, the source. */
export function cardTexts(evaluation: Evaluation, d: DownloadMessages, frameworks?: readonly Framework[]): CardTexts {
  const lang = d.lang;
  const scores = scoreEvaluation(evaluation, frameworks);
  const model = getFramework(evaluation.framework, frameworks)
    ? frameworkLabel(evaluation.framework, lang, frameworks)
    : evaluation.framework;
  const known = scores.total.value !== null;
  const total = known ? formatNumber(scores.total.value!, lang) : "–";
  const outOf = known ? d.cardOutOf(scores.max === null ? null : formatNumber(scores.max, lang)) : "";
  return {
    municipality: evaluation.municipality.name,
    year: String(evaluation.year),
    total,
    outOf,
    kicker: d.cardKicker,
    footer: d.cardSource(model, sourceLine(evaluation)),
    description: d.cardDescription(evaluation.municipality.name, evaluation.year, `${total} ${outOf}`.trim(), model),
  };
}
