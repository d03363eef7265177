/**
 * Reading a report page that Kommunkompassen UI writes (`renderReportDocument` of
 * `@kommunkompassen/react/server`: `kompass render`, the demo, a site's pages) from its text:
 * copied from the browser, printed to PDF and read back by `importReportPdf`, or the HTML file
 * itself. The page is read by the labels it prints, the components' texts of the core's catalogue
 * in Swedish or English, not by the heuristics for SKL's reports: the facts under the title, the
 * total, each area's score line (or the one table of area scores) and its sub-question table. A value the page marks as derived
 * ("beräknat") was not published and is left out; one it shows as unknown ("uppgift saknas") too.
 * Line breaks do not count (the page's text is read with its white space collapsed), so a table
 * row wrapped over lines, a cell's mark on the next line or a header repeated on every printed
 * page reads the same.
 */
import { builtInFrameworks, frameworkLabel, type Area, type Question } from "@kommunkompassen/core";
import {
  componentMessages,
  type ComponentMessages,
  type FindingValues,
  type Lang,
} from "@kommunkompassen/core/messages";
import type { EvidenceLog, EvidenceKey } from "./evidence";
import type { Findings } from "./findings";
import type { Mapped } from "./mapped";
import { parseNumber, parsePercent, squash } from "./text";

/** What a report page says: the facts, the model, the total and the areas, each value with its evidence logged. */
export interface PageReading {
  lang: Lang;
  name: string;
  year: number;
  date?: string;
  published?: string;
  evaluators?: string[];
  code?: string;
  /** The model's id, when the page's "Modell" names one. */
  framework?: string;
  total?: number;
  areas: Area[];
}

const NUM = "\\d{1,3}(?:[.,]\\d{1,2})?";
/** The dash before an unknown value's words ("– uppgift saknas", "– no data"), in either language. */
const DASHED_UNKNOWN = new RegExp(`– (?=${componentMessages.sv.noData}|${componentMessages.en.noData})`, "g");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, " ");
const SUPERSCRIPT = "[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}";
const FRAMEWORK_ID = /^[a-z0-9][a-z0-9._-]*$/;

/** A message template as a pattern: its placeholders (`\u0001`, `\u0002`) become number captures. */
function template(text: string): string {
  return escape(text)
    .replace(/[\u0001\u0002]/g, `(${NUM})`)
    .replace(/\u00a0/g, " ");
}

/** The page's words in one language, from the catalogue that wrote them. */
interface Words {
  lang: Lang;
  m: ComponentMessages;
  /** "Kommunkompassen – ", before the name in the title. */
  title: string;
  /** "Område ", before an area's number in its heading and table caption. */
  area: string;
  /** " – delfrågor Nr Delfråga Uppnått Max Procent": the end of a table's caption and its header. */
  caption: string;
  header: string;
  /** "404 av 800 poäng" and "404 p" as pattern sources (a capture for the value, and one for the maximum). */
  outOf: string;
  totalOutOf: string;
  points: string;
  noData: string;
  derived: RegExp;
  /** A footnote marker: the hidden word and number the browser copies ("Anmärkning 1"), or superscript digits in a PDF. */
  note: RegExp;
}

function wordsOf(lang: Lang): Words {
  const m = componentMessages[lang];
  const title = m.reportTitle("\u0001", 1999);
  const area = m.areaHeading(7, "\u0001");
  const caption = m.questionTableTitle(7, "\u0001");
  const header = [m.questionId, m.question, m.achieved, m.max, m.percent].join(" ");
  return {
    lang,
    m,
    title: title.slice(0, title.indexOf("\u0001")),
    area: area.slice(0, area.indexOf("7")),
    caption: caption.slice(caption.indexOf("\u0001") + 1),
    header,
    outOf: template(m.areaScoreLine("\u0001", "\u0002")),
    totalOutOf: template(m.totalLine("\u0001", "\u0002")),
    points: `${template(m.points("\u0001"))}(?![\\p{L}])`,
    noData: m.noData,
    derived: new RegExp(` \\(${escape(m.derived)}\\)`, "g"),
    note: new RegExp(` (?:${escape(m.note)} \\d{1,2}|${SUPERSCRIPT})(?= |$)`, "g"),
  };
}

const WORDS: Record<Lang, Words> = { sv: wordsOf("sv"), en: wordsOf("en") };

/** Where the page's title is: "Kommunkompassen – <name> <year>" with the evaluation year right after it. */
interface TitleAt {
  words: Words;
  name: [number, number];
  year: [number, number];
  end: number;
}

