/**
 * Transformations of a report's text that must not change a single imported figure (issue 15's
 * metamorphic tests): the ways the same report reaches the importer from PDF viewers, extraction
 * tools and document-sharing sites. Each takes a seeded random source, so a failing case replays.
 */
import type { Evaluation } from "@kommunkompassen/core";

/** A small seeded generator (mulberry32): the same seed gives the same transformation. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/** One line per page: runs of lines joined with spaces (the page breaks at random line boundaries). */
export function reflowPages(text: string, rand: Rand): string {
  const lines = text.split("\n");
  const pages: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const size = 5 + Math.floor(rand() * 60);
    pages.push(
      lines
        .slice(i, i + size)
        .map((l) => l.trim())
        .filter((l) => l !== "")
        .join(" "),
    );
    i += size;
  }
  return pages.filter((p) => p !== "").join("\n");
}

/** The whole text on one line. */
export function oneLine(text: string): string {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join(" ");
}

const FOOTERS = [
  (n: number, of: number) => `Sveriges Kommuner och Landsting 2015-04-29 ${n} (${of})`,
  (n: number, of: number) => `${n} Sveriges Kommuner och Landsting (${of})`,
  (n: number, of: number) => `Sveriges Kommuner och Regioner ${n} (${of})`,
  (n: number, of: number) => `Sida ${n} av ${of}`,
  (n: number, of: number) => `${n} (${of})`,
];

/**
 * Page headers and footers inserted between lines, and inside long lines after a sentence (a page
 * break in a one-line-per-page text), numbered in order.
 */
export function insertFurniture(text: string, rand: Rand, count = 12): string {
  const lines = text.split("\n");
  const of = 20 + Math.floor(rand() * 20);
  const footer = pick(rand, FOOTERS);
  const at = new Set<number>();
  for (let k = 0; k < count; k++) at.add(Math.floor(rand() * (lines.length + 1)));
  // Not inside a title printed over several lines (the cover's): no page ends there.
  lines.forEach((line, first) => {
    if (!/^\s*(?:KommunKompassen|ANALYS\s+AV)\s*$/i.test(line)) return;
    for (let i = first + 1; i < Math.min(lines.length, first + 10); i++) {
      at.delete(i);
      if (/(?:19|20)\d{2}/.test(lines[i]!)) break;
    }
  });
  let page = 1;
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (at.has(i)) out.push(footer(page++, of));
    // After a sentence ("… kommunen. "), not after a number ("5. Resultat"): where a page of running text ends.
    const from = Math.floor(rand() * line.length);
    const sentence = line.length > 400 ? line.slice(from).search(/\p{Ll}\. \p{Lu}/u) : -1;
    const cut = sentence < 0 ? -1 : from + sentence + 1;
    // Inside a line only the footers that do not start with the page number (those start a page's line).
    if (cut > 0 && rand() < 0.3 && (footer === FOOTERS[0] || footer === FOOTERS[2]))
      out.push(`${line.slice(0, cut + 1)} ${footer(page++, of)} ${line.slice(cut + 2)}`);
    else out.push(line);
  });
  if (at.has(lines.length)) out.push(footer(page, of));
  return out.join("\n");
}

const OTHERS = [
  ["TÄBY KOMMUN", 2014],
  ["ÖREBRO KOMMUN", 2016],
  ["GÄVLE KOMMUN", 2012],
  ["LIDKÖPINGS KOMMUN", 2015],
  ["NORRTÄLJE KOMMUN", 2013],
  ["HAMMARÖ KOMMUN", 2011],
] as const;

/** Another report's title, as related lists print them, with a line from it. */
function otherTitle(rand: Rand): string {
  const [name, year] = pick(rand, OTHERS);
  const lead = pick(rand, ["KommunKompassen ANALYS AV", "ANALYS AV", "KommunKompassen Analys av"]);
  const rest = pick(rand, [
    "",
    " Sveriges Kommuner och Landsting Innehåll 1 Vad är Kommunkompassen?",
    " Område 1 Offentlighet och demokrati Rubriker Poäng 72",
    ` Totalt ${400 + Math.floor(rand() * 200)} poäng`,
  ]);
  return `${lead} ${name} ${year}${rest}`;
}

/**
 * The text as a document-sharing site's page shows it: navigation, page counters and a list of
 * related documents (other reports' titles among them) before it, with or without a "Transkript:"
 * line, and another list after it.
 */
