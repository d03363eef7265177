/**
 * `importReportText`: a Kommunkompassen report as plain text (pdftotext output, text copied from
 * a PDF viewer or a document-sharing site) → an evaluation and the findings. Pure, no I/O.
 */
import {
  getFramework,
  getFrameworkArea,
  kommunkompassen20,
  kommunkompassenUnstated,
  same,
  sameAreaSet,
  type Area,
  type Evaluation,
  type Framework,
  type Question,
} from "@kommunkompassen/core";
import { finish, SCHEMA_URL } from "./finish";
import { Findings, reportEncoding } from "./findings";
import { locateReport, removePageFurniture, type Located, type TitleMatch } from "./locate";
import { readOverview, type OverviewRow, type OverviewTable } from "./overview";
import {
  findSections,
  readBlock,
  readLists,
  type BlockReading,
  type ListsReading,
  type NamedArea,
  type Section,
} from "./sections";
import { checkRows, decideFramework, labelOf, namedModels, reportFramework } from "./framework";
import { KNOWN_HEADINGS_20 } from "./headings";
import { EvidenceLog, type EvidenceKey } from "./evidence";
import type { Mapped } from "./mapped";
import { readReportPage, type PageReading } from "./page";
import { decodeInput, excerpt, foldName, monthNumber, MONTHS, normalizeMapped, squash, yearMonth } from "./text";
import type { ImportOptions, ImportResult } from "./types";

const FRAMEWORK_ID = /^[a-z0-9][a-z0-9._-]*$/;

/** Title case for a name printed in capitals: "VÄSTERÅS STAD" → "Västerås Stad" (the caller prefers the text's own spelling). */
function titleCase(name: string): string {
  return name
    .toLocaleLowerCase("sv")
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toLocaleUpperCase("sv"))
    .replace(/ (Kommun|Stad|Och)(?= |$)/g, (w) => w.toLocaleLowerCase("sv"));
}