function findTitle(text: string): TitleAt | undefined {
  for (const words of Object.values(WORDS)) {
    const pattern = new RegExp(
      `${escape(words.title)}(\\S.{0,99}?) ((?:19|20)\\d{2}) ${escape(words.m.evaluationYear)} ((?:19|20)\\d{2})(?!\\d)`,
      "dg",
    );
    for (const match of text.matchAll(pattern)) {
      if (match[2] !== match[3]) continue;
      const [name, year] = [match.indices![1]!, match.indices![3]!];
      return { words, name, year, end: year[1] };
    }
  }
  return undefined;
}

/** Whether text is a report page's (its title with the evaluation year after it, in Swedish or English). */
export function isReportPage(flat: string): boolean {
  return findTitle(flat) !== undefined;
}

/** The facts under the title: each label's value, up to the next label (they come in this order). */
function readFacts(flat: Mapped, at: TitleAt, reading: PageReading, log: EvidenceLog, findings: Findings): number {
  const { m } = at.words;
  const text = flat.text;
  const summary = text.indexOf(` ${m.summaryHeading}`, at.end);
  const end = summary < 0 ? Math.min(text.length, at.end + 2000) : summary;
  const labels = [m.evaluationDate, m.publishedDate, m.evaluators, m.framework, m.municipalityCode, m.source];
  const found: { label: string; start: number; end: number }[] = [];
  let from = at.end;
  for (const label of labels) {
    const i = text.indexOf(` ${label} `, from);
    if (i < 0 || i >= end) continue;
    found.push({ label, start: i, end: i + label.length + 2 });
    from = i + label.length + 1;
  }
  found.forEach((entry, k) => {
    const stop = found[k + 1]?.start ?? end;
    const value = text.slice(entry.end, stop).trim();
    const valueStart = entry.end;
    const unreadable = () =>
      findings.add("page-value-unreadable", "missing", "", { label: entry.label, text: value.slice(0, 80) });
    if (entry.label === m.evaluationDate || entry.label === m.publishedDate) {
      if (!/^(?:19|20)\d{2}(?:-\d{2}){0,2}$/.test(value)) return unreadable();
      if (entry.label === m.publishedDate) reading.published = value;
      else {
        reading.date = value;
        log.read("date", flat, valueStart, valueStart + value.length);
      }
    } else if (entry.label === m.evaluators) {
      reading.evaluators = value.split(", ").map(squash).filter(Boolean);
    } else if (entry.label === m.framework) {
      const id = modelId(value, m);
      if (id) reading.framework = id;
      else
        findings.add("page-value-unreadable", "missing", "/framework", {
          label: entry.label,
          text: value.slice(0, 80),
          fallback: frameworkLabel("kommunkompassen", at.words.lang),
        });
    } else if (entry.label === m.municipalityCode) {
      if (!/^\d{4}$/.test(value)) return unreadable();
      reading.code = value;
      log.read("code", flat, valueStart, valueStart + 4);
    }
    return undefined;
  });
  return end;
}

/** The model a page's "Modell" names: a built-in model's label in either language, or an id the library has no definition for. */
function modelId(value: string, m: ComponentMessages): string | undefined {
  for (const framework of Object.values(builtInFrameworks)) {
    const labels = [framework.label, frameworkLabel(framework.id, "sv"), frameworkLabel(framework.id, "en")];
    if (labels.includes(value)) return framework.id;
  }
  const unknown = m.unknownModel("\u0001");
  const [before, after] = unknown.split("\u0001") as [string, string];
  if (!value.startsWith(before) || !value.endsWith(after)) return undefined;
  const id = value.slice(before.length, value.length - after.length);
  return FRAMEWORK_ID.test(id) ? id : undefined;
}

/** One value read after a label: "52 av 100 poäng", "52 p" or "uppgift saknas", with an optional "(beräknat)". */
interface Stated {
  value?: number;
  at?: [number, number];
  max?: number;
  maxAt?: [number, number];
  derived: boolean;
  /** Nothing readable after the label. */
  unreadable?: boolean;
}

function readStated(text: string, from: number, words: Words, outOf = words.outOf): Stated {
  const derivedAt = (end: number) => text.startsWith(` (${words.m.derived})`, end);
  for (const source of [outOf, words.points]) {
    const pattern = new RegExp(source, "uyd");
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) continue;
    const stated: Stated = {
      value: parseNumber(match[1]!),
      at: match.indices![1]!,
      derived: derivedAt(from + match[0].length),
    };
    if (match[2] !== undefined) {
      stated.max = parseNumber(match[2]);
      stated.maxAt = match.indices![2]!;
    }
    return stated;
  }
  if (text.startsWith(words.noData, from)) return { derived: false };
  return { derived: false, unreadable: true };
}

