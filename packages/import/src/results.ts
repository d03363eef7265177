/**
 * `importResultsTable`: a table of published results, one evaluation per row (the columns of
 * `published-results.csv`: municipality;code;year;framework;framework_basis;total;area_1…area_8;
 * source_url) → evaluations, each with its source, in one collection. Pure, no I/O.
 *
 * Columns in any order, optional ones missing; separator `;`, tab or `,` (from the header);
 * decimal comma or point; quoted fields; UTF-8 with or without BOM, UTF-16 or Windows-1252. A cell
 * that is empty (or a dash) is unknown and stays absent, never 0. A model that is not given is the
 * built-in "model not stated"; how a model is known (`framework_basis`) is kept in the evaluation's
 * notes and never made firmer than the table says. A missing code is looked up in the municipality
 * registry by name, and said so.
 */
import {
  getFramework,
  kommunkompassenUnstated,
  validateCollection,
  type Area,
  type Collection,
  type Evaluation,
  type Source,
} from "@kommunkompassen/core";
import { importMessages, type Lang } from "@kommunkompassen/core/messages";
import {
  checkMunicipality,
  foldMunicipalityName,
  matchMunicipalities,
  municipalityByCode,
} from "@kommunkompassen/core/municipalities";
import { cellRange, frameworkFromText, readRecords, type CsvRecord } from "./csv";
import { EvidenceLog, type CellOf, type EvidenceKey } from "./evidence";
import { finish } from "./finish";
import { Findings, reportEncoding } from "./findings";
import { Mapped } from "./mapped";
import { decodeInput, excerpt, foldName, parseNumber, squash } from "./text";
import type { Evidence, Finding, FindingKind, FindingValues, ImportFindingCode } from "./types";

/** The columns of a results table (`area:N` for an area's score). */
type ResultColumn = "municipality" | "code" | "year" | "framework" | "basis" | "total" | "source" | `area:${number}`;

/** Header names (folded: case, diacritics, `_` and other punctuation aside) and what they mean. */
const RESULT_HEADERS: Record<string, ResultColumn> = {
  municipality: "municipality",
  "municipality name": "municipality",
  kommun: "municipality",
  kommunnamn: "municipality",
  code: "code",
  "municipality code": "code",
  kommunkod: "code",
  kod: "code",
  year: "year",
  ar: "year",
  utvarderingsar: "year",
  framework: "framework",
  model: "framework",
  modell: "framework",
  "framework basis": "basis",
  "model basis": "basis",
  "modell grund": "basis",
  total: "total",
  totalt: "total",
  totalpoang: "total",
  "total score": "total",
  "source url": "source",
  source: "source",
  url: "source",
  kalla: "source",
  "kalla url": "source",
};

const AREA_HEADER = /^(?:area|omrade|huvudomrade)\s?([1-9]\d?)$/;

/** How many rows a table may have: a collection holds at most 10 000 evaluations. */
export const MAX_RESULT_ROWS = 10000;

