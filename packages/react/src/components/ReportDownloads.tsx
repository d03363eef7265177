import type { Evaluation, Lang } from "@kommunkompassen/core";
import { downloadMessages } from "@kommunkompassen/core/messages";
import { reportGroups } from "./download-items";
import { DownloadMenu, type DownloadGroup } from "./DownloadMenu";

/**
 * The download menus of a report: `true` (the default of `EvaluationReport`) builds every file in the
 * browser; `false` shows none; links made beforehand (for a page without scripts, as
 * `renderReportDocument` makes them) are shown as plain links: the report's, the bar chart's and the
 * radar's.
 */
export type ReportDownloads =
  boolean | { report?: readonly DownloadGroup[]; bars?: readonly DownloadGroup[]; radar?: readonly DownloadGroup[] };

/** Props of {@link ReportDownloadMenu}. */
export interface ReportDownloadMenuProps {
  /** The evaluation of the report (plain data: it crosses from a Server Component). */
  evaluation: Evaluation;
  /** The report's title, for the button's accessible name. */
  title: string;
  /** The language of the menu's texts and of the files' headers. */
  lang: Lang;
  /** Offer the sharing card (the report shows its radar chart). */
  card: boolean;
  /** Links made beforehand, shown as plain links instead of files built in the browser. */
  links?: readonly DownloadGroup[];
}

/** The report's radar figure, for the card. */
const radarOf = (menu: HTMLElement) => menu.closest(".kk-report")?.querySelector("figure.kk-radar") ?? null;

/**
 * The report's own download menu, under its title: the whole evaluation as CSV (Swedish Excel and
 * plain) and JSON, and the sharing card of its radar chart, each built in the browser when chosen.
 * A client component, so that a Server Component can render it with plain props.
 */
export function ReportDownloadMenu({ evaluation, title, lang, card, links }: ReportDownloadMenuProps) {
  const d = downloadMessages[lang];
  if (links) return <DownloadMenu groups={links} label={d.menuFor(title)} messages={d} mode="static" />;
  return (
    <DownloadMenu groups={reportGroups(evaluation, d, card ? radarOf : null)} label={d.menuFor(title)} messages={d} />
  );
}