/** The total after "Totalt:" in the summary. */
function readTotal(
  flat: Mapped,
  from: number,
  words: Words,
  reading: PageReading,
  log: EvidenceLog,
  findings: Findings,
) {
  const label = ` ${words.m.total}: `;
  const i = flat.text.indexOf(label, from);
  if (i < 0) return;
  const stated = readStated(flat.text, i + label.length, words, words.totalOutOf);
  const lang = words.lang;
  if (stated.unreadable)
    findings.add("page-value-unreadable", "missing", "/total", {
      label: words.m.total,
      text: flat.text.slice(i + label.length, i + label.length + 40),
    });
  else if (stated.value === undefined) findings.add("page-value-missing", "missing", "/total", { part: "total", lang });
  else if (stated.derived)
    findings.add("page-value-derived", "ignored", "/total", { part: "total", value: stated.value });
  else {
    reading.total = stated.value;
    log.read("total", flat, ...stated.at!);
  }
}

/** The number and name of the area heading that ends at `end` ("Område 3 Politisk styrning och kontroll"), if one does. */
function headingBefore(
  text: string,
  end: number,
  floor: number,
  words: Words,
): { id: number; name: string; start: number } | undefined {
  const from = Math.max(floor, end - 300);
  const window = text.slice(from, end);
  let last: RegExpExecArray | undefined;
  for (const match of window.matchAll(new RegExp(`(?:^| )${escape(words.area)}([1-9]\\d?)(?= |$)`, "g"))) last = match;
  if (!last) return undefined;
  return { id: Number(last[1]), name: window.slice(last.index + last[0].length).trim(), start: from + last.index };
}

/** One area as the page shows it: the score line under its heading, and where the heading starts. */
interface AreaLine {
  id: number;
  name: string;
  start: number;
  stated: Stated;
}

/** Every area heading with its score line ("Område 1 Offentlighet och demokrati Poäng: 52 av 100 poäng"), the first of each area. */
function readAreaLines(text: string, from: number, words: Words, findings: Findings): AreaLine[] {
  const label = ` ${words.m.score}: `;
  const out: AreaLine[] = [];
  for (let i = text.indexOf(label, from); i >= 0; i = text.indexOf(label, i + label.length)) {
    const heading = headingBefore(text, i, from, words);
    if (!heading || heading.name.length > 200) continue;
    if (out.some((a) => a.id === heading.id)) {
      findings.add("section-duplicate", "ignored", "", { area: heading.id });
      continue;
    }
    out.push({ ...heading, stated: readStated(text, i + label.length, words) });
  }
  return out;
}

/**
 * The rows of the one table of area scores of a page whose areas have nothing else ("Poäng per
 * område", its sentence, "Område Poäng Max", then "1 Offentlighet och demokrati 68 100" …), as
 * area lines: a value shown as unknown ("–", "uppgift saknas") is none.
 */
function readScoreTable(text: string, from: number, words: Words): AreaLine[] {
  const m = words.m;
  const head = text.indexOf(` ${m.areaScoresHeading} ${m.areaScoresOnly} ${m.area} ${m.score} ${m.max} `, from);
  if (head < 0) return [];
  const value = `(?:(${NUM})|${escape(words.noData)})`;
  // "1 Offentlighet och demokrati", or "Område 1" for an area whose name is not known.
  const row = new RegExp(
    `(?:${escape(words.area)})?([1-9]\\d?)(?: (.{1,200}?))?? ${value}( \\(${escape(m.derived)}\\))? ${value}(?= |$)`,
    "yd",
  );
  row.lastIndex = text.indexOf(` ${m.max} `, head) + m.max.length + 2;
  const out: AreaLine[] = [];
  for (let match = row.exec(text); match; match = row.exec(text)) {
    const [, id, name, score, derived, max] = match;
    // An unknown score is said so, as its score line did ("Poäng: uppgift saknas"); its maximum is the model's.
    const stated =
      score === undefined
        ? { derived: false }
        : {
            value: parseNumber(score),
            at: match.indices![3]!,
            ...(max === undefined ? {} : { max: parseNumber(max), maxAt: match.indices![5]! }),
            derived: derived !== undefined,
          };
    out.push({ id: Number(id), name: name ?? "", start: match.index, stated });
    row.lastIndex += 1;
  }
  return out;
}

/** A row of a sub-question table: its values as printed, where they are (in `row`), and how many "(beräknat)" marks it has. */
interface RowValues {
  row: Mapped;
  text: string;
  values?: { achieved?: number; max?: number; percent?: number; at: [number, number][] };
  derived: number;
}

