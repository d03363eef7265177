/**
 * Finding the report inside extracted text: its title, where it starts and ends (document-sharing
 * sites put a page header before it and a list of unrelated documents after it), and removing the
 * page headers and footers that PDF extraction leaves in the middle of the text.
 */
import { excerpt, foldName, monthNumber, squash } from "./text";
import type { Finding } from "./types";

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
}

const TITLE = /(ANALYS\s+AV|[Aa]nalys\s+av)\s+([^\d\t<>]{2,80}?)\s+((?:19|20)\d{2})(?!\d)/g;

/** Every plausible report title in the text, in order. */
export function findTitles(text: string): TitleMatch[] {
  const titles: TitleMatch[] = [];
  for (const match of text.matchAll(TITLE)) {
    let words = squash(match[2]!).split(" ");
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
      continue;
    let start = match.index!;
    const before = text.slice(Math.max(0, start - 40), start);
    const prefix = /KommunKompassen[\s]*$/i.exec(before);
    if (prefix) start -= before.length - prefix.index;
    // "Analys av" in running text ("en analys av resultaten 2013") is no title; the cover's is upper case or follows "KommunKompassen".
    if (!/^ANALYS\s+AV$/.test(match[1]!) && !prefix) continue;
    titles.push({
      name,
      year: Number(match[3]),
      ...(month !== undefined ? { month } : {}),
      start,
      end: match.index! + match[0].length,
    });
  }
  return titles;
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

const TRANSCRIPT = /^[ \t]*(?:Transkript|Transcript|Transkription)[ \t]*:?[ \t]*$/im;
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
export function locateReport(text: string, findings: Finding[]): Located {
  const titles = findTitles(text);
  const title = titles[0];
  let start = 0;
  let end = text.length;

  const transcript = TRANSCRIPT.exec(text);
  if (transcript && (title === undefined || transcript.index < text.length / 2)) {
    start = transcript.index + transcript[0].length;
    const dropped = text.slice(0, transcript.index);
    if (dropped.trim() !== "") {
      findings.push({
        kind: "ignored",
        path: "",
        message: `${countLines(dropped)} line(s) before "${transcript[0].trim()}" are a document-sharing site's page header, not the report`,
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
        findings.push({
          kind: "ignored",
          path: "",
          message: `${countLines(rest)} line(s) after the transcript's last page (${lastPage.number}) are the site's list of other documents, not the report (first: "${excerpt(rest, 70)}")`,
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
      findings.push({
        kind: "ignored",
        path: "",
        message: `the text from another report's title ("${excerpt(text.slice(other.start, other.end), 70)}") on is not this report (${countLines(text.slice(cut, end))} line(s))`,
      });
      end = cut;
      break;
    }
  }

  const marker = END_MARKERS.exec(text.slice(start, end));
  if (marker) {
    const at = start + marker.index;
    findings.push({
      kind: "ignored",
      path: "",
      message: `the text from "${excerpt(marker[0], 40)}" on is a site's list of other documents, not the report (${countLines(text.slice(at, end))} line(s))`,
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

/** Removes page headers and footers, returns the text and how many were removed. */
export function removePageFurniture(text: string): { text: string; removed: number; publisherSeen: boolean } {
  let removed = 0;
  let publisherSeen = false;
  let result = text;
  FURNITURE.forEach((pattern, i) => {
    result = result.replace(pattern, () => {
      removed++;
      if (i === 0) publisherSeen = true;
      return "\n";
    });
  });
  return { text: result, removed, publisherSeen };
}

export { lineEnd, lineStart };
