import type { Evaluation } from "@kommunkompassen/core";
import { OwnDownloadMenu, type OwnDownloadMenuProps } from "./ChartDownloads";
import { areaTableGroups, comparisonGroups } from "./download-items";

/** What a table's menu shows: on (`true`: its files built in the browser), off, or groups of links of one's own. */
type TableMenuProps = Omit<OwnDownloadMenuProps, "on">;

/** Props of {@link AreaTableDownloadMenu}. */
export interface AreaTableDownloadMenuProps extends TableMenuProps {
  /** The evaluation shown (validated). */
  evaluation: Evaluation;
  /** The area whose table it is. */
  areaId: number;
}

/** A sub-question table's download menu: its area's rows as CSV, and the whole evaluation (above the table). */
export function AreaTableDownloadMenu({ evaluation, areaId, ...menu }: AreaTableDownloadMenuProps) {
  return <OwnDownloadMenu {...menu} on={(d) => areaTableGroups(evaluation, areaId, d)} />;
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
  return <OwnDownloadMenu {...menu} on={(d) => comparisonGroups(from, to, d)} />;
}
