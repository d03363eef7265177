import type { Evaluation } from "@kommunkompassen/core";

/** One evaluation of a folder, with the file it came from. */
export interface FolderEntry {
  /** The input file. */
  file: string;
  /** The (valid) evaluation read from it. */
  evaluation: Evaluation;
}

/** One page to write in folder mode. */
export interface FolderPage extends FolderEntry {
  /** The output file name, `<code-or-slug>-<year>.html`. */
  name: string;
  /** The municipality's latest earlier evaluation in the same folder, if any. */
  previous?: FolderEntry;
}

/** A URL- and file-system-safe form of a name: `Västerås stad` → `vasteras-stad`. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "kommun";
}

/** The page name of an evaluation: `<municipality code or slug of its name>-<year>.html` (`2084-2014.html`). */
export function pageFileName(evaluation: Evaluation): string {
  const code = evaluation.municipality.code?.trim();
  return `${slugify(code || evaluation.municipality.name)}-${evaluation.year}.html`;
}

/**
 * Whether two evaluations are of the same municipality: by municipality code when both have one,
 * otherwise by name (ignoring case, accents and punctuation).
 */
export function sameMunicipality(a: Evaluation, b: Evaluation): boolean {
  const codeA = a.municipality.code?.trim();
  const codeB = b.municipality.code?.trim();
  if (codeA && codeB) return codeA === codeB;
  return slugify(a.municipality.name) === slugify(b.municipality.name);
}

/**
 * Plans folder mode: a page name for every evaluation and its previous evaluation (same
 * municipality, the latest earlier year). Two evaluations that would get the same page name
 * (the same municipality and year twice) are reported as conflicts instead.
 */
export function planFolder(entries: readonly FolderEntry[]): { pages: FolderPage[]; conflicts: string[] } {
  const byName = new Map<string, FolderEntry[]>();
  for (const entry of entries) {
    const name = pageFileName(entry.evaluation);
    byName.set(name, [...(byName.get(name) ?? []), entry]);
  }
  const conflicts = [...byName]
    .filter(([, list]) => list.length > 1)
    .map(
      ([name, list]) =>
        `${list.map((e) => e.file).join(", ")}: error: ${list[0]!.evaluation.municipality.name} ${list[0]!.evaluation.year} is in ${list.length} files; each evaluation must be in one file (they would all be written to ${name})`,
    );
  const pages = entries.map((entry): FolderPage => {
    let previous: FolderEntry | undefined;
    for (const other of entries) {
      if (
        other === entry ||
        other.evaluation.year >= entry.evaluation.year ||
        !sameMunicipality(other.evaluation, entry.evaluation)
      )
        continue;
      if (!previous || other.evaluation.year > previous.evaluation.year) previous = other;
    }
    return { ...entry, name: pageFileName(entry.evaluation), ...(previous ? { previous } : {}) };
  });
  pages.sort(
    (a, b) =>
      a.evaluation.municipality.name.localeCompare(b.evaluation.municipality.name, "sv") ||
      a.evaluation.year - b.evaluation.year ||
      a.name.localeCompare(b.name),
  );
  return { pages, conflicts };
}
