import type { Evaluation, Lang } from "@kommunkompassen/core";
import { downloadMessages } from "@kommunkompassen/core/messages";
import type { FileKind } from "../downloads/build-files";
import { DownloadMenu, type DownloadItem } from "./DownloadMenu";

/** Props of {@link CollectionDownloadMenu}. */
export interface CollectionDownloadMenuProps {
  /** The evaluations the table shows now (filtered and sorted as shown). */
  shown: readonly Evaluation[];
  /** Every evaluation of the collection. */
  all: readonly Evaluation[];
  /** The table's caption, for the button's accessible name. */
  title: string;
  /** The language of the menu's texts and of the files' headers. */
  lang: Lang;
}

/**
 * The download menu of a table of many evaluations (`OverviewTable`): the rows shown ("this view")
 * and every evaluation, each as CSV (Swedish Excel and plain; a row per evaluation) and as a
 * collection's JSON, built in the browser when chosen.
 */
export function CollectionDownloadMenu({ shown, all, title, lang }: CollectionDownloadMenuProps) {
  const d = downloadMessages[lang];
  const items = (evaluations: readonly Evaluation[]): DownloadItem[] => {
    const name = evaluations.length < all.length ? `${evaluations.length}-of-${all.length}` : `${all.length}`;
    const file = (label: string, kind: FileKind, ext: string, suffix = ""): DownloadItem => ({
      label,
      fileName: `kommunkompassen-${name}${suffix}.${ext}`,
      make: async () => (await import("../downloads/build-files")).collectionFile(kind, evaluations, d),
    });
    return [
      file(d.csvExcel, "csv-excel", "csv"),
      file(d.csvPlain, "csv-plain", "csv", "-plain"),
      file(d.jsonCollection, "json", "json"),
    ];
  };
  const groups = [
    ...(shown.length < all.length ? [{ heading: d.thisView(shown.length, all.length), items: items(shown) }] : []),
    { heading: d.everyEvaluation(all.length), items: items(all) },
  ];
  return <DownloadMenu groups={groups} label={d.menuFor(title)} messages={d} />;
}