/** What a header cell means, or `undefined`. */
function columnOf(cell: string): ResultColumn | undefined {
  const name = foldName(cell.replace(/"/g, ""));
  const area = AREA_HEADER.exec(name);
  return area ? `area:${Number(area[1])}` : RESULT_HEADERS[name];
}

function detectSeparator(header: string): string {
  const outside = header.replace(/"[^"]*"/g, "");
  if (outside.includes(";")) return ";";
  if (outside.includes("\t")) return "\t";
  return ",";
}

/** The first line that is not blank, and where it starts. */
function firstLine(text: string): string | undefined {
  const match = /^[ \t]*\S[^\n\r]*/m.exec(text);
  return match?.[0];
}

/** What the header names: a municipality and a year column, and a total or area column. */
function headerKinds(cells: readonly string[]): { municipality: boolean; year: boolean; scores: boolean } {
  const columns = cells.map(columnOf);
  return {
    municipality: columns.includes("municipality"),
    year: columns.includes("year"),
    scores: columns.some((c) => c === "total" || c?.startsWith("area:")),
  };
}

/**
 * Whether a text looks like a results table: its first line that is not blank is a header with a
 * municipality column, a year column, and a total or area score column (`area_1`).
 */
export function looksLikeResultsTable(text: string): boolean {
  const line = firstLine(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (line === undefined || line.length > 2000) return false;
  const kinds = headerKinds(line.split(detectSeparator(line)));
  return kinds.municipality && kinds.year && kinds.scores;
}

/** Options of {@link importResultsTable}. */
export interface ResultsTableOptions {
  /** The file name, recorded as the collection's source (and its title when none is given). */
  file?: string;
  /** The collection's title. */
  title?: string;
  /** The language of the notes written into the evaluations (how each model is known); English unless given. */
  lang?: Lang;
}

/** The outcome of {@link importResultsTable}. */
export interface ResultsTableResult {
  /**
   * The evaluations in one collection, valid (`validateCollection` gives no errors); `null` when the
   * table has no usable row. Every finding's `path` points into it (`/evaluations/4/total`).
   */
  collection: Collection | null;
  /** The table row (the header is row 1) each evaluation comes from, in the collection's order. */
  rows: number[];
  /** The rows that give no evaluation (each said in a finding), in table order. */
  leftOut: number[];
  /** Everything inferred, missing, left out or inconsistent, with the row in `values.row`. */
  findings: Finding[];
  /**
   * Where every value of every evaluation was read, at its pointer into the collection
   * (`/evaluations/4/total`): the cell's range in `text`, its snippet, row and column. A code
   * looked up in the registry by the municipality's name has the name's cell and `lookup: "registry"`.
   */
  evidence: Evidence[];
  /** The table as decoded, which the evidence ranges are offsets in. */
  text: string;
}

/** The header's columns, and how many fields it has. */
interface Header {
  columns: Map<ResultColumn, number>;
  names: Map<ResultColumn, string>;
  count: number;
  separator: string;
  /** The text the records are read from, mapped to the table as decoded. */
  text: Mapped;
}

function readHeader(record: CsvRecord, separator: string, text: Mapped, findings: Findings): Header {
  const columns = new Map<ResultColumn, number>();
  const names = new Map<ResultColumn, string>();
  record.fields.forEach((cell, index) => {
    const column = columnOf(cell);
    if (column && !columns.has(column)) {
      columns.set(column, index);
      names.set(column, excerpt(cell, 40));
    } else if (column)
      findings.add("results-column-duplicate", "ignored", "", { column: excerpt(cell, 40), index: index + 1 });
    else if (cell.trim() !== "") findings.add("results-column-ignored", "ignored", "", { column: excerpt(cell, 40) });
  });
  return { columns, names, count: record.count, separator, text };
}

/** One finding of a row, its path within the row's evaluation (`/total`, `""` for the row itself). */
interface RowFinding {
  code: ImportFindingCode;
  kind: FindingKind;
  path: string;
  values: FindingValues;
}

/** What one row gives before it is checked against the others. */
interface RowDraft {
  row: number;
  evaluation: Evaluation;
  findings: RowFinding[];
  /** Where the row's values are printed. */
  log: EvidenceLog;
  /** Municipality (code, else folded name) and year: two rows with the same key are the same evaluation. */
  key: string;
}

/** Reads one row's cells; collects its findings with the row number in their values. */
class RowReader {
  readonly findings: RowFinding[] = [];
  readonly notes: string[] = [];
  readonly log = new EvidenceLog();
  constructor(
    readonly row: number,
    private readonly record: CsvRecord,
    private readonly header: Header,
    readonly lang: Lang,
  ) {}

  cell(column: ResultColumn): string {
    const index = this.header.columns.get(column);
    return index === undefined ? "" : squash(this.record.fields[index] ?? "");
  }

  /** Logs that the value `key` was read from this row's cell in `column` (or, with `lookup`, looked up from it). */
  read(key: EvidenceKey, column: ResultColumn, lookup?: CellOf["lookup"]): void {
    const index = this.header.columns.get(column);
    const range = index === undefined ? undefined : cellRange(this.header.text.text, this.record, index);
    if (!range) return;
    this.log.read(key, this.header.text, ...range, {
      row: this.row,
      column: this.header.names.get(column) ?? column,
      ...(lookup ? { lookup } : {}),
    });
  }

  add(code: ImportFindingCode, kind: FindingKind, path: string, values: FindingValues = {}): void {
    this.findings.push({ code, kind, path, values: { row: this.row, ...values } });
  }

  /** A score cell: a number, or absent (empty, a dash) and said so when it is not a number. */
  score(column: ResultColumn, path: string, key: EvidenceKey): number | undefined {
    const raw = this.cell(column);
    if (raw === "" || /^[-–—]$/.test(raw)) return undefined;
    const value = parseNumber(raw);
    if (value === undefined)
      this.add("results-cell-not-number", "warning", path, {
        column: this.header.names.get(column) ?? column,
        value: excerpt(raw, 20),
      });
    else this.read(key, column);
    return value;
  }
}

const BASIS: Record<string, "stated" | "year"> = {
  stated: "stated",
  uppgiven: "stated",
  angiven: "stated",
  year: "year",
  ar: "year",
};

/** The model of a row: as the table gives it, never firmer; how it is known goes into the notes. */
function frameworkOf(reader: RowReader, year: number): string {
  const notes = importMessages[reader.lang].resultsNotes;
  const text = reader.cell("framework");
  const basis = reader.cell("basis");
  const kind = basis === "" ? undefined : (BASIS[foldName(basis)] ?? "other");
  if (text === "") {
    reader.add("results-framework-not-stated", "missing", "/framework", { basis: basis || null });
    reader.notes.push(notes.notStated);
    if (kind === "other") reader.notes.push(notes.basisOther(basis));
    return kommunkompassenUnstated.id;
  }
  const id = frameworkFromText(text);
  const definition = getFramework(id);
  if (!definition) {
    const kept = /^[a-z0-9][a-z0-9._-]*$/.test(id) && id.length <= 100 ? id : null;
    reader.add("results-framework-unknown", "warning", "/framework", { value: excerpt(text, 60), framework: kept });
    reader.notes.push(notes.frameworkText(excerpt(text, 200), kept));
    if (!kept) {
      reader.notes.push(notes.notStated);
      return kommunkompassenUnstated.id;
    }
  } else if (definition.modelStated === false) {
    reader.notes.push(notes.notStated);
    return definition.id;
  }
  const label = definition?.label ?? id;
  const model = { framework: id, label };
  if (kind === "stated") reader.notes.push(notes.basisStated);
  else if (kind === "year") {
    reader.add("results-framework-from-year", "inferred", "/framework", { ...model, year });
    reader.notes.push(notes.basisYear(label, year));
  } else if (kind === "other") {
    reader.add("results-basis-unknown", "warning", "/framework", { value: excerpt(basis, 40) });
    reader.notes.push(notes.basisOther(excerpt(basis, 200)));
  } else {
    reader.add("results-basis-missing", "missing", "/framework", model);
    reader.notes.push(notes.basisMissing);
  }
  return id;
}

/**
 * The municipality code: as the table gives it (checked against the registry, kept when it does not
 * fit, with a warning); a three-digit code read with its lost leading zero only where the registry
 * confirms it; a missing one looked up by name only where the name means one municipality, and said so.
 */
function codeOf(reader: RowReader, name: string): string | undefined {
  const notes = importMessages[reader.lang].resultsNotes;
  const value = reader.cell("code");
  const path = "/municipality/code";
  if (/^\d{4}$/.test(value)) {
    const mismatch = checkMunicipality({ name, code: value });
    if (mismatch) reader.add("results-code-mismatch", "warning", path, { code: value, name, ...mismatch });
    reader.read("code", "code");
    return value;
  }
  if (/^\d{3}$/.test(value)) {
    const padded = `0${value}`;
    const record = municipalityByCode(padded);
    if (record && checkMunicipality({ name, code: padded }) === null) {
      reader.add("results-code-padded", "inferred", path, { value, code: padded, registryName: record.name });
      reader.notes.push(notes.codePadded(value, padded));
      // The cell prints the code without its leading zero ("115" for 0115).
      reader.read("code", "code");
      return padded;
    }
  }
  if (value !== "") reader.add("results-code-invalid", "warning", path, { value: excerpt(value, 20) });
  const matches = matchMunicipalities(name);
  if (matches.length !== 1) {
    reader.add("results-code-not-found", "missing", path, { name, candidates: matches.length });
    return undefined;
  }
  const record = matches[0]!;
  reader.add("results-code-from-registry", "inferred", path, { name, code: record.code, registryName: record.name });
  reader.read("code", "municipality", "registry");
  reader.notes.push(notes.codeFromRegistry(record.code, record.name));
  return record.code;
}

/** The total and the area scores; unknown ones absent. */
function figuresOf(reader: RowReader, header: Header): { total?: number; areas: Area[] } {
  const total = reader.score("total", "/total", "total");
  const ids = [...header.columns.keys()]
    .filter((c): c is `area:${number}` => c.startsWith("area:"))
    .map((c) => Number(c.slice(5)))
    .sort((a, b) => a - b);
  const areas: Area[] = [];
  for (const id of ids) {
    const score = reader.score(`area:${id}`, "/areas", `area/${id}/score`);
    if (score !== undefined) areas.push({ id, score });
  }
  if (total === undefined && areas.length === 0) reader.add("results-no-score", "missing", "/total");
  return { ...(total !== undefined ? { total } : {}), areas };
}

function sourceOf(reader: RowReader): Source | undefined {
  const url = reader.cell("source");
  if (url === "") reader.add("results-source-missing", "missing", "/source");
  else if (!/^https?:\/\/\S+$/i.test(url) || url.length > 2000)
    reader.add("results-source-invalid", "warning", "/source", { value: excerpt(url, 80) });
  else return { url };
  return undefined;
}

/** A row that gives no evaluation: the finding that says why (at `""`, the row in its values). */
type Dropped = Omit<RowFinding, "path">;

/** Reads one data row: its draft, or why it gives no evaluation. */
function readRow(reader: RowReader, record: CsvRecord, header: Header): RowDraft | Dropped {
  const { row } = reader;
  if (record.count > header.count && (record.extraContent || record.fields.slice(header.count).some((c) => c.trim()))) {
    const values = { row, fields: record.count, header: header.count, commaSeparated: header.separator === "," };
    return { code: "results-row-fields", kind: "warning", values };
  }
  const name = reader.cell("municipality").slice(0, 200);
  if (name === "") return { code: "results-municipality-missing", kind: "warning", values: { row } };
  const yearCell = reader.cell("year");
  const year = /^\d{4}$/.test(yearCell) ? Number(yearCell) : NaN;
  if (!(year >= 1990 && year <= 2100))
    return { code: "results-year-invalid", kind: "warning", values: { row, value: excerpt(yearCell, 20) } };
  reader.read("name", "municipality");
  reader.read("year", "year");
  const code = codeOf(reader, name);
  const framework = frameworkOf(reader, year);
  const { total, areas } = figuresOf(reader, header);
  const source = sourceOf(reader);
  const basis = reader.cell("basis");
  const evaluation: Evaluation = {
    schemaVersion: 1,
    framework,
    municipality: { name, ...(code !== undefined ? { code } : {}) },
    year,
    ...(total !== undefined ? { total } : {}),
    areas,
    ...(source ? { source } : {}),
    ...(reader.notes.length > 0 ? { notes: reader.notes } : {}),
    ...(basis !== "" ? { "x-framework-basis": basis.slice(0, 200) } : {}),
  };
  const key = `${code !== undefined ? `code:${code}` : `name:${foldMunicipalityName(name)}`}\u0000${year}`;
  return { row, evaluation, findings: reader.findings, log: reader.log, key };
}

/** The figures of an evaluation, to tell a repeated row from a conflicting one. */
const figures = (e: Evaluation) => JSON.stringify([e.framework, e.total ?? null, e.areas]);

/** Adds a kept row's findings, and those of its validation, at `/evaluations/N/…`; and its evidence there. */
function keep(
  draft: RowDraft,
  index: number,
  out: { findings: Findings; evidence: Evidence[]; source: string },
): Evaluation | undefined {
  const { findings } = out;
  const own = new Findings();
  const result = finish(draft.evaluation, own);
  const at = result.evaluation ? `/evaluations/${index}` : "";
  for (const f of draft.findings) findings.add(f.code, f.kind, result.evaluation ? at + f.path : "", f.values);
  for (const f of result.findings)
    findings.add(f.code, f.kind, result.evaluation ? at + f.path : "", { row: draft.row, ...f.values });
  if (result.evaluation)
    for (const e of draft.log.list(result.evaluation, out.source, {})) out.evidence.push({ ...e, path: at + e.path });
  return result.evaluation ?? undefined;
}

/** The collection's title: as given, else the file's own name. */
function titleOf(options: ResultsTableOptions): string | undefined {
  const title = options.title ?? options.file?.split(/[\\/]/).pop();
  return title ? title.slice(0, 500) : undefined;
}

/** Each row in table order: its draft, or why it gives none (a repeated row among them). */
function readRows(
  mapped: Mapped,
  lang: Lang,
  findings: Findings,
): { entries: (RowDraft | Dropped)[]; header?: Header } {
  const text = mapped.text;
  const separator = detectSeparator(firstLine(text) ?? "");
  const entries: (RowDraft | Dropped)[] = [];
  const seen = new Map<string, RowDraft>();
  let header: Header | undefined;
  let row = 0;
  let read = 0;
  readRecords(text, separator, 0, (record) => {
    row++;
    if (record.fields.every((c) => c.trim() === "") && !record.extraContent) return;
    if (!header) {
      header = readHeader(record, separator, mapped, findings);
      const kinds = headerKinds(record.fields);
      if (kinds.municipality && kinds.year && kinds.scores) return;
      findings.add("results-columns-missing", "missing", "", {
        municipality: !kinds.municipality,
        year: !kinds.year,
        scores: !kinds.scores,
        separator: separator === "\t" ? "tab" : separator,
      });
      header = undefined;
      return false;
    }
    if (++read > MAX_RESULT_ROWS) {
      findings.add("results-too-many-rows", "warning", "", { max: MAX_RESULT_ROWS });
      return false;
    }
    const entry = readRow(new RowReader(row, record, header, lang), record, header);
    if (!("evaluation" in entry)) return entries.push(entry);
    const first = seen.get(entry.key);
    if (!first) {
      seen.set(entry.key, entry);
      return entries.push(entry);
    }
    const { municipality, year } = entry.evaluation;
    const same = figures(first.evaluation) === figures(entry.evaluation);
    entries.push({
      code: "results-row-duplicate",
      kind: same ? "ignored" : "warning",
      values: { row, firstRow: first.row, municipality: municipality.name, year, same },
    });
  });
  return { entries, ...(header ? { header } : {}) };
}

/**
 * Imports a results table (one evaluation per row) into evaluations in one collection. Never
 * throws; every row problem is a finding with the row in its values and, for a kept row, a pointer
 * into the collection (`/evaluations/4/total`); a row that gives no evaluation is reported at `""`.
 * Every value written has its `evidence` (its cell's range in `text`, its row and column).
 * Two rows of the same municipality and year: the first is kept, the second reported.
 */
export function importResultsTable(input: string | Uint8Array, options: ResultsTableOptions = {}): ResultsTableResult {
  const findings = new Findings();
  const decoded = decodeInput(input);
  reportEncoding(decoded, findings);
  // Read with line feeds only; every offset maps back to the table as decoded (the evidence's text).
  const source = decoded.text;
  const mapped = Mapped.of(source)
    .replace(/\r\n?/g, "\n")
    .replace(/^\ufeff/g, "");
  const { entries, header } = readRows(mapped, options.lang ?? "en", findings);
  const none = (leftOut: number[] = []): ResultsTableResult => ({
    collection: null,
    rows: [],
    leftOut,
    findings: findings.list(),
    evidence: [],
    text: source,
  });
  if (!header) {
    if (!findings.has("results-columns-missing"))
      findings.add("results-columns-missing", "missing", "", { municipality: true, year: true, scores: true });
    return none();
  }
  const evidence: Evidence[] = [];
  const evaluations: Evaluation[] = [];
  const rows: number[] = [];
  const leftOut: number[] = [];
  for (const entry of entries) {
    if (!("evaluation" in entry)) {
      findings.add(entry.code, entry.kind, "", entry.values);
      leftOut.push(entry.values.row as number);
      continue;
    }
    const evaluation = keep(entry, evaluations.length, { findings, evidence, source });
    if (!evaluation) {
      leftOut.push(entry.row);
      continue;
    }
    evaluations.push(evaluation);
    rows.push(entry.row);
  }
  if (evaluations.length === 0) {
    findings.add("results-no-valid-row", "missing", "");
    return none(leftOut);
  }
  const title = titleOf(options);
  const collection: Collection = {
    schemaVersion: 1,
    ...(title !== undefined ? { title } : {}),
    ...(options.file !== undefined ? { sources: [{ file: options.file.slice(0, 500) }] } : {}),
    evaluations,
  };
  if (!validateCollection(collection, { checkMunicipality }).valid) {
    findings.add("not-made-valid", "warning", "");
    return none(leftOut);
  }
  return { collection, rows, leftOut, findings: findings.list(), evidence, text: source };
}
