import type { Evaluation } from "@kommunkompassen/core";
import { downloadMessages, type DownloadMessages } from "@kommunkompassen/core/messages";
import type { ChartDownloads } from "./ChartDownloads";
import { areaTableGroups, comparisonGroups } from "./download-items";
import { DownloadMenu, type DownloadGroup } from "./DownloadMenu";

/** What a table's menu shows: on (`true`: its files built in the browser), off, or groups of links of one's own. */
interface TableMenuProps {
  /** On, or the links to show (as a chart's: `ChartDownloads`). */
  downloads: ChartDownloads;
  /** The table's caption, for the button's accessible name. */
  title: string;
  /** The language of the menu's texts and of the files' headers. */
  lang: "sv" | "en";
}

/** A table's menu: nothing when off, else the groups `on` builds or the links given. */
function TableMenu({ downloads, title, lang, on }: TableMenuProps & { on: (d: DownloadMessages) => DownloadGroup[] }) {
  if (downloads === false) return null;
  const d = downloadMessages[lang];
  return (
    <DownloadMenu
      groups={downloads === true ? on(d) : downloads}
      label={d.menuFor(title)}
      messages={d}
      mode={downloads === true ? "interactive" : "static"}
    />
  );
}

/** Props of {@link AreaTableDownloadMenu}. */
export interface AreaTableDownloadMenuProps extends TableMenuProps {
  /** The evaluation shown (validated). */
  evaluation: Evaluation;
  /** The area whose table it is. */
  areaId: number;
}

/** A sub-question table's download menu: its area's rows as CSV, and the whole evaluation (above the table). */
export function AreaTableDownloadMenu({ evaluation, areaId, ...menu }: AreaTableDownloadMenuProps) {
  return <TableMenu {...menu} on={(d) => areaTableGroups(evaluation, areaId, d)} />;
}

/** Props of {@link ComparisonDownloadMenu}. */
export interface ComparisonDownloadMenuProps extends TableMenuProps {
  /** The older evaluation (validated). */
  from: Evaluation;
  /** The newer evaluation (validated). */
  to: Evaluation;
}

/** A change table's download menu: the change as CSV, and the newer evaluation whole (above the table). */
export function ComparisonDownloadMenu({ from, to, ...menu }: ComparisonDownloadMenuProps) {
  return <TableMenu {...menu} on={(d) => comparisonGroups(from, to, d)} />;
}
