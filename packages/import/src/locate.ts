/**
 * Finding the report inside extracted text: its title, where it starts and ends (document-sharing
 * sites put a page header before it and a list of unrelated documents after it), and removing the
 * page headers and footers that PDF extraction leaves in the middle of the text.
 */
import { excerpt, foldName, monthNumber, MONTHS, squash } from "./text";
import type { Findings } from "./findings";
import type { Mapped } from "./mapped";

/** One "ANALYS AV <NAME> <YEAR>" title in the text. */
export interface TitleMatch {
  /** The name as printed (often upper case), white space collapsed, a trailing month removed. */
  name: string;
  year: number;
  /** A month printed between the name and the year ("VALLENTUNA KOMMUN FEBRUARI 2017"). */
  month?: number;
  /** Where the title starts (at "KommunKompassen" when that precedes it) and where the year ends. */
  start: number;
  end: number;
  /** Where the name is printed (the month after it left out) and where the year starts. */
  nameStart: number;
  nameEnd: number;
  yearStart: number;
}

/** "ANALYS AV" (or "Analys av") with white space between; the rest of a title is read by {@link titleAt}. */
const TITLE_START = /(?:ANALYS\s+AV|[Aa]nalys\s+av)(?=\s)/g;
const SPACE = /\s/;
const NOT_IN_NAME = /[\d\t<>]/;

/** Skips white space from `i`; returns where it ends. */
function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

/**
 * Reads `\s+ NAME \s+ YEAR` after "ANALYS AV" (NAME 2–80 characters, no digit, tab or angle
 * bracket; YEAR 19xx or 20xx not followed by a digit) by one forward scan: the regular expression
 * it replaces backtracked over long white space (issue 12 #1).
 */
function titleAt(text: string, from: number): TitleRead | undefined {
  const nameStart = skipSpace(text, from);
  if (nameStart === from) return undefined;
  let i = nameStart;
  while (i < text.length && i < nameStart + 80 && !NOT_IN_NAME.test(text[i]!)) i++;
  const yearStart = skipSpace(text, i);
  let nameEnd = yearStart;
  while (nameEnd > nameStart && SPACE.test(text[nameEnd - 1]!)) nameEnd--;
  if (nameEnd === yearStart || nameEnd - nameStart < 2) return undefined;
  const year = /^(?:19|20)\d{2}(?!\d)/.exec(text.slice(yearStart, yearStart + 5));
  if (!year) return undefined;
  return { name: text.slice(nameStart, nameEnd), year: Number(year[0]), end: yearStart + 4, nameStart, yearStart };
}

/** A title's name and year as read, with where they are. */
interface TitleRead {
  name: string;
  year: number;
  end: number;
  nameStart: number;
  yearStart: number;
}

/** Every plausible report title in the text, in order, in any of its word orders (see {@link asTitle} and {@link yearFirst}). */
export function findTitles(text: string): TitleMatch[] {
  const titles: TitleMatch[] = [];
  TITLE_START.lastIndex = 0;
  for (let match = TITLE_START.exec(text); match; match = TITLE_START.exec(text)) {
    const after = match.index + match[0].length;
    const read = titleAt(text, after);
    const title = read ? asTitle(text, match.index, match[0], read) : undefined;
    const found = title ?? yearFirst(text, match.index, after);
    if (!found) {
      TITLE_START.lastIndex = match.index + 1;
      continue;
    }
    TITLE_START.lastIndex = found.end;
    titles.push(found);
  }
  return titles;
}

const isModelWord = (word: string) => /^kommunkompassen$/i.test(word);
const isDash = (word: string) => /^[-–—]$/.test(word);

/** The end of the `count`-th word of `text` (words as `squash` splits them). */
function wordEnd(text: string, count: number): number {
  let seen = 0;
  for (const match of text.matchAll(/\S+/g)) if (++seen === count) return match.index + match[0].length;
  return text.length;
}

