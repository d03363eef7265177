/**
 * Reading the area sections of a report: "Område N <name>", the "Rubriker … Poäng N" block with
 * the headings and the score, and the closing lists (Styrkor, Förbättringsmöjligheter,
 * Svagheter). Also the table of contents, which names areas whose sections did not survive.
 */
import { knownAreaNames, nameKey } from "./framework";
import { CELL, foldName, parseNumber, squash, withoutCells } from "./text";

/** One "Område N" heading with its section. */
export interface Section {
  id: number;
  title?: string;
  start: number;
  end: number;
  /** The text after "Rubriker" up to the narrative ("Allmänt"), when there is one. */
  block?: string;
  /** Where the block starts in the text. */
  blockStart?: number;
}

/** An area named in the table of contents (or in a running header): the title only. */
export interface NamedArea {
  id: number;
  title: string;
}

const AREA_HEADING = /Område[ \t]+([1-9]\d?)(?!\d)[ \t]*[.:]?/g;
const WORD_END = "(?![\\p{L}\\d])";
const WORD_START = "(?<![\\p{L}\\d])";
const RUBRIKER = new RegExp(`${WORD_START}Rubriker${WORD_END}`, "u");
const POANG = new RegExp(`${WORD_START}Poäng${WORD_END}`, "u");
const ALLMANT = new RegExp(`${WORD_START}Allmänt${WORD_END}`, "u");

const HYPHEN_AT_LINE_END = /(\p{Ll})-[ \t]*\n\s*(\p{Ll})/gu;

/**
 * A heading with the words hyphenated at a line end joined ("ledar-\nskap" → "ledarskap"), when
 * that makes it one of the known `names`; else as it is (a line-end hyphen may be the name's own:
 * "Chefs-\noch ledarskap").
 */
function joinWrapped(text: string, names: readonly string[]): string {
  if (!text.includes("-")) return text;
  const joined = text.replace(HYPHEN_AT_LINE_END, "$1$2");
  if (joined === text) return text;
  const keys = new Set(names.map(nameKey));
  const words = squash(joined).split(" ");
  for (let k = 1; k <= Math.min(words.length, 14); k++)
    if (keys.has(nameKey(words.slice(0, k).join(" ")))) return joined;
  return text;
}

/**
 * The shortest run of whole words at the start of `text` that is one of `names` (compared with
 * {@link nameKey}: case, dashes and a name wrapped over lines do not count), in the text's own
 * spelling; the longest name wins when several match.
 */
export function matchPrefix(text: string, names: readonly string[]): string | undefined {
  const words = squash(joinWrapped(text, names)).split(" ").slice(0, 14);
  const keys = new Set(names.map(nameKey).filter((n) => n !== ""));
  let best: string | undefined;
  for (let k = 1; k <= words.length; k++) {
    const candidate = words.slice(0, k).join(" ");
    if (keys.has(nameKey(candidate))) best = candidate;
  }
  // "Kommunen som samhällsbyggare..." in a table of contents: the dots lead to the page number.
  return best?.replace(/[\s.…:]+$/, "");
}

/** Finds the area sections (headings followed by "Rubriker" or "Poäng") and the areas named elsewhere. */
export function findSections(
  text: string,
  limit: number,
): { sections: Section[]; named: NamedArea[]; duplicates: number[] } {
  const matches = [...text.slice(0, limit).matchAll(AREA_HEADING)];
  const sections: Section[] = [];
  const named: NamedArea[] = [];
  const duplicates: number[] = [];
  matches.forEach((match, index) => {
    const id = Number(match[1]);
    const after = match.index! + match[0].length;
    const next = matches[index + 1]?.index ?? limit;
    const window = text.slice(after, Math.min(next, after + 1500));
    const rubriker = RUBRIKER.exec(window);
    const poang = POANG.exec(window);
    const allmant = ALLMANT.exec(window);
    const labelAt = rubriker
      ? rubriker.index
      : poang && (!allmant || poang.index < allmant.index) && /^\s*(?::\s*)?\d/.test(window.slice(poang.index + 5))
        ? poang.index
        : -1;
    const heading = labelAt >= 0 ? squash(joinWrapped(window.slice(0, labelAt), knownAreaNames(id))) : "";
    if (labelAt >= 0 && heading.length <= 150 && !/[.!?]\s/.test(heading)) {
      if (sections.some((s) => s.id === id)) {
        duplicates.push(id);
        return;
      }
      const blockStart = after + labelAt + (rubriker ? "Rubriker".length : 0);
      const rest = text.slice(blockStart, Math.min(next, blockStart + 1500));
      const stop = [ALLMANT.exec(rest)?.index, /Styrkor/.exec(rest)?.index].filter((x): x is number => x !== undefined);
      const block = rest.slice(0, stop.length > 0 ? Math.min(...stop) : rest.length);
      sections.push({ id, ...(heading ? { title: heading } : {}), start: match.index!, end: limit, block, blockStart });
      return;
    }
    // A table-of-contents entry or a running header: a known name, or a short name before the page number.
    const known = matchPrefix(window.slice(0, 200), knownAreaNames(id));
    if (known) {
      named.push({ id, title: known });
      return;
    }
    const cut = /^[ ]*([^\t\n]{2,80}?)(?:[ ]*(?:\.{2,}|…)|\t|\n|[ ]+\d{1,3}(?:\s|$)|$)/.exec(
      withoutCells(window.slice(0, 120)).replace(/^[ \t]+/, ""),
    );
    const title = cut ? squash(cut[1]!) : "";
    if (/^\p{L}/u.test(title) && !/[.!?]/.test(title)) named.push({ id, title });
  });
  sections.sort((a, b) => a.start - b.start);
  sections.forEach((section, i) => {
    section.end = sections[i + 1]?.start ?? limit;
  });
  return { sections, named, duplicates };
}