export function wrapSharing(text: string, rand: Rand): string {
  const related = Array.from({ length: 2 + Math.floor(rand() * 5) }, () => otherTitle(rand));
  const header = [
    "Dokumentbanken",
    "Logga in Registrera Ladda upp",
    "Hem > Samhälle > Kommuner",
    "Relaterade dokument",
    ...related,
    `Sida 1 / ${20 + Math.floor(rand() * 10)}`,
    "- Ladda ner PDF",
    `- Visningar: ${Math.floor(rand() * 5000)}`,
  ];
  const transcript = rand() < 0.6;
  const after = ["Liknande dokument", ...Array.from({ length: 1 + Math.floor(rand() * 4) }, () => otherTitle(rand))];
  return [...header, ...(transcript ? ["Transkript:"] : []), text, ...after, "Om oss Kontakt Villkor"].join("\n");
}

/** Blank lines added at random line boundaries. */
export function addBlankLines(text: string, rand: Rand): string {
  return text
    .split("\n")
    .map((line) => (rand() < 0.15 ? `${line}\n${rand() < 0.5 ? "" : " \t "}` : line))
    .join("\n");
}

/** Every blank line removed (paragraphs run together). */
export function removeBlankLines(text: string): string {
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .join("\n");
}

/** Tabs and spaces at the starts and ends of lines (indented, trailing white space). */
export function indent(text: string, rand: Rand): string {
  return text
    .split("\n")
    .map((line) => (rand() < 0.3 ? `${pick(rand, ["\t", "  ", " \t"])}${line}${pick(rand, ["", "\t", " "])}` : line))
    .join("\n");
}

/** Every tab made a space. */
export function tabsToSpaces(text: string): string {
  return text.replace(/\t/g, " ");
}

const TITLE = /(KommunKompassen)(\s+)(ANALYS\s+AV)(\s+)([^\d\t<>]{2,80}?)(\s+)((?:19|20)\d{2})(?!\d)/g;

/**
 * The title's words in another order: "KommunKompassen 2014 ANALYS AV AVESTA KOMMUN" (year
 * first) or "ANALYS AV AVESTA KOMMUN KommunKompassen 2014" (model name last), every occurrence.
 */
export function swapTitle(text: string, rand: Rand): string {
  const form = rand() < 0.5 ? 0 : 1;
  return text.replace(TITLE, (_, kk: string, s1: string, analys: string, s2: string, name: string, s3: string, year) =>
    form === 0 ? `${kk}${s1}${year}${s2}${analys}${s3}${name}` : `${analys}${s2}${name}${s1}${kk}${s3}${year}`,
  );
}

/** The figures an import must keep: everything numeric, and the name, year, model. */
export function figures(evaluation: Evaluation | null) {
  if (!evaluation) return null;
  return {
    name: evaluation.municipality.name,
    year: evaluation.year,
    framework: evaluation.framework,
    total: evaluation.total,
    areas: evaluation.areas.map((a) => ({
      id: a.id,
      score: a.score,
      max: a.max,
      questions: (a.questions ?? []).map((q) => [q.id, q.achieved, q.max, q.percent]),
    })),
  };
}

/** The transformations that keep every figure, by name. */
export const KEEPING = {
  reflowPages,
  insertFurniture,
  wrapSharing,
  addBlankLines,
  removeBlankLines: (text: string) => removeBlankLines(text),
  indent,
  tabsToSpaces: (text: string) => tabsToSpaces(text),
  swapTitle,
} satisfies Record<string, (text: string, rand: Rand) => string>;

export type Keeping = keyof typeof KEEPING;

/** Where a text is cut: after an area's section (before the next area's heading), or after its table in the points overview. */
export type Cut = { area: number; part: "section" | "overview" };

/**
 * The text cut after area `cut.area`'s section or table, found from the import of the whole text
 * (`evidence`: where the next area's score or first sub-question was read); `undefined` when the
 * text has no such place.
 */
export function cutAfter(
  text: string,
  evaluation: Evaluation,
  evidence: readonly { path: string; start?: number }[],
  cut: Cut,
): string | undefined {
  const next = evaluation.areas.findIndex((a) => a.id === cut.area + 1);
  if (next < 0) return undefined;
  if (cut.part === "section") {
    const score = evidence.find((e) => e.path === `/areas/${next}/score`)?.start;
    if (score === undefined) return undefined;
    const heading = text.lastIndexOf(`Område ${cut.area + 1}`, score);
    return heading < 0 ? undefined : text.slice(0, heading);
  }
  const first = evidence.find((e) => e.path === `/areas/${next}/questions/0/achieved`)?.start;
  if (first === undefined) return undefined;
  const header = text.lastIndexOf(`${cut.area + 1}.`, text.lastIndexOf("Uppnått", first));
  return header < 0 ? undefined : text.slice(0, header);
}