/** The municipality's name in the text's own mixed-case spelling, the most frequent one, and where it is first printed so. */
function mixedCaseName(text: string, upper: string): { name: string; start: number; end: number } | undefined {
  const words = upper.split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}])${words.join("\\s+")}(?![\\p{L}])`, "giu");
  const counts = new Map<string, { count: number; start: number; end: number }>();
  for (const match of text.matchAll(pattern)) {
    const found = squash(match[0]);
    if (found === found.toLocaleUpperCase("sv")) continue;
    const seen = counts.get(found);
    if (seen) seen.count++;
    else counts.set(found, { count: 1, start: match.index, end: match.index + match[0].length });
  }
  let best: { name: string; start: number; end: number } | undefined;
  let bestCount = 0;
  for (const [name, { count, start, end }] of counts) {
    // Prefer the usual Swedish spelling ("Västerås stad") on a tie.
    const score = count + (/ (kommun|stad)$/.test(name) ? 0.5 : 0);
    if (score > bestCount) {
      best = { name, start, end };
      bestCount = score;
    }
  }
  return best;
}

const PERSON_WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)*";
const PERSON = new RegExp(`^${PERSON_WORD}(?:\\s+(?:${PERSON_WORD}|af|von|van|de|der))*\\s+${PERSON_WORD}$`, "u");
const ORGANISATION = /^(?:\(?SKL\)?|\(?SKR\)?|Sveriges Kommuner och (?:Landsting|Regioner))$/;

/** Reads evaluator names from the line after the title: "Ewa Luvö, Karolina Dahlbom, Gunnar Gidenstam, SKL 2015-04-29". */
function readEvaluators(line: string): { names: string[]; unread: string[]; published?: string } {
  let rest = line.replace(/^\s*Utvärderare\s*:\s*/i, "");
  let published: string | undefined;
  const date = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/.exec(rest);
  if (date) {
    published = date[0];
    rest = rest.replace(date[0], " ");
  }
  rest = rest
    .replace(
      new RegExp(
        `\\b(?:\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+)?(?:${MONTHS.join("|")})\\s+(?:år\\s+)?(?:19|20)\\d{2}\\b`,
        "gi",
      ),
      " ",
    )
    .replace(/\b(?:19|20)\d{2}(?:-\d{2}(?:-\d{2})?)?\b/g, " ");
  const names: string[] = [];
  const unread: string[] = [];
  for (const part of rest.split(/,|;|\s+och\s+|\s+&\s+/)) {
    let candidate = squash(part);
    candidate = candidate.replace(/^(?:\(?(?:SKL|SKR)\)?\s+)+/, "").replace(/(?:\s+\(?(?:SKL|SKR)\)?)+$/, "");
    if (candidate === "" || ORGANISATION.test(candidate)) continue;
    if (PERSON.test(candidate) && candidate.split(" ").length <= 4) names.push(candidate);
    else unread.push(candidate);
  }
  return { names, unread, ...(published ? { published } : {}) };
}

/** The line (or the next non-empty line) after a title: where the evaluators are named. */
function lineAfter(text: string, title: TitleMatch): string {
  const after = text.slice(title.end, title.end + 400);
  const first = after.split("\n")[0]!;
  const line = first.trim() !== "" ? first : (after.split("\n").find((l) => l.trim() !== "") ?? "");
  // A one-line extraction runs on into the next page: stop at the page footer or the contents.
  return line.split(/Sveriges Kommuner och|Innehåll|Kommunkompassen är|\|/)[0]!;
}

const EVALUATED = new RegExp(
  `Utvärderingen\\s+av\\s+(.{2,80}?)\\s+genomfördes\\s+(?:i\\s+|under\\s+|den\\s+)?(?:\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+)?(${MONTHS.join("|")})(?:\\s+månad)?(?:\\s+år)?\\s+((?:19|20)\\d{2})(?!\\d)`,
  "id",
);

/** White space runs collapsed ("\n" when the run has a line break, else " "): patterns with `\s*` next to each other stay linear on it. */
function collapseSpace(text: Mapped): Mapped {
  return text.replace(/\s+/g, (run) => (run.length === 1 ? run : run.includes("\n") ? "\n" : " "));
}

const NUMBER_WORD = "\\d{1,3}(?:[.,]\\d{1,2})?";

/**
 * Statements of the total: "totalpoängen blev 404", "Totalt 404 poäng", "Avesta kommun 2014 – 404 p".
 * Run on text whose white space is collapsed: the patterns have `\s*` next to `\s*` (or next to
 * an optional word), which backtracked quadratically, and overflowed the regex stack, on long runs
 * of white space (issue 12 #1, #3).
 */
function findTotals(flat: string, name: string | undefined, year: number | undefined): Stated[] {
  const patterns = [
    new RegExp(
      `total(?:t)?poäng(?:en)?\\s?(?:är|blev|var|uppgår\\s?till|på|=|:)?\\s?(${NUMBER_WORD})(?!\\d)(?!\\s?%)`,
      "gid",
    ),
    new RegExp(`(?<![\\p{L}])(?:totalt|summa|sammanlagt)\\s?:?\\s?(${NUMBER_WORD})\\s?(?:poäng|p)(?![\\p{L}])`, "gidu"),
    new RegExp("(?<![\\d.,])(\\d{1,3})\\s+av\\s+800\\s+(?:möjliga\\s+)?poäng", "gid"),
  ];
  if (name && year) {
    const words = name.split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    patterns.push(
      new RegExp(`${words.join("\\s")}\\s${year}\\s?[–—-]\\s?(\\d{1,3})\\s?(?:p|poäng)(?![\\p{L}])`, "gidu"),
    );
  }
  const found: Stated[] = [];
  for (const pattern of patterns) {
    for (const match of flat.matchAll(pattern)) {
      const [start, end] = match.indices![1]!;
      found.push({ value: Number(match[1]!.replace(",", ".")), start, end });
    }
  }
  // Each value once, at its first place in the text.
  found.sort((a, b) => a.start - b.start);
  return found.filter((t, i) => found.findIndex((u) => u.value === t.value) === i);
}

/** A number the text states, and where (in the collapsed text). */
interface Stated {
  value: number;
  start: number;
  end: number;
}

const pointerOfArea = (areas: Area[], id: number) => `/areas/${areas.findIndex((a) => a.id === id)}`;

/** How many of the report's own titles are read for the evaluators and the date (the cover's come first). */
const MAX_TITLES_READ = 10;

/** What the report says about itself: municipality, year, date, publication date and evaluators. */
interface Metadata {
  name?: string;
  year?: number;
  date?: string;
  published?: string;
  evaluators?: string[];
}

/** The text at each stage of reading, each mapped to the source, and the evidence log. */
interface Texts {
  /** The whole text, normalised. */
  full: Mapped;
  /** The report's part of it, page furniture removed. */
  body: Mapped;
  /** The body with runs of white space collapsed. */
  flat: Mapped;
  evidence: EvidenceLog;
}

function nameFromTitle(title: TitleMatch, texts: Texts, findings: Findings): string {
  const { full, body, evidence } = texts;
  if (title.name !== title.name.toLocaleUpperCase("sv")) {
    evidence.read("name", full, title.nameStart, title.nameEnd);
    return title.name;
  }
  const inBody = mixedCaseName(body.text, title.name);
  const mixed = inBody ?? mixedCaseName(full.text, title.name);
  if (mixed) {
    evidence.read("name", inBody ? body : full, mixed.start, mixed.end);
    return mixed.name;
  }
  const written = titleCase(title.name);
  evidence.read("name", full, title.nameStart, title.nameEnd);
  findings.add("name-in-capitals", "inferred", "/municipality/name", { printed: title.name, written });
  return written;
}

/** The evaluators and the publication date from the line after the first own title that names people. */
function readEvaluatorLines(text: string, located: Located, meta: Metadata, findings: Findings): void {
  const candidates = located.ownTitles.length > 0 ? located.ownTitles : located.title ? [located.title] : [];
  for (const candidate of candidates.slice(0, MAX_TITLES_READ)) {
    const read = readEvaluators(lineAfter(text, candidate));
    meta.published ??= read.published;
    if (read.names.length === 0) continue;
    meta.evaluators = read.names;
    if (read.unread.length > 0)
      findings.add("evaluators-partly-read", "ignored", "/evaluators", {
        parts: read.unread.map((u) => `"${excerpt(u, 40)}"`).join(", "),
      });
    return;
  }
}

/** "… SKL december 2012" on a title line. */
function dateOnTitleLine(texts: Texts, located: Located): string | undefined {
  const text = texts.full.text;
  const pattern = new RegExp(`(${MONTHS.join("|")})\\s+(?:år\\s+)?((?:19|20)\\d{2})`, "i");
  for (const candidate of located.ownTitles.slice(0, MAX_TITLES_READ)) {
    const line = lineAfter(text, candidate);
    const month = pattern.exec(line);
    if (!month) continue;
    const at = text.indexOf(line, candidate.end) + month.index;
    texts.evidence.read("date", texts.full, at, at + month[0].length);
    return yearMonth(Number(month[2]), monthNumber(month[1]!)!);
  }
  return undefined;
}

/** Options given replace what the text says, and say so when they differ. */
function applyOptions(meta: Metadata, options: ImportOptions, findings: Findings): void {
  if (options.municipality !== undefined) {
    if (meta.name && foldName(meta.name) !== foldName(options.municipality))
      findings.add("option-overrides", "warning", "/municipality/name", {
        option: "municipality",
        given: `"${options.municipality}"`,
        found: `"${meta.name}"`,
        source: "text",
      });
    meta.name = options.municipality;
  }
  if (options.year !== undefined) {
    if (meta.year !== undefined && meta.year !== options.year)
      findings.add("option-overrides", "warning", "/year", {
        option: "year",
        given: options.year,
        found: meta.year,
        source: "text",
      });
    meta.year = options.year;
  }
}

function readMetadata(texts: Texts, located: Located, options: ImportOptions, findings: Findings): Metadata {
  const meta: Metadata = {};
  const { full, flat, evidence } = texts;
  const title = located.title;
  // On collapsed white space: the pattern's ".{2,80}?" between two "\s+" backtracked on long runs.
  const evaluated = EVALUATED.exec(flat.text);
  if (title) {
    meta.year = title.year;
    evidence.read("year", full, title.yearStart, title.yearStart + 4);
    meta.name = nameFromTitle(title, texts, findings);
  }
  if (evaluated) {
    const sentenceName = squash(evaluated[1]!);
    const sentenceYear = Number(evaluated[3]);
    const [nameStart, nameEnd] = evaluated.indices![1]!;
    const [monthStart] = evaluated.indices![2]!;
    const [yearStart, yearEnd] = evaluated.indices![3]!;
    if (!meta.name && sentenceName.length >= 2 && sentenceName.length <= 80 && !/[.!?]/.test(sentenceName)) {
      meta.name = sentenceName;
      evidence.read("name", flat, nameStart, nameEnd);
    }
    if (meta.year === undefined) {
      meta.year = sentenceYear;
      evidence.read("year", flat, yearStart, yearEnd);
    }
    meta.date = yearMonth(sentenceYear, monthNumber(evaluated[2]!)!);
    evidence.read("date", flat, monthStart, yearEnd);
  } else if (title?.month !== undefined) {
    meta.date = yearMonth(title.year, title.month);
    // The month and year: after the name ("… KOMMUN SEPTEMBER 2016"), or before it ("KommunKompassen SEPTEMBER 2016 ANALYS AV …").
    if (title.nameEnd <= title.yearStart) evidence.read("date", full, title.nameEnd, title.yearStart + 4);
    else evidence.read("date", full, title.start, title.yearStart + 4);
  }
  readEvaluatorLines(full.text, located, meta, findings);
  meta.date ??= dateOnTitleLine(texts, located);
  applyOptions(meta, options, findings);
  return meta;
}

/** What the body holds about the areas: sections, areas named in the contents, the overview's tables, the titles. */
interface AreaContent {
  sections: Section[];
  named: NamedArea[];
  tables: OverviewTable[];
  titles: Map<number, string>;
  /** Where the points overview starts in the body (the tables' ranges are from there). */
  overviewStart: number;
}

/** Where the points overview starts: its heading after the last area section, or its first table header. */
function findOverviewStart(body: string, lastSectionStart: number): number | undefined {
  const candidates = [...body.matchAll(/Översikt\s+av\s+poängfördelning/gi)].filter(
    (m) =>
      !/^[ \t]*(?:\.{2,}|…|\t+\s*\d|[ \t]+\d{1,3}(?:\s|$))/.test(
        body.slice(m.index! + m[0].length, m.index! + m[0].length + 12),
      ),
  );
  const start = candidates.find((m) => m.index! > lastSectionStart)?.index;
  if (start !== undefined) return start;
  // No heading: the first table header after the last section, with the area number and name before it.
  const from = Math.max(0, lastSectionStart);
  const header = /Uppnått\s+Max\s+Procent/i.exec(body.slice(from));
  return header ? Math.max(from, from + header.index - 150) : undefined;
}

function readAreaContent(body: string, findings: Findings): AreaContent {
  const firstPass = findSections(body, body.length);
  const lastSectionStart = firstPass.sections[firstPass.sections.length - 1]?.start ?? -1;
  const overviewStart = findOverviewStart(body, lastSectionStart);
  const { sections, named, duplicates } = overviewStart === undefined ? firstPass : findSections(body, overviewStart);
  for (const id of duplicates) findings.add("section-duplicate", "ignored", "", { area: id });
  let tables: OverviewTable[] = [];
  if (overviewStart !== undefined) {
    const rest = body.slice(overviewStart);
    const end = /(?:^|\n)[ \t]*5\.?[ \t]+Kortfakta|Kortfakta om/.exec(rest.slice(30));
    tables = readOverview(rest.slice(0, end ? end.index + 30 : rest.length));
  }
  const titles = new Map<number, string>();
  const tocTitles = new Map<number, string>();
  for (const area of named) if (!tocTitles.has(area.id)) tocTitles.set(area.id, area.title);
  for (const section of sections) if (section.title) titles.set(section.id, section.title);
  for (const [id, t] of tocTitles) if (!titles.has(id)) titles.set(id, t);
  for (const table of tables) if (table.title && !titles.has(table.area)) titles.set(table.area, table.title);
  return { sections, named, tables, titles, overviewStart: overviewStart ?? 0 };
}

/** The framework: as given (and said when the text looks otherwise), or decided from the text. */
function chooseFramework(
  content: AreaContent,
  flat: string,
  year: number | undefined,
  options: ImportOptions,
  findings: Findings,
): { id: string; framework: Framework | undefined } {
  const decision = decideFramework(content.titles, content.tables, flat, year);
  let id = decision.id;
  if (options.framework !== undefined) {
    id = options.framework;
    // Only a model whose area names are known can be contradicted by them.
    const named = namedModels().some((m) => m.id === id);
    if (named && decision.id !== id && decision.basis === "evidence")
      findings.add("framework-option-contradicts", "warning", "/framework", {
        ...decision.values,
        framework: id,
        label: labelOf(id),
        inferred: decision.id,
        inferredLabel: labelOf(decision.id),
      });
  } else reportFramework(decision, findings);
  return { id, framework: FRAMEWORK_ID.test(id) ? getFramework(id) : undefined };
}

/** What was read for one area. */
interface AreaReading {
  section?: Section;
  block?: BlockReading;
  lists?: ListsReading;
  table?: OverviewTable;
}

/**
 * The headings a run-on "Rubriker" list may be split against: the 2.0 headings, for a model of the
 * 2.0/2.1 area set or one with no definition; none for the other models (2020's are not known).
 */
function knownHeadings(chosen: { id: string; framework: Framework | undefined }, id: number): readonly string[] {
  const split = !chosen.framework || sameAreaSet(chosen.id, kommunkompassen20.id);
  return split ? (KNOWN_HEADINGS_20[id] ?? []) : [];
}

/** Records where an area's score, max and every sub-question number were read. */
function recordArea(id: number, reading: AreaReading, content: AreaContent, texts: Texts): void {
  const { section, block, table } = reading;
  const { body, evidence } = texts;
  const inOverview = (range: readonly [number, number]) =>
    [content.overviewStart + range[0], content.overviewStart + range[1]] as const;
  const read = (key: EvidenceKey, range: readonly [number, number]) => evidence.read(key, body, ...inOverview(range));
  if (block?.score !== undefined && block.scoreAt && section?.blockStart !== undefined)
    evidence.read(
      `area/${id}/score`,
      body,
      section.blockStart + block.scoreAt[0],
      section.blockStart + block.scoreAt[1],
    );
  else if (table?.sum?.at) read(`area/${id}/score`, table.sum.at.achieved);
  if (table?.sum?.at) read(`area/${id}/max`, table.sum.at.max);
  for (const row of table?.rows ?? []) {
    if (!row.numbers?.at) continue;
    read(`question/${row.id}/achieved`, row.numbers.at.achieved);
    read(`question/${row.id}/max`, row.numbers.at.max);
    if (row.numbers.at.percent) read(`question/${row.id}/percent`, row.numbers.at.percent);
  }
}

function readArea(
  id: number,
  texts: Texts,
  content: AreaContent,
  headings: readonly string[],
  findings: Findings,
): { area: Area; reading: AreaReading } {
  const body = texts.body.text;
  const section = content.sections.find((s) => s.id === id);
  const table = mergeTables(
    id,
    content.tables.filter((t) => t.area === id),
    findings,
  );
  const block = section?.block !== undefined ? readBlock(section.block, headings) : undefined;
  const lists = section ? readLists(body.slice(section.start, section.end)) : undefined;
  const area: Area = { id };
  const areaTitle = content.titles.get(id);
  if (areaTitle) area.title = areaTitle;
  if (block?.score !== undefined) area.score = block.score;
  else if (table?.sum) area.score = table.sum.achieved;
  if (table?.sum) area.max = table.sum.max;
  if (block?.headings) area.headings = block.headings;
  if (table && table.rows.length > 0) area.questions = table.rows.map((row) => toQuestion(row));
  if (lists?.strengths) {
    area.strengths = lists.strengths;
    area.improvements = lists.improvements ?? [];
    area.weaknesses = lists.weaknesses ?? [];
  }
  const reading: AreaReading = {
    ...(section ? { section } : {}),
    ...(block ? { block } : {}),
    ...(lists ? { lists } : {}),
    ...(table ? { table } : {}),
  };
  recordArea(id, reading, content, texts);
  return { area, reading };
}

/** The areas of the framework found in the text, in order; other area numbers are left out and said so. */
function readAreas(
  texts: Texts,
  content: AreaContent,
  chosen: { id: string; framework: Framework | undefined },
  findings: Findings,
): { areas: Area[]; readings: Map<number, AreaReading> } {
  const { sections, named, tables } = content;
  const ids = new Set<number>([...sections.map((s) => s.id), ...named.map((n) => n.id), ...tables.map((t) => t.area)]);
  const inFramework = (id: number) => !chosen.framework?.areas || chosen.framework.areas.some((a) => a.id === id);
  for (const id of ids)
    if (!inFramework(id))
      findings.add("area-not-in-framework", "ignored", "/areas", {
        area: id,
        framework: chosen.id,
        label: labelOf(chosen.id),
      });
  const areas: Area[] = [];
  const readings = new Map<number, AreaReading>();
  for (const id of [...ids].filter(inFramework).sort((a, b) => a - b)) {
    const { area, reading } = readArea(id, texts, content, knownHeadings(chosen, id), findings);
    areas.push(area);
    readings.set(id, reading);
  }
  return { areas, readings };
}

/** What is missing or doubtful in one area that has a section. */
function reportSection(
  area: Area,
  at: string,
  reading: AreaReading,
  where: { content: AreaContent; texts: Texts },
  findings: Findings,
): void {
  const { block, lists, table } = reading;
  const label = { area: area.id, title: area.title ?? null };
  if (block?.score === undefined) {
    findings.add("area-score-missing", "missing", `${at}/score`, {
      ...label,
      reason: block?.scoreProblem ?? "no-block",
      number: block?.scoreText ?? null,
      tableSum: table?.sum?.achieved ?? null,
    });
  } else if (table?.sum && !same(table.sum.achieved, block.score)) {
    // Both places, as source ranges: the heading's score is the one kept (docs/import.md).
    const { content, texts } = where;
    const heading = texts.evidence.get(`area/${area.id}/score`);
    const tableAt = table.sum.at?.achieved;
    const tableRange = tableAt
      ? texts.body.source(content.overviewStart + tableAt[0], content.overviewStart + tableAt[1])
      : undefined;
    findings.add("area-score-conflict", "warning", `${at}/score`, {
      ...label,
      heading: block.score,
      table: table.sum.achieved,
      ...(heading ? { headingStart: heading[0], headingEnd: heading[1] } : {}),
      ...(tableRange ? { tableStart: tableRange[0], tableEnd: tableRange[1] } : {}),
    });
  }
  if (!area.headings)
    findings.add("area-headings-missing", "missing", `${at}/headings`, {
      ...label,
      reason: block?.headingsProblem ?? "no-block",
    });
  if (!area.strengths)
    findings.add("area-lists-missing", "missing", `${at}/strengths`, {
      ...label,
      reason: lists?.problem ?? "none",
      cells: lists?.cells ?? null,
    });
}

/** What is missing, inferred or left out in one area's table. */
function reportTable(area: Area, at: string, table: OverviewTable | undefined, anyTable: boolean, findings: Findings) {
  const label = { area: area.id, title: area.title ?? null };
  if (table?.pairedByOrder) findings.add("area-questions-paired-by-order", "inferred", `${at}/questions`, label);
  if (table?.problem)
    findings.add("area-questions-unpaired", "missing", `${at}/questions`, { ...label, ...table.problem });
  for (const ignored of table?.ignored ?? [])
    findings.add("area-overview-text-ignored", "ignored", `${at}/questions`, () => ({
      ...label,
      text: excerpt(ignored, 70),
    }));
  if (anyTable && !table) findings.add("area-no-table", "missing", `${at}/questions`, label);
}

function reportAreas(
  areas: Area[],
  readings: Map<number, AreaReading>,
  content: AreaContent,
  framework: Framework | undefined,
  texts: Texts,
  findings: Findings,
): void {
  for (const area of areas) {
    const at = pointerOfArea(areas, area.id);
    const reading = readings.get(area.id)!;
    if (!reading.section) {
      findings.add("area-no-section", "missing", area.score === undefined ? `${at}/score` : at, {
        area: area.id,
        title: area.title ?? null,
        hasTable: reading.table !== undefined,
        scoreMissing: area.score === undefined,
      });
    } else reportSection(area, at, reading, { content, texts }, findings);
    reportTable(area, at, reading.table, content.tables.length > 0, findings);
    checkRows(area, at, framework, findings);
  }
  for (const definition of framework?.areas ?? [])
    if (!areas.some((a) => a.id === definition.id))
      findings.add("area-not-in-text", "missing", "/areas", { area: definition.id, name: definition.name.sv });
  if (content.tables.length === 0) findings.add("overview-missing", "missing", "/areas");
  reportCut(content, framework, findings);
}

/**
 * A text cut off: the areas after its last section (and the overview) are not in it, or the
 * overview's tables stop before the model's last area. Said once, with what is lost.
 */
function reportCut(content: AreaContent, framework: Framework | undefined, findings: Findings): void {
  const ids = (framework?.areas ?? []).map((a) => a.id);
  const sections = content.sections.map((s) => s.id);
  if (ids.length === 0 || sections.length === 0) return;
  const tables = content.tables.map((t) => t.area);
  if (tables.length === 0) {
    const last = Math.max(...sections);
    const lost = ids.filter((id) => id > last && !sections.includes(id));
    if (lost.length > 0)
      findings.add("report-cut", "missing", "/areas", {
        afterArea: last,
        part: "section",
        areas: lost.join(", "),
        overview: true,
      });
    return;
  }
  const last = Math.max(...tables);
  const lost = ids.filter((id) => id > last && !tables.includes(id));
  if (lost.length > 0)
    findings.add("report-cut", "missing", "/areas", { afterArea: last, part: "overview", areas: lost.join(", ") });
}

/** The total the text states, when it states exactly one. */
function readTotal(texts: Texts, meta: Metadata, findings: Findings): number | undefined {
  const { flat, evidence } = texts;
  const totals = findTotals(flat.text, meta.name, meta.year).filter((t) => t.value <= 800);
  if (totals.length === 1) {
    evidence.read("total", flat, totals[0]!.start, totals[0]!.end);
    return totals[0]!.value;
  }
  if (totals.length > 1) {
    const ranges = totals.map((t) => flat.source(t.start, t.end));
    findings.add("totals-conflict", "warning", "/total", {
      totals: [...totals]
        .map((t) => t.value)
        .sort((a, b) => a - b)
        .join(", "),
      ranges: ranges.map(([a, b]) => `${a}–${b}`).join(", "),
    });
  }
  findings.add("total-not-stated", "missing", "/total");
  return undefined;
}

function reportGaps(meta: Metadata, options: ImportOptions, findings: Findings): void {
  if (options.code === undefined) findings.add("code-missing", "missing", "/municipality/code", { source: "report" });
  if (!meta.date) findings.add("date-missing", "missing", "/date");
  if (!meta.evaluators) findings.add("evaluators-missing", "missing", "/evaluators");
}

const nothing = (findings: Findings, text?: string): ImportResult => ({
  evaluation: null,
  findings: findings.list(),
  evidence: [],
  ...(text !== undefined ? { text } : {}),
});

/** The file is a PDF or a zip archive, not text. */
function binaryFormat(text: string): "pdf" | "zip" | undefined {
  return text.startsWith("%PDF-") ? "pdf" : text.startsWith("PK\u0003\u0004") ? "zip" : undefined;
}

/**
 * Imports a Kommunkompassen report from its text: municipality, year, evaluation date, evaluators,
 * framework version, area scores and headings, every sub-question row of the points overview and
 * the strengths / improvement opportunities / weaknesses lists where they survive. Values are
 * kept as published; everything inferred, missing or left out is in `findings`. Never throws.
 */
export function importReportText(input: string | Uint8Array, options: ImportOptions = {}): ImportResult {
  const findings = new Findings();
  const decoded = decodeInput(input);
  reportEncoding(decoded, findings);
  const binary = binaryFormat(decoded.text);
  if (binary) {
    findings.add("not-text", "missing", "", { format: binary });
    return nothing(findings);
  }
  const source = decoded.text;
  const full = normalizeMapped(source);
  const evidence = new EvidenceLog();
  const page = readReportPage(full, findings, evidence);
  if (page) return importPage(page, { source, evidence, findings }, options);
  const located = locateReport(full.text, findings);
  const furniture = removePageFurniture(full.slice(located.start, located.end));
  const body = furniture.text;
  if (furniture.removed > 0) findings.add("page-furniture-ignored", "ignored", "", { count: furniture.removed });
  const texts: Texts = { full, body, flat: collapseSpace(body), evidence };
  const meta = readMetadata(texts, located, options, findings);
  const content = readAreaContent(body.text, findings);
  const chosen = chooseFramework(content, texts.flat.text, meta.year, options, findings);
  const { areas, readings } = readAreas(texts, content, chosen, findings);
  reportAreas(areas, readings, content, chosen.framework, texts, findings);
  const total = readTotal(texts, meta, findings);
  reportGaps(meta, options, findings);
  if (!meta.name || meta.year === undefined) {
    findings.add("no-municipality-or-year", "missing", "", {
      municipality: !meta.name,
      year: meta.year === undefined,
    });
    return nothing(findings, source);
  }
  if (!areas.some((a) => a.score !== undefined)) {
    findings.add("no-area-score", "missing", "");
    return nothing(findings, source);
  }
  const draft = makeDraft(meta as Metadata & { name: string; year: number }, chosen.id, total, areas, {
    title: located.title,
    publisher: furniture.publisher,
    file: options.file,
    code: options.code,
  });
  const result = finish(draft, findings);
  if (result.evaluation && !result.evaluation.areas.some((a) => a.score !== undefined)) {
    findings.add("no-valid-area-score", "missing", "");
    return nothing(findings, source);
  }
  const list = result.evaluation ? texts.evidence.list(result.evaluation, source, options) : [];
  return { ...result, evidence: list, text: source };
}

/**
 * The evaluation of a report page ({@link readReportPage}): options replace what the page says,
 * the areas' titles are left out where the model names the area (the page prints the model's name
 * in its own language), and the model is "kommunkompassen" (not stated) when the page names none.
 */
function importPage(
  page: PageReading,
  read: { source: string; evidence: EvidenceLog; findings: Findings },
  options: ImportOptions,
): ImportResult {
  const { source, evidence, findings } = read;
  const meta: Metadata = {
    name: page.name,
    year: page.year,
    ...(page.date ? { date: page.date } : {}),
    ...(page.published ? { published: page.published } : {}),
    ...(page.evaluators && page.evaluators.length > 0 ? { evaluators: page.evaluators } : {}),
  };
  applyOptions(meta, options, findings);
  if (options.code !== undefined && page.code !== undefined && options.code !== page.code)
    findings.add("option-overrides", "warning", "/municipality/code", {
      option: "code",
      given: options.code,
      found: page.code,
      source: "text",
    });
  const code = options.code ?? page.code;
  if (code === undefined) findings.add("code-missing", "missing", "/municipality/code", { source: "report" });
  const frameworkId = options.framework ?? page.framework ?? kommunkompassenUnstated.id;
  const framework = FRAMEWORK_ID.test(frameworkId) ? getFramework(frameworkId) : undefined;
  const areas = page.areas.map((area) => {
    if (area.title === undefined || (area.title !== "" && !getFrameworkArea(framework, area.id))) return area;
    const { title: _title, ...rest } = area;
    return rest;
  });
  if (page.total === undefined && !areas.some((a) => a.score !== undefined)) {
    findings.add("page-no-figures", "missing", "");
    return nothing(findings, source);
  }
  const draft = makeDraft(meta as Metadata & { name: string; year: number }, frameworkId, page.total, areas, {
    title: undefined,
    publisher: undefined,
    file: options.file,
    code,
  });
  const result = finish(draft, findings);
  const list = result.evaluation ? evidence.list(result.evaluation, source, options) : [];
  return { ...result, evidence: list, text: source };
}

function makeDraft(
  meta: Metadata & { name: string; year: number },
  frameworkId: string,
  total: number | undefined,
  areas: Area[],
  from: {
    title: TitleMatch | undefined;
    publisher: string | undefined;
    file: string | undefined;
    code: string | undefined;
  },
): Evaluation {
  const { name, year, date, published, evaluators } = meta;
  const source = {
    ...(from.title ? { title: `KommunKompassen – Analys av ${name} ${from.title.year}` } : {}),
    ...(from.publisher ? { publisher: from.publisher } : {}),
    ...(from.file !== undefined ? { file: from.file } : {}),
  };
  return {
    $schema: SCHEMA_URL,
    schemaVersion: 1,
    framework: frameworkId,
    municipality: { name, ...(from.code !== undefined ? { code: from.code } : {}) },
    year,
    ...(date ? { date } : {}),
    ...(published && published !== date ? { published } : {}),
    ...(evaluators ? { evaluators } : {}),
    ...(total !== undefined ? { total } : {}),
    areas,
    ...(Object.keys(source).length > 0 ? { source } : {}),
  };
}

function toQuestion(row: OverviewRow): Question {
  return {
    id: row.id,
    ...(row.text ? { text: row.text } : {}),
    ...(row.numbers ? { achieved: row.numbers.achieved, max: row.numbers.max } : {}),
    ...(row.numbers?.percent !== undefined ? { percent: row.numbers.percent } : {}),
  };
}

/** Several tables for one area (a header repeated after a page break): rows joined, duplicates left out. */
function mergeTables(id: number, list: OverviewTable[], findings: Findings): OverviewTable | undefined {
  if (list.length === 0) return undefined;
  const merged: OverviewTable = { ...list[0]!, rows: [], ignored: [...list[0]!.ignored] };
  const seen = new Set<string>();
  for (const table of list) {
    if (table !== list[0]) {
      merged.ignored.push(...table.ignored);
      merged.sum ??= table.sum;
      merged.pairedByOrder ||= table.pairedByOrder;
      merged.problem ??= table.problem;
    }
    for (const row of table.rows) {
      if (row.id.split(".")[0] !== String(id)) {
        findings.add("question-in-wrong-table", "ignored", "/areas", { question: row.id, area: id });
        continue;
      }
      if (seen.has(row.id)) {
        findings.add("question-duplicate", "ignored", "/areas", { question: row.id });
        continue;
      }
      seen.add(row.id);
      merged.rows.push(row);
    }
  }
  return merged;
}