/** A name read for a title: at most 6 words of letters, no punctuation but dashes. */
function plausibleName(name: string, words: readonly string[]): boolean {
  return (
    name.length >= 2 &&
    name.length <= 60 &&
    words.length <= 6 &&
    /\p{L}/u.test(name) &&
    !/[.,:;!?()[\]{}"|/\\]/.test(name)
  );
}

/**
 * A title read at `index` ("ANALYS AV <NAME> [<MONTH>] <YEAR>", or with the model's name after the
 * name: "ANALYS AV <NAME> KommunKompassen [<MONTH>] <YEAR>"), or `undefined` when it is no title
 * (running text, a sentence, too long a name).
 */
function asTitle(text: string, index: number, keyword: string, read: TitleRead): TitleMatch | undefined {
  let words = squash(read.name).split(" ");
  let month: number | undefined;
  let modelAfter = false;
  // Trailing words that are not the name: a month, "KommunKompassen", a dash, in any order.
  for (let last = words[words.length - 1]; words.length > 1 && last !== undefined; last = words[words.length - 1]) {
    if (monthNumber(last) !== undefined && month === undefined) month = monthNumber(last);
    else if (isModelWord(last)) modelAfter = true;
    else if (!isDash(last)) break;
    words = words.slice(0, -1);
  }
  const name = words.join(" ");
  if (!plausibleName(name, words)) return undefined;
  let start = index;
  const before = text.slice(Math.max(0, start - 40), start);
  const prefix = /KommunKompassen\s*$/i.exec(before);
  if (prefix) start -= before.length - prefix.index;
  // "Analys av" in running text ("en analys av resultaten 2013") is no title; the cover's is upper case or names the model.
  if (!/^ANALYS\s+AV$/.test(keyword) && !prefix && !modelAfter) return undefined;
  return {
    name,
    year: read.year,
    ...(month !== undefined ? { month } : {}),
    start,
    end: read.end,
    nameStart: read.nameStart,
    nameEnd: read.nameStart + wordEnd(read.name, words.length),
    yearStart: read.yearStart,
  };
}

const YEAR_BEFORE = new RegExp(
  `KommunKompassen\\s+(?:(${MONTHS.join("|")})\\s+)?((?:19|20)\\d{2})(?:\\s*[-–—])?\\s*$`,
  "i",
);

/**
 * A title with the year first: "KommunKompassen [<MONTH>] <YEAR> [–] ANALYS AV <NAME>". The name is
 * the rest of its line up to a word ending in "kommun" or "stad" ("VÄSTERÅS STAD Ewa Luvö, …" →
 * "VÄSTERÅS STAD", "EXEMPELKOMMUN"), or the whole rest of the line when that is a short name.
 */
function yearFirst(text: string, index: number, after: number): TitleMatch | undefined {
  const before = text.slice(Math.max(0, index - 60), index);
  const lead = YEAR_BEFORE.exec(before);
  if (!lead) return undefined;
  const nameStart = skipSpace(text, after);
  if (nameStart === after) return undefined;
  const newline = text.indexOf("\n", nameStart);
  const line = text.slice(nameStart, Math.min(newline < 0 ? text.length : newline, nameStart + 80));
  // Up to the last of the first five words that ends in "kommun" or "stad" ("EXEMPELSTAD KOMMUN"), else a short line.
  const words: { word: string; end: number }[] = [];
  for (const match of line.matchAll(/\S+/g)) {
    if (words.length === 5 || /[\d<>]/.test(match[0])) break;
    words.push({ word: match[0], end: match.index + match[0].length });
  }
  let count = 0;
  words.forEach(({ word }, i) => {
    if (/\p{L}*(?:kommun|stad)$/iu.test(word)) count = i + 1;
  });
  if (count === 0 && (words.length === 0 || words[words.length - 1]!.end !== line.trimEnd().length)) return undefined;
  if (count === 0) count = words.length;
  const kept = words.slice(0, count).map((w) => w.word);
  const name = kept.join(" ");
  if (!plausibleName(name, kept)) return undefined;
  const nameEnd = nameStart + words[count - 1]!.end;
  const start = index - before.length + lead.index;
  const yearStart = start + lead[0].indexOf(lead[2]!, "KommunKompassen".length);
  let month = lead[1] ? monthNumber(lead[1]) : undefined;
  // A month after the name ("… KOMMUN SEPTEMBER") is the title's too.
  const next = words[count];
  let end = nameEnd;
  if (next && monthNumber(next.word) !== undefined) {
    month ??= monthNumber(next.word);
    end = nameStart + next.end;
  }
  return { name, year: Number(lead[2]), ...(month ? { month } : {}), start, end, nameStart, nameEnd, yearStart };
}

/** The part of the text that is the report, and the titles found. */
export interface Located {
  /** The report's own title (the first one), if any. */
  title?: TitleMatch;
  /** Further occurrences of the same title inside the report (page headers, the transcript's first page). */
  ownTitles: TitleMatch[];
  start: number;
  end: number;
}

// "[ \t]*(?::[ \t]*)?$", not "[ \t]*:?[ \t]*$": two runs of blanks side by side backtrack quadratically.
const TRANSCRIPT = /^[ \t]*(?:Transkript|Transcript|Transkription)[ \t]*(?::[ \t]*)?$/im;
const END_MARKERS =
  /^[ \t]*(?:Relaterade dokument|Liknande dokument|Relaterad[ \t]+läsning|Related documents|Similar documents|You might also like|Du kanske också gillar|Mer från samma|More from this)\b.*$/im;

function lineStart(text: string, index: number): number {
  return text.lastIndexOf("\n", index - 1) + 1;
}

function lineEnd(text: string, index: number): number {
  const end = text.indexOf("\n", index);
  return end < 0 ? text.length : end;
}

function countLines(text: string): number {
  return text.split("\n").filter((l) => l.trim() !== "").length;
}

/**
 * Finds where the report is. A document-sharing site's header ends at a "Transkript" line, after
 * which the site prints one numbered line per page ("1 KommunKompassen …", "2 Sveriges …"); what
 * follows the last page, another report's title ("ANALYS AV TÄBY KOMMUN 2014") or a "Related
 * documents" line is not the report. Everything left out is reported as `ignored`.
 */
export function locateReport(text: string, findings: Findings): Located {
  const titles = findTitles(text);
  let start = 0;
  let end = text.length;

  const transcript = TRANSCRIPT.exec(text);
  if (transcript && (titles[0] === undefined || transcript.index < text.length / 2)) {
    start = transcript.index + transcript[0].length;
    const dropped = text.slice(0, transcript.index);
    if (dropped.trim() !== "") {
      findings.add("site-header-ignored", "ignored", "", {
        lines: countLines(dropped),
        marker: transcript[0].trim(),
      });
    }
    // The site's transcript: one line per page, numbered 1, 2, 3, … from the first line on, with
    // nothing between them. (A report's own numbered headings never start right after the marker.)
    const lines = transcriptPages(text, start);
    const lastPage = lines[lines.length - 1];
    if (lines.length >= 3 && lastPage && lastPage.end < text.length) {
      const rest = text.slice(lastPage.end);
      if (rest.trim() !== "") {
        end = lastPage.end;
        findings.add("site-list-after-transcript", "ignored", "", {
          lines: countLines(rest),
          lastPage: lastPage.number,
          first: excerpt(rest, 70),
        });
      }
    }
  }

  const chosen = chooseTitle(text, titles, start, end);
  const title = chosen?.title;
  if (chosen?.listBefore) {
    // Other reports' titles before ours (a related list, search results): the report starts at its own title.
    const from = cutBefore(text, chosen.title, start);
    findings.add("site-list-before-report", "ignored", "", {
      lines: countLines(text.slice(start, from)),
      first: excerpt(text.slice(chosen.listBefore.start, chosen.listBefore.end), 70),
    });
    start = from;
  }

  // Another report's title after ours: the start of unrelated material.
  const ownTitles: TitleMatch[] = [];
  if (title) {
    for (const other of titles) {
      if (other.start >= end) break;
      const same = foldName(other.name) === foldName(title.name) && other.year === title.year;
      if (same) {
        ownTitles.push(other);
        continue;
      }
      if (other.start <= start) continue;
      const cut = cutBefore(text, other, start);
      findings.add("other-report-ignored", "ignored", "", {
        title: excerpt(text.slice(other.start, other.end), 70),
        lines: countLines(text.slice(cut, end)),
      });
      end = cut;
      break;
    }
  }

  const marker = END_MARKERS.exec(text.slice(start, end));
  if (marker) {
    const at = start + marker.index;
    findings.add("site-list-ignored", "ignored", "", {
      marker: excerpt(marker[0], 40),
      lines: countLines(text.slice(at, end)),
    });
    end = at;
  }
  return { ...(title ? { title } : {}), ownTitles, start, end };
}

/** How many lines between two numbered page lines of a transcript may be something else (a footer, a site's line). */
const MAX_LINES_BETWEEN_PAGES = 3;

/**
 * The numbered page lines of a site's transcript ("1 KommunKompassen …", "2 Sveriges …"), from
 * `start` on: 1, 2, 3, … with nothing but blank lines, page headers or footers, or at most
 * {@link MAX_LINES_BETWEEN_PAGES} other lines between two of them.
 */
function transcriptPages(text: string, start: number): { number: number; end: number }[] {
  const lines: { number: number; end: number }[] = [];
  let offset = start;
  let expected = 1;
  let between = 0;
  for (const line of text.slice(start).split("\n")) {
    const lineEndOffset = offset + line.length;
    offset = lineEndOffset + 1;
    if (line.trim() === "" || isFurnitureLine(line)) continue;
    const numbered = /^[ \t]*(\d{1,3})[ \t]/.exec(line);
    if (numbered && Number(numbered[1]) === expected) {
      lines.push({ number: expected, end: lineEndOffset });
      expected++;
      between = 0;
      continue;
    }
    // Before the first page, or too much between two pages: the transcript has ended.
    if (lines.length === 0 || ++between > MAX_LINES_BETWEEN_PAGES) break;
  }
  return lines;
}

/** A line that is nothing but a page header or footer. */
function isFurnitureLine(line: string): boolean {
  return FURNITURE.some((pattern) => {
    pattern.lastIndex = 0;
    const match = pattern.exec(line);
    pattern.lastIndex = 0;
    return (
      match !== null &&
      line.slice(0, match.index).trim() === "" &&
      line.slice(match.index + match[0].length).trim() === ""
    );
  });
}

/** Where to cut before a title: at its line's start when little precedes it on the line, else at the title. */
function cutBefore(text: string, title: TitleMatch, floor: number): number {
  const from = lineStart(text, title.start);
  return from > floor && text.slice(from, title.start).trim().length < 30 ? from : Math.max(floor, title.start);
}

const titleKey = (t: TitleMatch) => `${foldName(t.name)} ${t.year}`;

/** How many distinct titles are weighed against each other (hostile input may have thousands). */
const MAX_TITLE_GROUPS = 50;

/** "avesta" of "AVESTA KOMMUN", "västerås" of "Västerås stad": the words a report's text names its municipality by. */
function nameCore(name: string): string {
  const words = foldName(name).split(" ");
  const core = words.filter((w, i) => i === 0 || !/^(?:kommun|stad|kommuns|stads|region)$/.test(w));
  return core.join(" ");
}

/**
 * The report's own title among the titles in `[start, end)` (all of them, when none is there):
 * the title whose municipality the text names most often (a report names its own dozens of times,
 * a related list names others once or twice), then the one followed by the most text before
 * another report's title. `listBefore`: another report's title before it, when the report does not
 * start with its own title.
 */
function chooseTitle(
  text: string,
  titles: readonly TitleMatch[],
  start: number,
  end: number,
): { title: TitleMatch; listBefore?: TitleMatch } | undefined {
  const inside = titles.filter((t) => t.start >= start && t.start < end);
  const pool = inside.length > 0 ? inside : titles;
  if (pool.length === 0) return undefined;
  const keys = pool.map(titleKey);
  const distinct = [...new Set(keys)].slice(0, MAX_TITLE_GROUPS);
  if (distinct.length === 1) return { title: pool[0]! };
  // Each occurrence's segment: the text up to the next title of another report.
  const segments = pool.map((t, i) => {
    const next = keys.findIndex((k, j) => j > i && k !== keys[i]);
    return (next < 0 ? end : pool[next]!.start) - t.start;
  });
  const folded = ` ${foldName(text.slice(start, end))} `;
  const mentions = (core: string) => {
    let count = 0;
    for (let i = folded.indexOf(` ${core}`); i >= 0; i = folded.indexOf(` ${core}`, i + core.length + 1)) count++;
    return count;
  };
  const weigh = (key: string) => {
    const indices = keys.flatMap((k, i) => (k === key ? [i] : []));
    return {
      mentions: mentions(nameCore(pool[indices[0]!]!.name)),
      text: indices.reduce((sum, i) => sum + segments[i]!, 0),
      anchor: indices.reduce((best, i) => (segments[i]! > segments[best]! ? i : best), indices[0]!),
      first: indices[0]!,
    };
  };
  const weights = distinct.map((key) => ({ key, ...weigh(key) }));
  const best = weights.reduce((a, b) =>
    b.mentions > a.mentions || (b.mentions === a.mentions && b.text > a.text) ? b : a,
  );
  const other = pool.findIndex((t, i) => i < best.anchor && keys[i] !== best.key && t.start >= start);
  if (other < 0) return { title: pool[best.first]! };
  return { title: pool[best.anchor]!, listBefore: pool[other]! };
}

/** Page headers and footers: "Sveriges Kommuner och Landsting 2015-04-29 6 (31)", "2 Sveriges Kommuner och Landsting (30)", "Sida 3 av 31". */
const FURNITURE = [
  /(?:^[ \t]*\d{1,3}[ \t]+)?Sveriges[ \t]+Kommuner[ \t]+och[ \t]+(?:Landsting|Regioner)(?:[ \t]+(?:\d{4}-\d{2}-\d{2}|\d{6}))?(?:[ \t]+\d{1,3})?[ \t]*\(\d{1,3}\)/gm,
  /^[ \t]*Sida[ \t]+\d{1,3}(?:[ \t]+(?:av|\/)[ \t]+\d{1,3})?[ \t]*$/gim,
  /^[ \t]*\d{1,3}[ \t]*\([ \t]*\d{1,3}[ \t]*\)[ \t]*$/gm,
];

/**
 * Removes page headers and footers, returns the text, how many were removed and the publisher
 * their footers name first (SKL, "… och Landsting", until 2019; SKR, "… och Regioner", since).
 */
export function removePageFurniture(text: Mapped): { text: Mapped; removed: number; publisher?: string } {
  let removed = 0;
  let publisher: string | undefined;
  let result = text;
  FURNITURE.forEach((pattern, i) => {
    result = result.replace(pattern, (footer: string) => {
      removed++;
      if (i === 0)
        publisher ??= /Regioner/.test(footer) ? "Sveriges Kommuner och Regioner" : "Sveriges Kommuner och Landsting";
      return "\n";
    });
  });
  return { text: result, removed, ...(publisher ? { publisher } : {}) };
}

export { lineEnd, lineStart };
