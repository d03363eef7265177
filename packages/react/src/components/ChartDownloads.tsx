import { downloadMessages, type DownloadMessages } from "@kommunkompassen/core/messages";
import { chartGroups, type ChartDownloadData } from "./download-items";
import { DownloadMenu, type DownloadGroup } from "./DownloadMenu";

export { chartSeriesWithSources } from "./download-items";

/**
 * A chart's download menu: off (`false`, the default of the components), on (`true`: every file
 * built in the browser from the chart on the page), or groups of links made beforehand (for a page
 * without scripts, such as `renderReportDocument`'s: plain links, `data:` URLs or files).
 */
export type ChartDownloads = boolean | readonly DownloadGroup[];

export type { ChartDownloadData } from "./download-items";

/** Props of {@link ChartDownloadMenu}. */
export interface ChartDownloadMenuProps {
  /** On, or the links to show. */
  downloads: ChartDownloads;
  /** The data of the chart's data files, if it has any. */
  data: ChartDownloadData | undefined;
  /** The chart's title, for the button's accessible name. */
  title: string;
  /** The chart's class (`kk-radar` gets the sharing card). */
  chartClass: string;
  /** The language of the menu's texts and of the files' headers. */
  lang: "sv" | "en";
}

/** Props of {@link OwnDownloadMenu}. */
export interface OwnDownloadMenuProps {
  /** On, or the links to show. */
  downloads: ChartDownloads;
  /** The chart's or table's title, for the button's accessible name. */
  title: string;
  /** The language of the menu's texts and of the files' headers. */
  lang: "sv" | "en";
  /** The groups of files a menu that is on (`true`) builds in the browser. */
  on: (d: DownloadMessages) => DownloadGroup[];
}

/** A component's own download menu (a chart's or a table's): nothing when off, else the groups `on` builds, or the links given. */
export function OwnDownloadMenu({ downloads, title, lang, on }: OwnDownloadMenuProps) {
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

/** The download menu beside a chart (in `ChartFigure`, under its caption). */
export function ChartDownloadMenu({ downloads, data, title, chartClass, lang }: ChartDownloadMenuProps) {
  return (
    <OwnDownloadMenu
      downloads={downloads}
      title={title}
      lang={lang}
      on={(d) => chartGroups(data, chartClass === "kk-radar", d)}
    />
  );
}
