/** `view="report"`, built into kommunkompass-report.js: the full report, its anchors prefixed per element. */
import { componentMessages } from "@kommunkompassen/core/messages";
import { EvaluationReport } from "@kommunkompassen/react/internal";
import { svReport } from "virtual:kk-component-messages-sv-report";
import { common, profileView, type ProfileProps } from "../views/profile";

// The report page's Swedish texts, which the element's script leaves out (build-options.mjs,
// textsOnDemand), into the catalogue this module shares with it; the English ones come with the
// English texts (kommunkompass-en.js).
Object.assign(componentMessages.sv, svReport);

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
