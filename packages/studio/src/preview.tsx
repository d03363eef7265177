/**
 * Step 4: the evaluation as it will be published, with the components of `@kommunkompassen/react`:
 * the report (`EvaluationReport`: its summary, the radar profile and the area bars, each area's
 * sub-question table) and, as a section of it, the evaluation's position among the published
 * results bundled with the studio (`PositionStrip`), as a site's page of `kompass render` shows it.
 */
import { EvaluationReport, PositionStrip, type Collection, type Evaluation, type Lang } from "@kommunkompassen/react";
import { sameMunicipality } from "@kommunkompassen/react/server";
import { studioMessages } from "@kommunkompassen/core/messages";

/** The published results to place an evaluation among: without one of the same municipality, year and model, with it. */
export function placedAmong(collection: Collection, evaluation: Evaluation): Evaluation[] {
  const others = (collection.evaluations as Evaluation[]).filter(
    (e) => !(e.year === evaluation.year && e.framework === evaluation.framework && sameMunicipality(e, evaluation)),
  );
  return [...others, evaluation];
}

/** Props of {@link Preview}. */
export interface PreviewProps {
  evaluation: Evaluation;
  collection: Collection | null;
  lang: Lang;
  theme: "light" | "dark";
}

/** Step 4's contents: the report with its position section. */
export function Preview({ evaluation, collection, lang, theme }: PreviewProps) {
  const m = studioMessages[lang];
  const position = collection
    ? [
        {
          id: "position",
          title: m.positionHeading,
          after: "summary" as const,
          content: (
            <>
              <p className="kk-studio__note">{m.positionNote(collection.evaluations.length, collection.title ?? "")}</p>
              <PositionStrip
                evaluation={evaluation}
                evaluations={placedAmong(collection, evaluation)}
                lang={lang}
                theme={theme}
              />
            </>
          ),
        },
      ]
    : [];
  return (
    <EvaluationReport
      evaluation={evaluation}
      lang={lang}
      theme={theme}
      headingLevel={3}
      idPrefix="kk-preview-"
      extraSections={position}
    />
  );
}
