/** `view="report"`, built into kommunkompass-report.js: the full report, its anchors prefixed per element. */
import { EvaluationReport } from "@kommunkompassen/react/internal";
import { common, profileView, type ProfileProps } from "../views/profile";

export const { render, unmount } = profileView((props: ProfileProps) => (
  <EvaluationReport
    evaluation={props.evaluation}
    previous={props.previous}
    headingLevel={2}
    idPrefix={props.idPrefix}
    // The element draws one download menu for its view (src/on-demand/downloads.tsx).
    downloads={false}
    {...common(props)}
  />
));