/** The score and the headings of a "Rubriker … Poäng" block. */
export interface BlockReading {
  score?: number;
  /** Why there is no score: no number, or a number that is no possible area score (`scoreText`). */
  scoreProblem?: "no-number" | "not-possible";
  /** The number read where the score should be. */
  scoreText?: string;
  /** Where that number is in the block: `[start, end)`. */
  scoreAt?: readonly [number, number];
  headings?: string[];
  /** Why the headings are left out. */
  headingsProblem?: "empty" | "bullets" | "run-on";
}

/**
 * Reads a "Rubriker … Poäng" block in its three forms: tab-separated with a `<ul>` bullet list and
 * the score after it, "Rubriker h1 h2 … Poäng 67" and "Rubriker Poäng h1 h2 … 78". Headings run
 * together are split only when each part is one of the area's `knownHeadings`.
 */
export function readBlock(block: string, knownHeadings: readonly string[]): BlockReading {
  const reading: BlockReading = {};
  // Every edit below keeps the length, so that offsets in `rest` are offsets in the block.
  const blank = (text: string) => " ".repeat(text.length);
  let rest = withoutCells(block);
  const afterLabel = /(?<![\p{L}\d])Poäng\s*(?::\s*)?(\d{1,3}(?:[.,]\d{1,2})?)(?![\d\p{L}]|[.,]\d)/u.exec(rest);
  let scoreText: string | undefined;
  if (afterLabel) {
    scoreText = afterLabel[1]!;
    const at = afterLabel.index + afterLabel[0].length - scoreText.length;
    reading.scoreAt = [at, at + scoreText.length];
    rest = rest.slice(0, afterLabel.index) + blank(afterLabel[0]) + rest.slice(afterLabel.index + afterLabel[0].length);
  } else {
    rest = rest.replace(POANG, blank);
    const standalone = /(^|\s)(\d{1,3}(?:[.,]\d{1,2})?)(?=\s|$)/.exec(rest);
    if (standalone) {
      scoreText = standalone[2]!;
      const at = standalone.index + standalone[1]!.length;
      reading.scoreAt = [at, at + scoreText.length];
      rest = rest.slice(0, at) + blank(scoreText) + rest.slice(at + scoreText.length);
    }
  }
  rest = rest.replace(POANG, blank);
  if (scoreText !== undefined) {
    const score = parseNumber(scoreText);
    if (score !== undefined && score <= 100) reading.score = score;
    else {
      delete reading.scoreAt;
      reading.scoreProblem = "not-possible";
      reading.scoreText = scoreText;
    }
  } else reading.scoreProblem = "no-number";

  const blob = rest.trim();
  if (blob === "") {
    reading.headingsProblem = "empty";
    return reading;
  }
  if (blob.includes("•")) {
    const items = blob
      .split("•")
      .map((item) => squash(item.split(/\n[ \t]*\n/)[0]!))
      .filter((item) => item !== "");
    if (items.length > 0 && items.every((item) => item.length <= 200)) reading.headings = items;
    else reading.headingsProblem = "bullets";
    return reading;
  }
  const lines = blob
    .split("\n")
    .map(squash)
    .filter((l) => l !== "");
  if (lines.length >= 2 && lines.every((l) => l.length <= 120)) {
    reading.headings = lines;
    return reading;
  }
  const split = splitKnownHeadings(blob, knownHeadings);
  if (split) reading.headings = split;
  else reading.headingsProblem = "run-on";
  return reading;
}

