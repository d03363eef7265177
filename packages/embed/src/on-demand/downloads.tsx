/**
 * The download menu of `<kommunkompass-profil>` (on by default; `downloads="off"` turns it off),
 * built into kommunkompass-downloads.js: the element's script draws only the menu's button, and
 * imports this module when the button is first pressed. The files are those of the components'
 * menus (react's components/download-items.ts), made in the browser from the view on the page: the
 * chart's data as CSV (Swedish Excel and plain), its SVG and PNG (1×, 2×), the radar's sharing card,
 * and the whole evaluation as CSV and JSON.
 */
import { render as draw } from "preact";
import { downloadMessages } from "@kommunkompassen/core/messages";
import {
  chartData,
  chartGroups,
  DownloadMenu,
  reportGroups,
  resolveMessages,
  type DownloadGroup,
  type FigureLocator,
} from "@kommunkompassen/react/internal";
import type { ViewModule } from "../on-demand";
import type { ProfileProps } from "../views/profile";
import type { View } from "../attributes";

/** What the menu is made from: the view's props, which view it is, and whether to start open. */
export interface DownloadsProps extends Omit<ProfileProps, "idPrefix"> {
  view: Exclude<View, "position" | "overview">;
  /** Show the list at once (the reader pressed the element's button to load this module). */
  open: boolean;
}

/** The view's figure of a chart (the menu's box is the view's sibling, after it). */
const chart =
  (selector: string): FigureLocator =>
  (menu) =>
    menu.closest(".kk-embed-downloads")?.previousElementSibling?.querySelector(`figure${selector}`) ?? null;

/** The items for a view: a chart's own and the whole evaluation's, or the evaluation's with the radar's card. */
function groups(props: DownloadsProps): readonly DownloadGroup[] {
  const d = downloadMessages[props.lang];
  if (props.view === "radar" || props.view === "bars") {
    const m = resolveMessages(props.lang);
    const data = chartData(props.evaluation, props.previous, [], true, m, props.frameworks);
    const series = data.series.map((s) => s.series);
    const radar = props.view === "radar";
    return chartGroups({ evaluation: props.evaluation, series }, radar, d, chart(radar ? ".kk-radar" : ".kk-bars"));
  }
  const withRadar = props.view === "report" || props.view === "summary";
  return reportGroups(props.evaluation, d, withRadar ? chart(".kk-radar") : null);
}

function Menu(props: DownloadsProps) {
  const d = downloadMessages[props.lang];
  const { name } = props.evaluation.municipality;
  return (
    <DownloadMenu
      groups={groups(props)}
      label={d.menuFor(`${name} ${props.evaluation.year}`)}
      messages={d}
      defaultOpen={props.open}
    />
  );
}

export const { render, unmount }: ViewModule<DownloadsProps> = {
  render: (container, props) => draw(<Menu {...props} />, container),
  unmount: (container) => draw(null, container),
};
