/**
 * `importReportText`: a Kommunkompassen report as plain text (pdftotext output, text copied from
 * a PDF viewer or a document-sharing site) → an evaluation and the findings. Pure, no I/O.
 */
import {
  getFramework,
  kommunkompassen20,
  kommunkompassen21,
  type Area,
  type Evaluation,
  type Framework,
  type Question,
} from "@kommunkompassen/core";
import { capRepeats, finish, SCHEMA_URL } from "./finish";
import { locateReport, removePageFurniture, type TitleMatch } from "./locate";
import { readOverview, type OverviewRow, type OverviewTable } from "./overview";
import { findSections, readBlock, readLists, type BlockReading, type ListsReading, type Section } from "./sections";
import { checkRows, decideFramework } from "./framework";
import { decodeInput, excerpt, foldName, monthNumber, MONTHS, normalizeText, squash, yearMonth } from "./text";
import type { Finding, ImportOptions, ImportResult } from "./types";

const FRAMEWORK_ID = /^[a-z0-9][a-z0-9._-]*$/;

/** Title case for a name printed in capitals: "VÄSTERÅS STAD" → "Västerås Stad" (the caller prefers the text's own spelling). */
function titleCase(name: string): string {
  return name
    .toLocaleLowerCase("sv")
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toLocaleUpperCase("sv"))
    .replace(/ (Kommun|Stad|Och)(?= |$)/g, (w) => w.toLocaleLowerCase("sv"));
}

