/**
 * Finding the report inside extracted text: its title, where it starts and ends (document-sharing
 * sites put a page header before it and a list of unrelated documents after it), and removing the
 * page headers and footers that PDF extraction leaves in the middle of the text.
 */
import { excerpt, foldName, monthNumber, squash } from "./text";
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

/** Every plausible report title in the text, in order. */
export function findTitles(text: string): TitleMatch[] {
  const titles: TitleMatch[] = [];
  TITLE_START.lastIndex = 0;
  for (let match = TITLE_START.exec(text); match; match = TITLE_START.exec(text)) {
    const read = titleAt(text, match.index + match[0].length);
    if (!read) {
      TITLE_START.lastIndex = match.index + 1;
      continue;
    }
    TITLE_START.lastIndex = read.end;
    const title = asTitle(text, match.index, match[0], read);
    if (title) titles.push(title);
  }
  return titles;
}

/** A title read at `index`, or `undefined` when it is no title (running text, a sentence, too long a name). */
function asTitle(text: string, index: number, keyword: string, read: TitleRead): TitleMatch | undefined {
  let words = squash(read.name).split(" ");
  let month: number | undefined;
  const lastWord = words[words.length - 1];
  if (words.length > 1 && lastWord !== undefined && monthNumber(lastWord) !== undefined) {
    month = monthNumber(lastWord);
    words = words.slice(0, -1);
  }
  const name = words.join(" ");
  if (
    name.length < 2 ||
    name.length > 60 ||
    words.length > 6 ||
    !/\p{L}/u.test(name) ||
    /[.,:;!?()[\]{}"|/\\]/.test(name)
  )
    return undefined;
  let start = index;
  const before = text.slice(Math.max(0, start - 40), start);
  const prefix = /KommunKompassen\s*$/i.exec(before);
  if (prefix) start -= before.length - prefix.index;
  // "Analys av" in running text ("en analys av resultaten 2013") is no title; the cover's is upper case or follows "KommunKompassen".
  if (!/^ANALYS\s+AV$/.test(keyword) && !prefix) return undefined;
  // The name's last word as printed: where the name ends (a month after it is not the name).
  const lastName = words[words.length - 1]!;
  const nameEnd = read.nameStart + read.name.lastIndexOf(lastName) + lastName.length;
  return {
    name,
    year: read.year,
    ...(month !== undefined ? { month } : {}),
    start,
    end: read.end,
    nameStart: read.nameStart,
    nameEnd,
    yearStart: read.yearStart,
  };
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
  const title = titles[0];
  let start = 0;
  let end = text.length;

  const transcript = TRANSCRIPT.exec(text);
  if (transcript && (title === undefined || transcript.index < text.length / 2)) {
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
    const lines: { number: number; end: number }[] = [];
    let offset = start;
    let expected = 1;
    for (const line of text.slice(start).split("\n")) {
      const lineEndOffset = offset + line.length;
      offset = lineEndOffset + 1;
      if (line.trim() === "") continue;
      const numbered = /^[ \t]*(\d{1,3})[ \t]/.exec(line);
      if (!numbered || Number(numbered[1]) !== expected) break;
      lines.push({ number: expected, end: lineEndOffset });
      expected++;
    }
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
      const cut =
        lineStart(text, other.start) > start && text.slice(lineStart(text, other.start), other.start).trim().length < 30
          ? lineStart(text, other.start)
          : other.start;
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
