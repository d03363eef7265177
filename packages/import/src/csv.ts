/**
 * `importCsv`: sub-question rows from a spreadsheet saved as CSV → an evaluation and the findings.
 * Pure, no I/O.
 *
 * One row per sub-question: `area;question;text;achieved;max;percent` (Swedish headers accepted:
 * område, fråga/delfråga, text, uppnått, max, procent). Separator `;`, tab or `,` (detected from the
 * header; `,` only works with decimal points), decimal comma or point, UTF-8 with or without BOM,
 * or Windows-1252. Metadata from the options or from leading `# key: value` lines.
 */
import {
  builtInFrameworks,
  getFramework,
  kommunkompassenOriginal,
  type Area,
  type Evaluation,
  type Framework,
  type Question,
} from "@kommunkompassen/core";
import { EvidenceLog } from "./evidence";
import { finish, SCHEMA_URL } from "./finish";
import { Findings, reportEncoding } from "./findings";
import { checkRows, decideFramework, nameKey, namedModels, reportFramework } from "./framework";
import { Mapped } from "./mapped";
import type { OverviewTable } from "./overview";
import { decodeInput, excerpt, foldName, parseNumber, parsePercent, squash } from "./text";
import type { ImportOptions, ImportResult } from "./types";

type Column = "area" | "question" | "text" | "achieved" | "max" | "percent";

const HEADER_NAMES: Record<string, Column> = {
  area: "area",
  omrade: "area",
  huvudomrade: "area",
  question: "question",
  id: "question",
  fraga: "question",
  delfraga: "question",
  nr: "question",
  text: "text",
  fragetext: "text",
  "question text": "text",
  achieved: "achieved",
  uppnatt: "achieved",
  poang: "achieved",
  points: "achieved",
  max: "max",
  maxpoang: "max",
  percent: "percent",
  procent: "percent",
};

const META_KEYS: Record<string, MetaKey> = {
  municipality: "municipality",
  kommun: "municipality",
  code: "code",
  kommunkod: "code",
  year: "year",
  ar: "year",
  date: "date",
  datum: "date",
  framework: "framework",
  modell: "framework",
  version: "framework",
  total: "total",
  totalt: "total",
};

/** How many fields of a record are read; the format has six columns, the rest are only counted. */
export const MAX_COLUMNS = 64;

/** One CSV record: its first {@link MAX_COLUMNS} fields, how many it has, whether a field beyond those is not blank. */
export interface CsvRecord {
  fields: string[];
  /** Where each of `fields` is in the text: `[start, end)`, inside the quotes of a quoted field. */
  spans: [number, number][];
  count: number;
  /** A field beyond the first {@link MAX_COLUMNS} has content. */
  extraContent: boolean;
}

/**
 * Where a field's value is printed, white space around it left out: the range of `record.fields[index]`
 * trimmed, in the text the record was read from; `undefined` for a blank or missing field.
 */
export function cellRange(text: string, record: CsvRecord, index: number): [number, number] | undefined {
  const span = record.spans[index];
  if (!span) return undefined;
  let [start, end] = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? [start, end] : undefined;
}

/** Where the field that starts at `i` ends: the next separator or line break. */
function fieldEnd(text: string, i: number, separator: string): number {
  while (i < text.length) {
    const c = text[i]!;
    if (c === separator || c === "\n" || c === "\r") return i;
    i++;
  }
  return i;
}

/**
 * A quoted field from its opening quote: its value, where it ends (RFC 4180: `""` is a quote) and
 * where its quoted text closes.
 */
function quotedField(text: string, open: number, separator: string): { value: string; end: number; close: number } {
  const parts: string[] = [];
  let k = open + 1;
  for (;;) {
    const quote = text.indexOf('"', k);
    if (quote < 0) return { value: parts.join("") + text.slice(k), end: text.length, close: text.length };
    parts.push(text.slice(k, quote));
    if (text[quote + 1] === '"') {
      parts.push('"');
      k = quote + 2;
      continue;
    }
    // Text after the closing quote is kept as it is, up to the separator.
    const end = fieldEnd(text, quote + 1, separator);
    return { value: parts.join("") + text.slice(quote + 1, end), end, close: end > quote + 1 ? end : quote };
  }
}

/**
 * Reads CSV records from `from` on, one at a time (RFC 4180 quoting: "a;b", "say ""hi"""; quoted
 * line breaks), and hands each to `each`, which returns `false` to stop. Fields are sliced, not
 * built character by character; fields past {@link MAX_COLUMNS} are counted, not kept.
 */