/** Splits run-on headings into known headings (each keeps the text's spelling), or `null`. */
export function splitKnownHeadings(text: string, known: readonly string[]): string[] | null {
  const words = squash(text).split(" ");
  const folded = new Set(known.map(foldName));
  if (folded.size === 0) return null;
  const result: string[] = [];
  let i = 0;
  while (i < words.length) {
    let best = -1;
    for (let j = i + 1; j <= Math.min(words.length, i + 14); j++) {
      if (folded.has(foldName(words.slice(i, j).join(" ")))) best = j;
    }
    if (best < 0) return null;
    result.push(words.slice(i, best).join(" "));
    i = best;
  }
  return result.length > 0 ? result : null;
}

/** The three lists at the end of an area section. */
export interface ListsReading {
  strengths?: string[];
  improvements?: string[];
  weaknesses?: string[];
  /** Why the lists are left out: none in the section, run-on text, a table of `cells` cells, columns not told apart. */
  problem?: "none" | "run-on" | "cells" | "columns";
  /** The number of cells of a list table that does not have three. */
  cells?: number;
}

const LISTS_HEADER = /Styrkor([ \t]*)(?:\n[ \t]*)?Förbättrings(?:möjligheter|områden)([ \t]*)(?:\n[ \t]*)?Svagheter/;

function bullets(cell: string): string[] {
  return withoutCells(cell)
    .split("•")
    .map(squash)
    .filter((item) => item !== "");
}

/** Reads Styrkor / Förbättringsmöjligheter / Svagheter from an area section. */
export function readLists(section: string): ListsReading {
  const header = LISTS_HEADER.exec(section);
  if (!header) {
    return /Styrkor/.test(section) && /Förbättrings/.test(section) ? { problem: "run-on" } : { problem: "none" };
  }
  const region = section.slice(header.index + header[0].length);
  // <ul> fragments: one per cell.
  if (region.trimStart().startsWith(CELL)) {
    const paragraph = region.trimStart().split(/\n[ \t]*\n/)[0]!;
    const cells = paragraph.split(CELL).slice(1);
    if (cells.length !== 3) return { problem: "cells", cells: cells.length };
    return { strengths: bullets(cells[0]!), improvements: bullets(cells[1]!), weaknesses: bullets(cells[2]!) };
  }
  const paragraph = region.replace(/^[ \t]*\n/, "").split(/\n[ \t]*\n/)[0]!;
  // Tab-separated cells of bullets.
  if (paragraph.includes("•") && paragraph.includes("\t") && !/ {2,}/.test(header[0])) {
    const cells = paragraph.split("\t");
    if (cells.length === 3 && cells.every((c) => c.trim() === "" || c.includes("•"))) {
      return { strengths: bullets(cells[0]!), improvements: bullets(cells[1]!), weaknesses: bullets(cells[2]!) };
    }
  }
  // pdftotext -layout: three columns side by side.
  if (
    paragraph.includes("•") &&
    (header[1]!.length >= 2 || header[1]!.includes("\t")) &&
    (header[2]!.length >= 2 || header[2]!.includes("\t"))
  ) {
    const columns = readColumns(section, header.index, header[0], paragraph);
    if (columns) return columns;
    return { problem: "columns" };
  }
  return { problem: "run-on" };
}

/** Where to cut a line at a column start: at a position near it that does not split a word. */
function cutAt(line: string, start: number): number | null {
  if (start >= line.length) return line.length;
  for (const d of [0, -1, -2, -3, 1, 2, 3]) {
    const p = start + d;
    if (p <= 0) return 0;
    if (p >= line.length) return line.length;
    if (/\s/.test(line[p - 1]!)) return p;
  }
  return null;
}

function readColumns(section: string, headerIndex: number, headerText: string, paragraph: string): ListsReading | null {
  if (headerText.includes("\n") || headerText.includes("\t") || paragraph.includes("\t")) return null;
  const lineStart = section.lastIndexOf("\n", headerIndex - 1) + 1;
  const offset = headerIndex - lineStart;
  const second = offset + headerText.indexOf("Förbättrings");
  const third = offset + headerText.indexOf("Svagheter");
  const columns: string[][] = [[], [], []];
  for (const line of paragraph.split("\n")) {
    if (line.trim() === "") continue;
    const a = cutAt(line, second);
    const b = cutAt(line, third);
    if (a === null || b === null || b < a) return null;
    columns[0]!.push(line.slice(0, a));
    columns[1]!.push(line.slice(a, b));
    columns[2]!.push(line.slice(b));
  }
  const lists = columns.map((lines) => bullets(lines.join("\n")));
  return { strengths: lists[0]!, improvements: lists[1]!, weaknesses: lists[2]! };
}
