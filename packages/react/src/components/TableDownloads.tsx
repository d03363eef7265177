import type { Evaluation } from "@kommunkompassen/core";
import { downloadMessages } from "@kommunkompassen/core/messages";
import type { ChartDownloads } from "./ChartDownloads";
import { areaTableGroups, comparisonGroups } from "./download-items";
import { DownloadMenu } from "./DownloadMenu";

/** Props of {@link AreaTableDownloadMenu}. */
export interface AreaTableDownloadMenuProps {
  /** On, or the links to show (as a chart's: `ChartDownloads`). */
  downloads: ChartDownloads;
  /** The evaluation shown (validated). */
  evaluation: Evaluation;
  /** The area whose table it is. */
  areaId: number;
  /** The table's caption, for the button's accessible name. */
  title: string;
  /** The language of the menu's texts and of the files' headers. */
  lang: "sv" | "en";
}

/** A sub-question table's download menu: its area's rows as CSV, and the whole evaluation (above the table). */
export function AreaTableDownloadMenu({ downloads, evaluation, areaId, title, lang }: AreaTableDownloadMenuProps) {
  if (downloads === false) return null;
  const d = downloadMessages[lang];
  return (
    <DownloadMenu
      groups={downloads === true ? areaTableGroups(evaluation, areaId, d) : downloads}
      label={d.menuFor(title)}
      messages={d}
      mode={downloads === true ? "interactive" : "static"}
    />
  );
}

/** Props of {@link ComparisonDownloadMenu}. */
export interface ComparisonDownloadMenuProps {
  /** On, or the links to show (as a chart's: `ChartDownloads`). */
  downloads: ChartDownloads;
  /** The older evaluation (validated). */
  from: Evaluation;
  /** The newer evaluation (validated). */
  to: Evaluation;
  /** The table's caption, for the button's accessible name. */
  title: string;
  /** The language of the menu's texts and of the files' headers. */
  lang: "sv" | "en";
}

/** A change table's download menu: the change as CSV, and the newer evaluation whole (above the table). */
export function ComparisonDownloadMenu({ downloads, from, to, title, lang }: ComparisonDownloadMenuProps) {
  if (downloads === false) return null;
  const d = downloadMessages[lang];
  return (
    <DownloadMenu
      groups={downloads === true ? comparisonGroups(from, to, d) : downloads}
      label={d.menuFor(title)}
      messages={d}
      mode={downloads === true ? "interactive" : "static"}
    />
  );
}