export function readRecords(text: string, separator: string, from: number, each: (record: CsvRecord) => unknown): void {
  const fresh = (): CsvRecord => ({ fields: [], spans: [], count: 0, extraContent: false });
  let record = fresh();
  const push = (value: string, span: [number, number]) => {
    if (record.count < MAX_COLUMNS) {
      record.fields.push(value);
      record.spans.push(span);
    } else if (!record.extraContent && value.trim() !== "") record.extraContent = true;
    record.count++;
  };
  let i = from;
  while (i < text.length) {
    let j = i;
    while (j < text.length && (text[j] === " " || text[j] === "\t") && text[j] !== separator) j++;
    if (text[j] === '"') {
      const field = quotedField(text, j, separator);
      push(field.value, [j + 1, field.close]);
      i = field.end;
    } else {
      const end = fieldEnd(text, i, separator);
      push(text.slice(i, end), [i, end]);
      i = end;
    }
    if (i >= text.length) break;
    if (text[i] === separator) {
      i++;
      if (i >= text.length) push("", [i, i]);
      continue;
    }
    i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
    if (each(record) === false) return;
    record = fresh();
  }
  if (record.count > 0) each(record);
}

/** The whole text as records (for small inputs and tests). */
export function parseRecords(text: string, separator: string): string[][] {
  const records: string[][] = [];
  readRecords(text, separator, 0, (record) => records.push(record.fields));
  return records;
}

/** The lines from `from` on, one at a time, without splitting the whole text. */
function* linesFrom(text: string, from = 0): Generator<{ line: string; start: number; next: number }> {
  let start = from;
  while (start < text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end > start && text[end - 1] === "\r" ? end - 1 : end);
    yield { line, start, next: end + 1 };
    start = end + 1;
  }
}

/**
 * Whether a text looks like the CSV format rather than report text: its first line that is not
 * empty or a `#` comment is a header with a question column and at least one number column.
 */