function readRow(segment: Mapped, words: Words): RowValues {
  const derived = segment.text.match(words.derived)?.length ?? 0;
  const row = segment.replace(words.derived, "").replace(words.note, "");
  const value = `${NUM}|${escape(words.noData)}`;
  const percent = `${NUM} ?%|${escape(words.noData)}`;
  const match = new RegExp(`(?:^| )(${value}) (${value}) (${percent})(?= |$)`, "d").exec(row.text);
  if (!match) return { row, text: squash(row.text), derived };
  const at = match.indices!.slice(1, 4) as [number, number][];
  const text = squash(`${row.text.slice(0, match.index)} ${row.text.slice(match.index + match[0].length)}`);
  return {
    row,
    text,
    values: { achieved: parseNumber(match[1]!), max: parseNumber(match[2]!), percent: parsePercent(match[3]!), at },
    derived,
  };
}

/** A finding about a value inside an area, made once the area's place in the output is known. */
interface Note {
  code: "page-value-missing" | "page-value-derived" | "page-value-unreadable";
  kind: "missing" | "ignored";
  /** The pointer below the area's: `score`, `questions/2/percent`; `""` for the area itself. */
  at: string;
  values: FindingValues;
}

/** One area's sub-question table: its questions, whether its sum row marks the area's score derived, and what to say. */
interface TableReading {
  questions: Question[];
  scoreDerived: boolean;
  notes: Note[];
}

/** Where each sub-question table's body is: after its caption and header, up to the next heading, caption, notes or the page's end. */
function tableBodies(text: string, from: number, words: Words, lines: readonly AreaLine[]) {
  const m = words.m;
  const needle = `${words.caption} ${words.header}`;
  const captions: { id: number; start: number; body: number }[] = [];
  for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    const heading = headingBefore(text, i, from, words);
    if (heading) captions.push({ id: heading.id, start: heading.start, body: i + needle.length });
  }
  const stops = [
    ...captions.map((c) => c.start),
    ...lines.map((l) => l.start),
    ...[` ${m.notes} `, ` ${m.qualityHeading} `].flatMap((word) => {
      const at: number[] = [];
      for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) at.push(i);
      return at;
    }),
  ].sort((a, b) => a - b);
  return captions.map((c) => ({ id: c.id, start: c.body, end: stops.find((s) => s > c.body) ?? text.length }));
}

/** A question's values into the question, each with its evidence; each unknown or derived one noted. */
function toQuestion(id: string, read: RowValues, table: TableReading, words: Words, log: EvidenceLog): Question {
  const question: Question = { id };
  if (read.text !== "" && read.text !== words.noData) question.text = read.text;
  const values = read.values!;
  const index = table.questions.length;
  (["achieved", "max", "percent"] as const).forEach((part, k) => {
    const value = values[part];
    const at = `questions/${index}/${part}`;
    if (value === undefined)
      table.notes.push({
        code: "page-value-missing",
        kind: "missing",
        at,
        values: { part, question: id, lang: words.lang },
      });
    // Only a percent is ever derived in a question's row (the points are published or unknown).
    else if (part === "percent" && read.derived > 0)
      table.notes.push({ code: "page-value-derived", kind: "ignored", at, values: { part, question: id, value } });
    else {
      question[part] = value;
      log.read(`question/${id}/${part}` as EvidenceKey, read.row, ...values.at[k]!);
    }
  });
  return question;
}

/** Reads one table body: its question rows (each id once) and its sum row. */
function readTable(body: Mapped, id: number, words: Words, log: EvidenceLog): TableReading {
  // A table printed over several pages repeats its header on each.
  const rows = body.replace(new RegExp(` ${escape(words.header)}(?= |$)`, "g"), "");
  const starts: { at: number; end: number; question?: string }[] = [];
  const seen = new Set<string>();
  const pattern = new RegExp(`(?:^| )(?:(${id})\\.([1-9]\\d?)|${escape(words.m.areaSum)})(?= )`, "g");
  for (const match of rows.text.matchAll(pattern)) {
    const question = match[1] !== undefined ? `${match[1]}.${match[2]}` : undefined;
    if (question !== undefined && seen.has(question)) continue;
    if (question !== undefined) seen.add(question);
    starts.push({ at: match.index, end: match.index + match[0].length, ...(question ? { question } : {}) });
  }
  const table: TableReading = { questions: [], scoreDerived: false, notes: [] };
  starts.forEach((start, k) => {
    const read = readRow(rows.slice(start.end, starts[k + 1]?.at ?? rows.length), words);
    if (!read.values) {
      const label = start.question ?? words.m.areaSum;
      table.notes.push({
        code: "page-value-unreadable",
        kind: "missing",
        at: "",
        values: { label, text: read.text.slice(0, 80) },
      });
      return;
    }
    if (start.question) table.questions.push(toQuestion(start.question, read, table, words, log));
    // The area's percent is always derived (marked), its score only when it was not published.
    else if (read.derived > (read.values.percent !== undefined ? 1 : 0)) table.scoreDerived = true;
  });
  return table;
}