/** The municipality's name in the text's own mixed-case spelling, the most frequent one. */
function mixedCaseName(text: string, upper: string): string | undefined {
  const words = upper.split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}])${words.join("\\s+")}(?![\\p{L}])`, "giu");
  const counts = new Map<string, number>();
  for (const match of text.matchAll(pattern)) {
    const found = squash(match[0]);
    if (found === found.toLocaleUpperCase("sv")) continue;
    counts.set(found, (counts.get(found) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, count] of counts) {
    // Prefer the usual Swedish spelling ("Västerås stad") on a tie.
    const score = count + (/ (kommun|stad)$/.test(name) ? 0.5 : 0);
    if (score > bestCount) {
      best = name;
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
  "i",
);

/** Statements of the total: "totalpoängen blev 404", "Totalt 404 poäng", "Avesta kommun 2014 – 404 p". */
function findTotals(text: string, name: string | undefined, year: number | undefined): number[] {
  const patterns = [
    /total(?:t)?poäng(?:en)?\s*(?:är|blev|var|uppgår\s+till|på|=|:)?\s*(\d{1,3}(?:[.,]\d{1,2})?)(?!\d)(?!\s*%)/gi,
    /(?<![\p{L}])(?:totalt|summa|sammanlagt)\s*:?\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:poäng|p)(?![\p{L}])/giu,
    /(?<![\d.,])(\d{1,3})\s+av\s+800\s+(?:möjliga\s+)?poäng/gi,
  ];
  if (name && year) {
    const words = name.split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    patterns.push(
      new RegExp(`${words.join("\\s+")}\\s+${year}\\s*[–—-]\\s*(\\d{1,3})\\s*(?:p|poäng)(?![\\p{L}])`, "giu"),
    );
  }
  const values: number[] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) values.push(Number(match[1]!.replace(",", ".")));
  }
  return [...new Set(values)];
}

const pointerOfArea = (areas: Area[], id: number) => `/areas/${areas.findIndex((a) => a.id === id)}`;

/**
 * Imports a Kommunkompassen report from its text: municipality, year, evaluation date, evaluators,
 * framework version, area scores and headings, every sub-question row of the points overview and
 * the strengths / improvement opportunities / weaknesses lists where they survive. Values are
 * kept as published; everything inferred, missing or left out is in `findings`. Never throws.
 */
export function importReportText(input: string | Uint8Array, options: ImportOptions = {}): ImportResult {
  const findings: Finding[] = [];
  const decoded = decodeInput(input);
  if (decoded.encoding === "windows-1252") {
    findings.push({ kind: "inferred", path: "", message: "the text is not valid UTF-8; it was read as Windows-1252" });
  } else if (decoded.encoding === "utf-16le" || decoded.encoding === "utf-16be") {
    findings.push({
      kind: "inferred",
      path: "",
      message: `the text was read as ${decoded.encoding.toUpperCase()} (it starts with that byte order mark)`,
    });
  }
  const binary = /^%PDF-/.test(decoded.text)
    ? "a PDF"
    : /^PK\u0003\u0004/.test(decoded.text)
      ? "a zip archive (a Word or OpenDocument file?)"
      : undefined;
  if (binary) {
    findings.push({
      kind: "missing",
      path: "",
      message: `nothing usable: the file is ${binary}, not text; extract the text first, e.g. pdftotext -layout report.pdf report.txt`,
    });
    return { evaluation: null, findings };
  }
  const text = normalizeText(decoded.text);
  const located = locateReport(text, findings);
  const furniture = removePageFurniture(text.slice(located.start, located.end));
  const body = furniture.text;
  if (furniture.removed > 0) {
    findings.push({
      kind: "ignored",
      path: "",
      message: `${furniture.removed} page header(s)/footer(s) in the text were left out`,
    });
  }

  // --- Municipality, year, date, evaluators -------------------------------------------------
  const title = located.title;
  const evaluated = EVALUATED.exec(body);
  let name: string | undefined;
  let year: number | undefined;
  let date: string | undefined;
  let published: string | undefined;
  let evaluators: string[] | undefined;
  if (title) {
    year = title.year;
    if (title.name !== title.name.toLocaleUpperCase("sv")) name = title.name;
    else {
      name = mixedCaseName(body, title.name) ?? mixedCaseName(text, title.name);
      if (!name) {
        name = titleCase(title.name);
        findings.push({
          kind: "inferred",
          path: "/municipality/name",
          message: `the name is printed only in capitals ("${title.name}"); written as "${name}"`,
        });
      }
    }
  }
  if (evaluated) {
    const sentenceName = squash(evaluated[1]!);
    const month = monthNumber(evaluated[2]!)!;
    const sentenceYear = Number(evaluated[3]);
    if (!name && sentenceName.length >= 2 && sentenceName.length <= 80 && !/[.!?]/.test(sentenceName))
      name = sentenceName;
    year ??= sentenceYear;
    date = yearMonth(sentenceYear, month);
  } else if (title?.month !== undefined) {
    date = yearMonth(title.year, title.month);
  }
  for (const candidate of located.ownTitles.length > 0 ? located.ownTitles : title ? [title] : []) {
    const line = lineAfter(text, candidate);
    const read = readEvaluators(line);
    published ??= read.published;
    if (read.names.length > 0) {
      evaluators = read.names;
      if (read.unread.length > 0) {
        findings.push({
          kind: "ignored",
          path: "/evaluators",
          message: `parts of the evaluator line were not read as names: ${read.unread.map((u) => `"${excerpt(u, 40)}"`).join(", ")}`,
        });
      }
      break;
    }
  }
  if (!date) {
    // "… SKL december 2012" on the title line
    for (const candidate of located.ownTitles) {
      const month = new RegExp(`(${MONTHS.join("|")})\\s+(?:år\\s+)?((?:19|20)\\d{2})`, "i").exec(
        lineAfter(text, candidate),
      );
      if (month) {
        date = yearMonth(Number(month[2]), monthNumber(month[1]!)!);
        break;
      }
    }
  }
  if (options.municipality !== undefined) {
    if (name && foldName(name) !== foldName(options.municipality)) {
      findings.push({
        kind: "warning",
        path: "/municipality/name",
        message: `--municipality "${options.municipality}" replaces "${name}" from the text`,
      });
    }
    name = options.municipality;
  }
  if (options.year !== undefined) {
    if (year !== undefined && year !== options.year)
      findings.push({
        kind: "warning",
        path: "/year",
        message: `--year ${options.year} replaces ${year} from the text`,
      });
    year = options.year;
  }

  // --- Areas ------------------------------------------------------------------------------------
  const overviewHeading = (() => {
    const pattern = /Översikt\s+av\s+poängfördelning/gi;
    const candidates = [...body.matchAll(pattern)].filter(
      (m) =>
        !/^[ \t]*(?:\.{2,}|…|\t+\s*\d|[ \t]+\d{1,3}(?:\s|$))/.test(
          body.slice(m.index! + m[0].length, m.index! + m[0].length + 12),
        ),
    );
    return candidates;
  })();
  const firstPass = findSections(body, body.length);
  const lastSectionStart = firstPass.sections[firstPass.sections.length - 1]?.start ?? -1;
  let overviewStart = overviewHeading.find((m) => m.index! > lastSectionStart)?.index;
  if (overviewStart === undefined) {
    // No heading: the first table header after the last section, with the area number and name before it.
    const from = Math.max(0, lastSectionStart);
    const header = /Uppnått\s+Max\s+Procent/i.exec(body.slice(from));
    if (header) overviewStart = Math.max(from, from + header.index - 150);
  }
  const sectionLimit = overviewStart ?? body.length;
  const { sections, named, duplicates } = overviewStart === undefined ? firstPass : findSections(body, sectionLimit);
  for (const id of duplicates) {
    findings.push({ kind: "ignored", path: "", message: `a second section headed "Område ${id}" was ignored` });
  }
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

  // --- Framework ----------------------------------------------------------------------------
  let frameworkId: string;
  const decision = decideFramework(titles, tables, body, year);
  if (options.framework !== undefined) {
    frameworkId = options.framework;
    if (
      (frameworkId === kommunkompassen20.id || frameworkId === kommunkompassen21.id) &&
      decision.id !== frameworkId &&
      decision.reason &&
      !decision.reason.startsWith("nothing")
    ) {
      findings.push({
        kind: "warning",
        path: "/framework",
        message: `--framework ${frameworkId} is used, but the text looks like ${decision.id} (${decision.reason})`,
      });
    }
  } else {
    frameworkId = decision.id;
    findings.push({
      kind: decision.uncertain ? "warning" : "inferred",
      path: "/framework",
      message: `${decision.id}: ${decision.reason}${decision.uncertain ? "; check it, or pass --framework" : ""}`,
    });
  }
  const framework: Framework | undefined = FRAMEWORK_ID.test(frameworkId) ? getFramework(frameworkId) : undefined;

  // --- Assemble areas -------------------------------------------------------------------------
  const ids = new Set<number>([...sections.map((s) => s.id), ...named.map((n) => n.id), ...tables.map((t) => t.area)]);
  const areaIds = [...ids].filter((id) => !framework || framework.areas.some((a) => a.id === id)).sort((a, b) => a - b);
  for (const id of ids) {
    if (!areaIds.includes(id))
      findings.push({
        kind: "ignored",
        path: "/areas",
        message: `"Område ${id}" is not an area of ${frameworkId}; left out`,
      });
  }
  const areas: Area[] = [];
  const perArea = new Map<
    number,
    { section?: Section; block?: BlockReading; lists?: ListsReading; table?: OverviewTable }
  >();
  for (const id of areaIds) {
    const section = sections.find((s) => s.id === id);
    const areaTables = tables.filter((t) => t.area === id);
    const table = mergeTables(id, areaTables, findings);
    const block = section?.block !== undefined ? readBlock(id, section.block) : undefined;
    const lists = section ? readLists(body.slice(section.start, section.end)) : undefined;
    perArea.set(id, {
      ...(section ? { section } : {}),
      ...(block ? { block } : {}),
      ...(lists ? { lists } : {}),
      ...(table ? { table } : {}),
    });
    const area: Area = { id };
    const areaTitle = titles.get(id);
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
    areas.push(area);
  }

  // --- Findings about the areas ---------------------------------------------------------------
  for (const area of areas) {
    const at = pointerOfArea(areas, area.id);
    const { section, block, lists, table } = perArea.get(area.id)!;
    const label = `area ${area.id}${area.title ? ` (${area.title})` : ""}`;
    if (!section) {
      const has = table ? "its title and its table in the points overview" : "its title, from the table of contents";
      findings.push({
        kind: "missing",
        path: area.score === undefined ? `${at}/score` : at,
        message: `${label} has no section in the text (only ${has}): its ${area.score === undefined ? "score, " : ""}headings and lists are missing`,
      });
    } else {
      if (block?.score === undefined) {
        findings.push({
          kind: "missing",
          path: `${at}/score`,
          message: `${label}: ${block?.scoreProblem ?? "no score"}${table?.sum ? `; the score is the sum row of the points overview (${table.sum.achieved})` : ""}`,
        });
      } else if (table?.sum && Math.abs(table.sum.achieved - block.score) > 1e-9) {
        findings.push({
          kind: "warning",
          path: `${at}/score`,
          message: `${label} is published as ${block.score} in its heading but as ${table.sum.achieved} in the sum row of the points overview; the heading's ${block.score} is kept`,
          details: { heading: block.score, table: table.sum.achieved },
        });
      }
      if (!area.headings)
        findings.push({
          kind: "missing",
          path: `${at}/headings`,
          message: `${label}: ${block?.headingsProblem ?? 'no "Rubriker" block'}; headings left out`,
        });
      if (!area.strengths)
        findings.push({
          kind: "missing",
          path: `${at}/strengths`,
          message: `${label}: ${lists?.problem ?? "no lists"}; strengths, improvement opportunities and weaknesses left out`,
        });
    }
    if (table?.pairedByOrder) {
      findings.push({
        kind: "inferred",
        path: `${at}/questions`,
        message: `${label}: the question texts and the numbers are not side by side in the text; they were paired in order`,
      });
    }
    if (table?.problem)
      findings.push({
        kind: "missing",
        path: `${at}/questions`,
        message: `${label}: ${table.problem}; the numbers are left out`,
      });
    for (const ignored of table?.ignored ?? []) {
      findings.push({
        kind: "ignored",
        path: `${at}/questions`,
        message: `${label}: text in the points overview that is not part of a question was left out: "${excerpt(ignored, 70)}"`,
      });
    }
    if (tables.length > 0 && !table)
      findings.push({ kind: "missing", path: `${at}/questions`, message: `${label}: no table in the points overview` });
    checkRows(area, at, framework, findings);
  }
  if (framework) {
    for (const definition of framework.areas) {
      if (!areaIds.includes(definition.id)) {
        findings.push({
          kind: "missing",
          path: "/areas",
          message: `area ${definition.id} (${definition.name.sv}) is not in the text`,
        });
      }
    }
  }
  if (tables.length === 0) {
    findings.push({
      kind: "missing",
      path: "/areas",
      message:
        'the points overview ("Översikt av poängfördelning") with the sub-question tables is not in the text; no sub-questions imported',
    });
  }

  // --- Total, code, metadata findings ---------------------------------------------------------
  const totals = findTotals(body, name, year)
    .filter((t) => t <= 800)
    .sort((a, b) => a - b);
  let total: number | undefined;
  if (totals.length === 1) total = totals[0];
  else if (totals.length > 1)
    findings.push({
      kind: "warning",
      path: "/total",
      message: `the text states different totals (${totals.join(", ")}); none is used`,
    });
  if (total === undefined) {
    findings.push({
      kind: "missing",
      path: "/total",
      message: "the text does not state the total; left out (the core derives it when all eight area scores are known)",
    });
  }
  if (options.code === undefined)
    findings.push({
      kind: "missing",
      path: "/municipality/code",
      message: "the municipality code is not in the report; add it with --code NNNN",
    });
  if (!date)
    findings.push({
      kind: "missing",
      path: "/date",
      message: 'no evaluation date found ("Utvärderingen av … genomfördes i <month> <year>")',
    });
  if (!evaluators)
    findings.push({ kind: "missing", path: "/evaluators", message: "the text does not name the evaluators" });

  if (!name || year === undefined) {
    findings.push({
      kind: "missing",
      path: "",
      message: `nothing usable: no ${!name && year === undefined ? "municipality and year" : !name ? "municipality" : "year"} found (expected "ANALYS AV <NAME> <YEAR>" or "Utvärderingen av <name> genomfördes i <month> <year>")`,
    });
    return { evaluation: null, findings: capRepeats(findings) };
  }
  if (!areas.some((a) => a.score !== undefined)) {
    findings.push({
      kind: "missing",
      path: "",
      message:
        'nothing usable: no area score found (expected "Område N <name> Rubriker … Poäng N" or a points overview)',
    });
    return { evaluation: null, findings: capRepeats(findings) };
  }

  const draft: Evaluation = {
    $schema: SCHEMA_URL,
    schemaVersion: 1,
    framework: frameworkId,
    municipality: { name, ...(options.code !== undefined ? { code: options.code } : {}) },
    year,
    ...(date ? { date } : {}),
    ...(published && published !== date ? { published } : {}),
    ...(evaluators ? { evaluators } : {}),
    ...(total !== undefined ? { total } : {}),
    areas,
    source: {
      ...(title ? { title: `KommunKompassen – Analys av ${name} ${title.year}` } : {}),
      ...(furniture.publisherSeen ? { publisher: "Sveriges Kommuner och Landsting" } : {}),
      ...(options.file !== undefined ? { file: options.file } : {}),
    },
  };
  if (Object.keys(draft.source!).length === 0) delete draft.source;
  const result = finish(draft, findings);
  if (result.evaluation && !result.evaluation.areas.some((a) => a.score !== undefined)) {
    result.findings.push({ kind: "missing", path: "", message: "nothing usable: no valid area score is left" });
    return { evaluation: null, findings: result.findings };
  }
  return result;
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
function mergeTables(id: number, list: OverviewTable[], findings: Finding[]): OverviewTable | undefined {
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
        findings.push({
          kind: "ignored",
          path: "/areas",
          message: `question ${row.id} appears in the table of area ${id}; left out`,
        });
        continue;
      }
      if (seen.has(row.id)) {
        findings.push({
          kind: "ignored",
          path: "/areas",
          message: `question ${row.id} appears twice in the points overview; the first row is kept`,
        });
        continue;
      }
      seen.add(row.id);
      merged.rows.push(row);
    }
  }
  return merged;
}
