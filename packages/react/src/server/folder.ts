import { compareSwedish, type Evaluation } from "@kommunkompassen/core";

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

/**
 * A municipality's name as compared when there are no codes: Unicode NFC, white space collapsed,
 * trimmed, in lower case. Nothing else is dropped (accents and non-Latin letters stay).
 */
export function normalisedName(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("sv");
}

/** A municipality's identity in a folder: its code when it has one, otherwise its normalised name. */
export function municipalityKey(evaluation: Evaluation): string {
  const code = evaluation.municipality.code?.trim();
  return code ? `code:${code}` : `name:${normalisedName(evaluation.municipality.name)}`;
}

/** The slug a municipality's page names start with: of its code, or of its name. */
function baseSlug(evaluation: Evaluation): string {
  return slugify(evaluation.municipality.code?.trim() || evaluation.municipality.name);
}

/**
 * The page name of an evaluation on its own: `<municipality code or slug of its name>-<year>.html`
 * (`2084-2014.html`). In a folder, {@link planFolder} makes slugs that collide unique.
 */
export function pageFileName(evaluation: Evaluation): string {
  return `${baseSlug(evaluation)}-${evaluation.year}.html`;
}

/**
 * Whether two evaluations are of the same municipality: by municipality code when both have one,
 * otherwise by the exact normalised name (NFC, white space collapsed, lower case); never by a lossy slug.
 */
export function sameMunicipality(a: Evaluation, b: Evaluation): boolean {
  const codeA = a.municipality.code?.trim();
  const codeB = b.municipality.code?.trim();
  if (codeA && codeB) return codeA === codeB;
  return normalisedName(a.municipality.name) === normalisedName(b.municipality.name);
}

/** A short, stable hash of a text (FNV-1a, 32 bits, 8 hex digits): the same in every runtime. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Groups keys by the slug given to them. */
function bySlug(slugs: ReadonlyMap<string, string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [key, slug] of slugs) groups.set(slug, [...(groups.get(slug) ?? []), key]);
  return groups;
}

/**
 * The slug of every municipality of a folder, unique to it: when different municipalities share a
 * slug (`kommun` for names without Latin letters, `ale` for Ale and Åle), each gets a hash of its
 * identity added, and should two still meet, a number in the order of their identities. The same
 * folder always gives the same names, whatever the order of its files.
 */
function uniqueSlugs(entries: readonly FolderEntry[]): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const { evaluation } of entries) slugs.set(municipalityKey(evaluation), baseSlug(evaluation));
  for (const [slug, keys] of bySlug(slugs)) {
    if (keys.length > 1) for (const key of keys) slugs.set(key, `${slug}-${shortHash(key)}`);
  }
  for (const [slug, keys] of bySlug(slugs)) {
    if (keys.length > 1) [...keys].sort().forEach((key, i) => slugs.set(key, i === 0 ? slug : `${slug}-${i + 1}`));
  }
  return slugs;
}

/** The latest earlier evaluation of the same municipality, if any. */
function previousOf(entry: FolderEntry, entries: readonly FolderEntry[]): FolderEntry | undefined {
  let previous: FolderEntry | undefined;
  for (const other of entries) {
    if (other === entry || other.evaluation.year >= entry.evaluation.year) continue;
    if (!sameMunicipality(other.evaluation, entry.evaluation)) continue;
    if (!previous || other.evaluation.year > previous.evaluation.year) previous = other;
  }
  return previous;
}

/**
 * Plans folder mode: a page name for every evaluation, unique to its municipality and year, and
 * its previous evaluation (same municipality, the latest earlier year). Two evaluations of the
 * same municipality and year are reported as conflicts instead.
 */
export function planFolder(entries: readonly FolderEntry[]): { pages: FolderPage[]; conflicts: string[] } {
  const slugs = uniqueSlugs(entries);
  const nameOf = (e: Evaluation) => `${slugs.get(municipalityKey(e))!}-${e.year}.html`;
  const byName = new Map<string, FolderEntry[]>();
  for (const entry of entries) {
    const name = nameOf(entry.evaluation);
    byName.set(name, [...(byName.get(name) ?? []), entry]);
  }
  const conflicts = [...byName]
    .filter(([, list]) => list.length > 1)
    .map(
      ([name, list]) =>
        `${list.map((e) => e.file).join(", ")}: error: ${list[0]!.evaluation.municipality.name} ${list[0]!.evaluation.year} is in ${list.length} files; each evaluation must be in one file (they would all be written to ${name})`,
    );
  const pages = entries.map((entry): FolderPage => {
    const previous = previousOf(entry, entries);
    return { ...entry, name: nameOf(entry.evaluation), ...(previous ? { previous } : {}) };
  });
  pages.sort(
    (a, b) =>
      compareSwedish(a.evaluation.municipality.name, b.evaluation.municipality.name) ||
      a.evaluation.year - b.evaluation.year ||
      a.name.localeCompare(b.name),
  );
  return { pages, conflicts };
}