/** An area's score from its score line: unknown, derived (by its mark or its table's sum row), or read with its evidence. */
function scoreOf(
  area: Area,
  line: AreaLine | undefined,
  table: TableReading | undefined,
  words: Words,
  flat: Mapped,
  log: EvidenceLog,
): Note[] {
  const stated = line?.stated;
  if (!stated) return [];
  const id = area.id;
  if (stated.unreadable)
    return [
      {
        code: "page-value-unreadable",
        kind: "missing",
        at: "",
        values: { label: words.m.score, text: `${words.area}${id}` },
      },
    ];
  if (stated.max !== undefined) {
    area.max = stated.max;
    log.read(`area/${id}/max`, flat, ...stated.maxAt!);
  }
  if (stated.value === undefined)
    return [
      {
        code: "page-value-missing",
        kind: "missing",
        at: "score",
        values: { part: "score", area: id, lang: words.lang },
      },
    ];
  if (stated.derived || table?.scoreDerived)
    return [
      {
        code: "page-value-derived",
        kind: "ignored",
        at: "score",
        values: { part: "score", area: id, value: stated.value },
      },
    ];
  area.score = stated.value;
  log.read(`area/${id}/score`, flat, ...stated.at!);
  return [];
}

/** Each area the page shows, its score (unless unknown or derived), its maximum and its questions; the areas with none of them are not listed. */
function readAreas(flat: Mapped, from: number, words: Words, log: EvidenceLog, findings: Findings): Area[] {
  const text = flat.text;
  const lines = readAreaLines(text, from, words, findings);
  for (const line of readScoreTable(text, from, words)) if (!lines.some((l) => l.id === line.id)) lines.push(line);
  const tables = new Map<number, TableReading>();
  for (const body of tableBodies(text, from, words, lines))
    if (!tables.has(body.id)) tables.set(body.id, readTable(flat.slice(body.start, body.end), body.id, words, log));
  const ids = [...new Set([...lines.map((l) => l.id), ...tables.keys()])].sort((a, b) => a - b);
  const areas: Area[] = [];
  for (const id of ids) {
    const area: Area = { id };
    const line = lines.find((l) => l.id === id);
    const table = tables.get(id);
    if (line?.name) area.title = line.name;
    const notes = [...scoreOf(area, line, table, words, flat, log), ...(table?.notes ?? [])];
    if (table && table.questions.length > 0) area.questions = table.questions;
    const listed = area.score !== undefined || area.max !== undefined || area.questions !== undefined;
    if (listed) areas.push(area);
    // Pointers into the output: the area's place once it is listed, else the areas.
    const at = `/areas/${areas.length - 1}`;
    for (const note of notes)
      findings.add(note.code, note.kind, listed ? `${at}${note.at ? `/${note.at}` : ""}` : "/areas", note.values);
  }
  return areas;
}

/**
 * Reads a report page: `undefined` when the text is none (no title "Kommunkompassen – <name>
 * <year>" followed by the evaluation year). Every value read is logged with its range in `full`'s source.
 */
export function readReportPage(full: Mapped, findings: Findings, log: EvidenceLog): PageReading | undefined {
  // A table's unknown value is a dash to see and its words to hear ("– uppgift saknas" in the copied text): the words are the value.
  const flat = full
    .replace(/[\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .replace(DASHED_UNKNOWN, "");
  const at = findTitle(flat.text);
  if (!at) return undefined;
  const words = at.words;
  findings.add("report-page", "inferred", "", { lang: words.lang });
  const reading: PageReading = {
    lang: words.lang,
    name: flat.text.slice(...at.name),
    year: Number(flat.text.slice(...at.year)),
    areas: [],
  };
  log.read("name", flat, ...at.name);
  log.read("year", flat, ...at.year);
  const factsEnd = readFacts(flat, at, reading, log, findings);
  readTotal(flat, factsEnd, words, reading, log, findings);
  reading.areas = readAreas(flat, factsEnd, words, log, findings);
  return reading;
}