export function looksLikeCsv(text: string): boolean {
  let line: string | undefined;
  for (const entry of linesFrom(text, text.charCodeAt(0) === 0xfeff ? 1 : 0)) {
    if (entry.line.trim() !== "" && !/^\s*#/.test(entry.line)) {
      line = entry.line;
      break;
    }
  }
  if (line === undefined || line.length > 500) return false;
  const cells = line
    .split(detectSeparator(line))
    .map((c) => (c.trim() === "%" ? "percent" : foldName(c.replace(/"/g, ""))));
  const kinds = new Set(cells.map((c) => HEADER_NAMES[c]));
  return (
    cells.length >= 2 && kinds.has("question") && (kinds.has("achieved") || kinds.has("max") || kinds.has("percent"))
  );
}

function detectSeparator(header: string): string {
  const outside = header.replace(/"[^"]*"/g, "");
  if (outside.includes(";")) return ";";
  if (outside.includes("\t")) return "\t";
  return ",";
}

/**
 * The framework id a `# framework:` line (or the option) means: a built-in id in any case, a
 * model's label ("Kommunkompassen 2020"), its version with or without "Kommunkompassen" ("2.0",
 * "2,1", "2020", "original") or "ursprunglig"/"ursprungliga modellen" for the original model;
 * anything else as it is (an id with no definition).
 */
export function frameworkFromText(value: string): string {
  const trimmed = value.trim();
  const folded = foldName(trimmed);
  const models = Object.values(builtInFrameworks);
  const byId = models.find((m) => m.id.toLowerCase() === trimmed.toLowerCase());
  if (byId) return byId.id;
  const byLabel = models.find((m) => [m.label, ...Object.values(m.labels ?? {})].some((l) => foldName(l) === folded));
  if (byLabel) return byLabel.id;
  const version = foldName(trimmed.replace(/^kommunkompassen(?:[- ]+|(?=\d))(?:version\s+)?/i, ""));
  const byVersion = models.find((m) => m.modelStated !== false && version !== "" && foldName(m.version) === version);
  if (byVersion) return byVersion.id;
  if (/^(?:den )?ursprungliga?(?: modellen?)?$/.test(version)) return kommunkompassenOriginal.id;
  return trimmed;
}

type MetaKey = "municipality" | "code" | "year" | "date" | "framework" | "total";

/** The leading `# key: value` lines: each value and where it is, and where the header line starts (`-1` when there is none). */
interface MetaLines {
  meta: Partial<Record<MetaKey, string>>;
  at: Partial<Record<MetaKey, [number, number]>>;
  header: number;
}

function readMetaLines(text: string, findings: Findings): MetaLines {
  const meta: Partial<Record<MetaKey, string>> = {};
  const at: Partial<Record<MetaKey, [number, number]>> = {};
  let number = 0;
  for (const { line, start } of linesFrom(text)) {
    number++;
    if (line.trim() === "") continue;
    const comment = /^\s*#\s*(.*)$/d.exec(line);
    if (!comment) return { meta, at, header: start };
    const pair = /^([^:=]{1,40})[:=]\s*(.*)$/d.exec(comment[1]!);
    const key = pair ? META_KEYS[foldName(pair[1]!)] : undefined;
    if (pair && key) {
      meta[key] = pair[2]!.replace(/[;,\t]+\s*$/, "").trim();
      const from = start + comment.indices![1]![0] + pair.indices![2]![0];
      at[key] = [from, from + meta[key].length];
    } else if (comment[1]!.trim() !== "")
      findings.add("csv-comment-unknown", "ignored", "", { line: number, text: excerpt(comment[1]!, 50) });
  }
  return { meta, at, header: -1 };
}

/** The known columns of the header row (the first of each), the rest reported as ignored. */
function readHeader(header: CsvRecord, findings: Findings): Map<Column, number> {
  const columns = new Map<Column, number>();
  header.fields.forEach((cell, index) => {
    const name = cell.trim() === "%" ? "percent" : foldName(cell);
    const column = HEADER_NAMES[name];
    if (column && !columns.has(column)) columns.set(column, index);
    else if (cell.trim() !== "")
      findings.add("csv-column-ignored", "ignored", "", () => ({ column: excerpt(cell, 40) }));
  });
  if (header.count > MAX_COLUMNS)
    findings.add("csv-too-many-columns", "warning", "", { columns: header.count, read: MAX_COLUMNS });
  return columns;
}

/** The metadata: options first (and said when they replace the file's), then the file's `#` lines. */
interface CsvMeta {
  name?: string;
  code?: string;
  year?: number;
  framework?: string;
  date?: string;
  total?: number;
}

const OPTION_PATH = { municipality: "/municipality/name", code: "/municipality/code", framework: "/framework" };

function pick(
  key: "municipality" | "code" | "framework",
  option: string | undefined,
  fromFile: string | undefined,
  findings: Findings,
): string | undefined {
  const same =
    key === "framework"
      ? (a: string, b: string) => frameworkFromText(a) === frameworkFromText(b)
      : (a: string, b: string) => foldName(a) === foldName(b);
  if (option !== undefined && fromFile !== undefined && !same(option, fromFile))
    findings.add("option-overrides", "warning", OPTION_PATH[key], {
      option: key,
      given: `"${option}"`,
      found: `"${fromFile}"`,
      source: "file",
    });
  return option ?? fromFile;
}

function readYear(meta: Partial<Record<MetaKey, string>>, option: number | undefined, findings: Findings) {
  if (meta.year === undefined) return option;
  const fromFile = /^\d{4}$/.test(meta.year) ? Number(meta.year) : undefined;
  if (fromFile === undefined) findings.add("csv-year-invalid", "warning", "/year", { value: excerpt(meta.year, 20) });
  else if (option !== undefined && option !== fromFile)
    findings.add("option-overrides", "warning", "/year", {
      option: "year",
      given: option,
      found: fromFile,
      source: "file",
    });
  return option ?? fromFile;
}

function csvMeta(meta: Partial<Record<MetaKey, string>>, options: ImportOptions, findings: Findings): CsvMeta {
  const name = pick("municipality", options.municipality, meta.municipality, findings);
  const code = pick("code", options.code, meta.code, findings);
  const year = readYear(meta, options.year, findings);
  const framework = pick("framework", options.framework, meta.framework, findings);
  const total = meta.total !== undefined ? parseNumber(meta.total) : undefined;
  if (meta.total !== undefined && total === undefined)
    findings.add("csv-total-invalid", "warning", "/total", { value: excerpt(meta.total, 20) });
  return {
    ...(name !== undefined ? { name } : {}),
    ...(code !== undefined ? { code } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(framework !== undefined ? { framework } : {}),
    ...(meta.date !== undefined && meta.date !== "" ? { date: meta.date } : {}),
    ...(total !== undefined ? { total } : {}),
  };
}

/** What the rows gave: questions by area, and what was inferred along the way. */
interface Rows {
  byArea: Map<number, Map<string, Question>>;
  idsFromParts: boolean;
  areasByName: boolean;
  withPoints: number;
  /** The first area name given for each area number (evidence of the model when none is given). */
  titles: Map<number, string>;
}

/** Area numbers by name key (Swedish and English names), per model, made once and not on every row. */
const namesByModel = new Map<string, Map<string, number>>();

function namesOf(model: Framework): Map<string, number> {
  let names = namesByModel.get(model.id);
  if (!names) {
    names = new Map((model.areas ?? []).flatMap((a) => [nameKey(a.name.sv), nameKey(a.name.en)].map((k) => [k, a.id])));
    namesByModel.set(model.id, names);
  }
  return names;
}

let anyModelNames: Map<string, number | null> | undefined;

/** The area number a name has in the built-in models with known names; `null` when they give it different numbers. */
function anyModelArea(key: string): number | null | undefined {
  if (!anyModelNames) {
    anyModelNames = new Map();
    for (const model of namedModels())
      for (const [name, id] of namesOf(model)) {
        const seen = anyModelNames.get(name);
        anyModelNames.set(name, seen === undefined || seen === id ? id : null);
      }
  }
  return anyModelNames.get(key);
}

/** Which other model names an area so, for the finding: its label and, when it differs, its number there. */
function otherNaming(key: string, framework: Framework): { matches: string | null; matchesArea: number | null } {
  const other = namedModels().find((m) => m.id !== framework.id && namesOf(m).has(key));
  const area = other ? namesOf(other).get(key)! : undefined;
  return { matches: other?.label ?? null, matchesArea: area ?? null };
}

/**
 * The area number of an area cell: a number, "3. Name" or an area name. A name is looked up in
 * the framework when it is known and has areas (names collide across models: area 2 is not the
 * same area in 2.0 and 2020), else in every built-in model that gives it one number.
 */
function areaOf(areaCell: string, row: number, rows: Rows, framework: Framework | undefined, findings: Findings) {
  if (/^\d{1,2}$/.test(areaCell)) return Number(areaCell);
  if (areaCell === "") return undefined;
  const numbered = /^(\d{1,2})[.\s]/.exec(areaCell);
  const name = areaCell.replace(/^\d{1,2}\.?\s*/, "");
  const key = nameKey(name);
  const byName = framework?.areas ? namesOf(framework).get(key) : (anyModelArea(key) ?? undefined);
  const id = numbered ? Number(numbered[1]) : byName;
  if (id !== undefined) {
    rows.areasByName = true;
    if (!rows.titles.has(id) && name !== "") rows.titles.set(id, name);
  } else if (key !== "")
    findings.add("csv-area-name-unknown", "warning", "", () => ({
      row,
      value: excerpt(areaCell, 60),
      ...(framework?.areas
        ? { framework: framework.id, label: framework.label, ...otherNaming(key, framework) }
        : { framework: null, label: null, matches: null, matchesArea: null }),
    }));
  return id;
}

/** The question id of a row ("1.1", or "1" with an area), or `undefined`. */
function questionOf(questionCell: string, areaId: number | undefined, rows: Rows): string | undefined {
  const full = /^([1-9]\d?)\.([1-9]\d?)\.?$/.exec(questionCell);
  if (full) return `${full[1]}.${full[2]}`;
  if (/^[1-9]\d?$/.test(questionCell) && areaId !== undefined) {
    rows.idsFromParts = true;
    return `${areaId}.${questionCell}`;
  }
  return undefined;
}

/** The numbers of a row; cells that are not numbers are left out and said so. */
function rowNumbers(question: Question, cell: (column: Column) => string, row: number, findings: Findings): void {
  for (const column of ["achieved", "max", "percent"] as const) {
    const raw = cell(column);
    if (raw === "") continue;
    const value = column === "percent" ? parsePercent(raw) : parseNumber(raw);
    if (value === undefined)
      findings.add("csv-cell-not-number", "warning", "", () => ({ row, column, value: excerpt(raw, 20) }));
    else question[column] = value;
  }
}

/** The header's columns (and their names as written), the framework the area names are looked up in, and where the values are logged. */
interface Table {
  columns: Map<Column, number>;
  names: string[];
  headerCount: number;
  separator: string;
  framework: Framework | undefined;
  /** The text the records are read from, mapped to the input as decoded. */
  text: Mapped;
  log: EvidenceLog;
}

/** Logs where each number of a row's question is printed: its cell's range, row and column. */
function logRow(question: Question, record: CsvRecord, row: number, table: Table): void {
  for (const column of ["achieved", "max", "percent"] as const) {
    const index = table.columns.get(column);
    const range = index === undefined ? undefined : cellRange(table.text.text, record, index);
    if (question[column] === undefined || !range) continue;
    table.log.read(`question/${question.id}/${column}`, table.text, ...range, {
      row,
      column: table.names[index!]!,
    });
  }
}

/** Reads one data row (`row` is its number counting the header as 1). */

function readRow(record: CsvRecord, row: number, table: Table, rows: Rows, findings: Findings): void {
  if (record.fields.every((c) => c.trim() === "") && !record.extraContent) return;
  const { columns, headerCount } = table;
  if (
    record.count > headerCount &&
    (record.extraContent || record.fields.slice(headerCount).some((c) => c.trim() !== ""))
  ) {
    findings.add("csv-row-fields", "warning", "", {
      row,
      fields: record.count,
      header: headerCount,
      commaSeparated: table.separator === ",",
    });
    return;
  }
  const cell = (column: Column) => {
    const index = columns.get(column);
    return index === undefined ? "" : (record.fields[index] ?? "").trim();
  };
  const areaId = areaOf(cell("area"), row, rows, table.framework, findings);
  const id = questionOf(cell("question"), areaId, rows);
  if (id === undefined) {
    findings.add("csv-row-question-invalid", "warning", "", () => ({ row, value: excerpt(cell("question"), 20) }));
    return;
  }
  const idArea = Number(id.split(".")[0]);
  if (areaId !== undefined && areaId !== idArea) {
    findings.add("csv-row-wrong-area", "warning", "", { row, question: id, area: areaId });
    return;
  }
  const question: Question = { id };
  const textCell = squash(cell("text"));
  if (textCell) question.text = textCell.slice(0, 10000);
  rowNumbers(question, cell, row, findings);
  if (question.achieved !== undefined) rows.withPoints++;
  const list = rows.byArea.get(idArea) ?? new Map<string, Question>();
  if (list.has(id)) {
    findings.add("csv-row-duplicate", "ignored", "", { row, question: id });
    return;
  }
  list.set(id, question);
  rows.byArea.set(idArea, list);
  logRow(question, record, row, table);
}

/** The framework: as given, or decided from the rows (and said so). */
function csvFramework(rows: Rows, meta: CsvMeta, findings: Findings): string {
  if (meta.framework !== undefined) return frameworkFromText(meta.framework);
  const tables: OverviewTable[] = [...rows.byArea].map(([area, questions]) => ({
    area,
    rows: [...questions.values()].map((q) => ({
      id: q.id,
      ...(q.text ? { text: q.text } : {}),
      ...(q.max !== undefined ? { numbers: { achieved: q.achieved ?? 0, max: q.max, percent: q.percent } } : {}),
    })),
    ignored: [],
  }));
  const decision = decideFramework(rows.titles, tables, "", meta.year);
  reportFramework(decision, findings);
  return decision.id;
}

/** The areas with their questions in order, checked against the framework; what is missing is said. */
function csvAreas(rows: Rows, frameworkId: string, meta: CsvMeta, findings: Findings): Area[] {
  const framework = getFramework(frameworkId);
  const areas: Area[] = [...rows.byArea.keys()]
    .sort((a, b) => a - b)
    .map((id) => ({
      id,
      questions: [...rows.byArea.get(id)!.values()].sort(
        (a, b) => Number(a.id.split(".")[1]) - Number(b.id.split(".")[1]),
      ),
    }));
  areas.forEach((area, index) => checkRows(area, `/areas/${index}`, framework, findings));
  for (const definition of framework?.areas ?? [])
    if (!rows.byArea.has(definition.id))
      findings.add("csv-area-no-rows", "missing", "/areas", { area: definition.id, name: definition.name.sv });
  if (areas.length > 0) findings.add("csv-no-area-scores", "missing", "/areas");
  if (meta.total === undefined) findings.add("csv-total-not-given", "missing", "/total");
  if (meta.code === undefined) findings.add("code-missing", "missing", "/municipality/code", { source: "csv" });
  return areas;
}

/** Reads the header and every row; `undefined` when there is no header or no question column. */
function readTable(
  mapped: Mapped,
  headerStart: number,
  at: { framework: Framework | undefined; log: EvidenceLog },
  findings: Findings,
): Rows | undefined {
  const text = mapped.text;
  const { framework, log } = at;
  const separator = detectSeparator(text.slice(headerStart, fieldEnd(text, headerStart, "\n")));
  const rows: Rows = { byArea: new Map(), idsFromParts: false, areasByName: false, withPoints: 0, titles: new Map() };
  let table: Table | undefined;
  let index = 0;
  let usable = true;
  readRecords(text, separator, headerStart, (record) => {
    index++;
    if (table) return readRow(record, index, table, rows, findings);
    const columns = readHeader(record, findings);
    if (!columns.has("question")) {
      findings.add("csv-no-question-column", "missing", "", { separator: separator === "\t" ? "tab" : separator });
      usable = false;
      return false;
    }
    const names = record.fields.map((cell) => squash(cell));
    table = { columns, names, headerCount: record.count, separator, framework, text: mapped, log };
  });
  if (!usable) return undefined;
  if (rows.idsFromParts) findings.add("csv-ids-from-parts", "inferred", "/areas");
  if (rows.areasByName) findings.add("csv-areas-by-name", "inferred", "/areas");
  return rows;
}

const nothing = (findings: Findings, text: string): ImportResult => ({
  evaluation: null,
  findings: findings.list(),
  evidence: [],
  text,
});

/** Logs where the `# key: value` lines print the metadata. */
function logMeta(at: MetaLines["at"], text: Mapped, log: EvidenceLog): void {
  const keys = { municipality: "name", year: "year", code: "code", date: "date", total: "total" } as const;
  for (const [key, evidenceKey] of Object.entries(keys)) {
    const range = at[key as keyof typeof keys];
    if (range) log.read(evidenceKey, text, ...range);
  }
}

/**
 * Imports sub-question rows from CSV. Area scores are not derived here (the core derives them and
 * marks them as derived); everything inferred, missing or left out is in `findings`; every value
 * written has its `evidence` in `text` (the input as decoded): its cell's range, row and column,
 * or its `# key: value` line. Never throws. Reads the rows one at a time and keeps at most the
 * first 64 fields of each.
 */
export function importCsv(input: string | Uint8Array, options: ImportOptions = {}): ImportResult {
  const findings = new Findings();
  const decoded = decodeInput(input);
  reportEncoding(decoded, findings);
  // Read with line feeds only; every offset maps back to the input as decoded (the evidence's text).
  const source = decoded.text;
  const mapped = Mapped.of(source)
    .replace(/\r\n?/g, "\n")
    .replace(/^\ufeff/g, "");
  const { meta: metaLines, at, header } = readMetaLines(mapped.text, findings);
  if (header < 0) {
    findings.add("csv-no-header", "missing", "");
    return nothing(findings, source);
  }
  const log = new EvidenceLog();
  logMeta(at, mapped, log);
  // The framework given (option first), for looking up area names; its findings come with the metadata's.
  const given = options.framework ?? metaLines.framework;
  const framework = given ? getFramework(frameworkFromText(given)) : undefined;
  const rows = readTable(mapped, header, { framework, log }, findings);
  if (!rows) return nothing(findings, source);
  const meta = csvMeta(metaLines, options, findings);
  const frameworkId = csvFramework(rows, meta, findings);
  const areas = csvAreas(rows, frameworkId, meta, findings);
  if (!meta.name || meta.year === undefined || rows.withPoints === 0) {
    findings.add("csv-incomplete", "missing", "", {
      municipality: !meta.name,
      year: meta.year === undefined,
      rows: rows.withPoints === 0,
    });
    return nothing(findings, source);
  }
  const draft: Evaluation = {
    $schema: SCHEMA_URL,
    schemaVersion: 1,
    framework: frameworkId,
    municipality: { name: meta.name, ...(meta.code !== undefined ? { code: meta.code } : {}) },
    year: meta.year,
    ...(meta.date !== undefined ? { date: meta.date } : {}),
    ...(meta.total !== undefined ? { total: meta.total } : {}),
    areas,
    ...(options.file !== undefined ? { source: { file: options.file } } : {}),
  };
  const result = finish(draft, findings);
  if (
    result.evaluation &&
    !result.evaluation.areas.some((a) => (a.questions ?? []).some((q) => q.achieved !== undefined))
  ) {
    findings.add("csv-no-valid-row", "missing", "");
    return nothing(findings, source);
  }
  const evidence = result.evaluation ? log.list(result.evaluation, source, options) : [];
  return { ...result, evidence, text: source };
}
