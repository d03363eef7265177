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
  getFramework,
  kommunkompassen20,
  kommunkompassen21,
  type Area,
  type Evaluation,
  type Question,
} from "@kommunkompassen/core";
import { capRepeats, finish, SCHEMA_URL } from "./finish";
import { checkRows, decideFramework } from "./framework";
import type { OverviewTable } from "./overview";
import { decodeInput, excerpt, foldName, parseNumber, parsePercent, squash } from "./text";
import type { Finding, ImportOptions, ImportResult } from "./types";

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

const META_KEYS: Record<string, "municipality" | "code" | "year" | "date" | "framework" | "total"> = {
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

/** Splits CSV text into records (RFC 4180 quoting: "a;b", "say ""hi"""; quoted line breaks). */
export function parseRecords(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field.trim() === "") {
      quoted = true;
      field = "";
      i++;
    } else if (c === separator) {
      record.push(field);
      field = "";
      i++;
    } else if (c === "\n" || c === "\r") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * Whether a text looks like the CSV format rather than report text: its first line that is not
 * empty or a `#` comment is a header with a question column and at least one number column.
 */
export function looksLikeCsv(text: string): boolean {
  const line = text
    .replace(/^\ufeff/, "")
    .split(/\r\n?|\n/)
    .find((l) => l.trim() !== "" && !/^\s*#/.test(l));
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

function frameworkFromText(value: string): string {
  const trimmed = value.trim();
  if (/^(?:kommunkompassen[- ]?)?2[.,]0$/i.test(trimmed)) return kommunkompassen20.id;
  if (/^(?:kommunkompassen[- ]?)?2[.,]1$/i.test(trimmed)) return kommunkompassen21.id;
  return trimmed;
}

/**
 * Imports sub-question rows from CSV. Area scores are not derived here (the core derives them and
 * marks them as derived); everything inferred, missing or left out is in `findings`. Never throws.
 */
export function importCsv(input: string | Uint8Array, options: ImportOptions = {}): ImportResult {
  const findings: Finding[] = [];
  const decoded = decodeInput(input);
  if (decoded.encoding === "windows-1252")
    findings.push({ kind: "inferred", path: "", message: "the file is not valid UTF-8; it was read as Windows-1252" });
  else if (decoded.encoding === "utf-16le" || decoded.encoding === "utf-16be") {
    findings.push({
      kind: "inferred",
      path: "",
      message: `the file was read as ${decoded.encoding.toUpperCase()} (it starts with that byte order mark)`,
    });
  }
  const text = decoded.text.replace(/\r\n?/g, "\n").replace(/^\ufeff/, "");

  // Leading "# key: value" lines.
  const lines = text.split("\n");
  const meta: Partial<Record<"municipality" | "code" | "year" | "date" | "framework" | "total", string>> = {};
  let first = 0;
  for (; first < lines.length; first++) {
    const line = lines[first]!;
    if (line.trim() === "") continue;
    const comment = /^\s*#\s*(.*)$/.exec(line);
    if (!comment) break;
    const pair = /^([^:=]{1,40})[:=]\s*(.*)$/.exec(comment[1]!);
    const key = pair ? META_KEYS[foldName(pair[1]!)] : undefined;
    if (pair && key) meta[key] = pair[2]!.replace(/[;,\t]+\s*$/, "").trim();
    else if (comment[1]!.trim() !== "")
      findings.push({
        kind: "ignored",
        path: "",
        message: `comment line ${first + 1} is not a known "# key: value" line: "${excerpt(comment[1]!, 50)}"`,
      });
  }
  const headerLine = lines[first];
  if (headerLine === undefined) {
    findings.push({
      kind: "missing",
      path: "",
      message: "nothing usable: the file has no header row (area;question;text;achieved;max;percent)",
    });
    return { evaluation: null, findings: capRepeats(findings) };
  }
  const separator = detectSeparator(headerLine);
  const records = parseRecords(lines.slice(first).join("\n"), separator);
  const header = records[0] ?? [];
  const columns = new Map<Column, number>();
  header.forEach((cell, index) => {
    const name = cell.trim() === "%" ? "percent" : foldName(cell);
    const column = HEADER_NAMES[name];
    if (column && !columns.has(column)) columns.set(column, index);
    else if (cell.trim() !== "")
      findings.push({
        kind: "ignored",
        path: "",
        message: `column "${excerpt(cell, 40)}" is not one of area, question, text, achieved, max, percent; ignored`,
      });
  });
  if (!columns.has("question")) {
    findings.push({
      kind: "missing",
      path: "",
      message: `nothing usable: the header row has no "question" (fråga) column; expected area;question;text;achieved;max;percent (separator "${separator === "\t" ? "tab" : separator}")`,
    });
    return { evaluation: null, findings: capRepeats(findings) };
  }

  // --- Metadata -------------------------------------------------------------------------------
  const pick = (key: "municipality" | "code" | "framework", option: string | undefined): string | undefined => {
    const fromFile = meta[key];
    const same =
      key === "framework"
        ? (a: string, b: string) => frameworkFromText(a) === frameworkFromText(b)
        : (a: string, b: string) => foldName(a) === foldName(b);
    if (option !== undefined && fromFile !== undefined && !same(option, fromFile)) {
      findings.push({
        kind: "warning",
        path: key === "municipality" ? "/municipality/name" : key === "code" ? "/municipality/code" : "/framework",
        message: `--${key} "${option}" replaces "${fromFile}" from the file`,
      });
    }
    return option ?? fromFile;
  };
  const name = pick("municipality", options.municipality);
  const code = pick("code", options.code);
  let year = options.year;
  if (meta.year !== undefined) {
    const fromFile = /^\d{4}$/.test(meta.year) ? Number(meta.year) : undefined;
    if (fromFile === undefined)
      findings.push({
        kind: "warning",
        path: "/year",
        message: `"# year: ${excerpt(meta.year, 20)}" is not a year; ignored`,
      });
    else if (year !== undefined && year !== fromFile)
      findings.push({ kind: "warning", path: "/year", message: `--year ${year} replaces ${fromFile} from the file` });
    year ??= fromFile;
  }
  const frameworkOption = pick("framework", options.framework);
  const date = meta.date !== undefined && meta.date !== "" ? meta.date : undefined;
  const total = meta.total !== undefined ? parseNumber(meta.total) : undefined;
  if (meta.total !== undefined && total === undefined)
    findings.push({
      kind: "warning",
      path: "/total",
      message: `"# total: ${excerpt(meta.total, 20)}" is not a number; ignored`,
    });

  // --- Rows -----------------------------------------------------------------------------------
  const byArea = new Map<number, Question[]>();
  let idsFromParts = false;
  let areasByName = false;
  let withPoints = 0;
  const cell = (record: string[], column: Column) => {
    const index = columns.get(column);
    return index === undefined ? "" : (record[index] ?? "").trim();
  };
  records.slice(1).forEach((record, index) => {
    const line = `row ${index + 2}`;
    if (record.every((c) => c.trim() === "")) return;
    if (record.length > header.length && record.slice(header.length).some((c) => c.trim() !== "")) {
      findings.push({
        kind: "warning",
        path: "",
        message: `${line} has ${record.length} fields, the header ${header.length}${separator === "," ? ' (decimal commas in a ","-separated file? use ";" as the separator)' : ""}; row left out`,
      });
      return;
    }
    const areaCell = cell(record, "area");
    const questionCell = cell(record, "question");
    let areaId: number | undefined;
    if (/^\d{1,2}$/.test(areaCell)) areaId = Number(areaCell);
    else if (areaCell !== "") {
      const byName = [kommunkompassen20, kommunkompassen21]
        .flatMap((f) => f.areas)
        .find((a) => foldName(a.name.sv) === foldName(areaCell.replace(/^\d{1,2}\.?\s*/, "")));
      const numbered = /^(\d{1,2})[.\s]/.exec(areaCell);
      areaId = numbered ? Number(numbered[1]) : byName?.id;
      if (areaId !== undefined) areasByName = true;
    }
    let id: string | undefined;
    const full = /^([1-9]\d?)\.([1-9]\d?)\.?$/.exec(questionCell);
    if (full) id = `${full[1]}.${full[2]}`;
    else if (/^[1-9]\d?$/.test(questionCell) && areaId !== undefined) {
      id = `${areaId}.${questionCell}`;
      idsFromParts = true;
    }
    if (id === undefined) {
      findings.push({
        kind: "warning",
        path: "",
        message: `${line}: "${excerpt(questionCell, 20)}" is not a question number like 1.1; row left out`,
      });
      return;
    }
    const idArea = Number(id.split(".")[0]);
    if (areaId !== undefined && areaId !== idArea) {
      findings.push({
        kind: "warning",
        path: "",
        message: `${line}: question ${id} does not belong to area ${areaId}; row left out`,
      });
      return;
    }
    const question: Question = { id };
    const textCell = squash(cell(record, "text"));
    if (textCell) question.text = textCell.slice(0, 10000);
    for (const column of ["achieved", "max", "percent"] as const) {
      const raw = cell(record, column);
      if (raw === "") continue;
      const value = column === "percent" ? parsePercent(raw) : parseNumber(raw);
      if (value === undefined) {
        findings.push({
          kind: "warning",
          path: "",
          message: `${line}: ${column} "${excerpt(raw, 20)}" is not a number; left out`,
        });
        continue;
      }
      question[column] = value;
    }
    if (question.achieved !== undefined) withPoints++;
    const list = byArea.get(idArea) ?? [];
    if (list.some((q) => q.id === id)) {
      findings.push({
        kind: "ignored",
        path: "",
        message: `${line}: question ${id} appears twice; the first row is kept`,
      });
      return;
    }
    list.push(question);
    byArea.set(idArea, list);
  });
  if (idsFromParts)
    findings.push({
      kind: "inferred",
      path: "/areas",
      message: 'question numbers were given without the area ("1"); written as "<area>.<n>"',
    });
  if (areasByName)
    findings.push({
      kind: "inferred",
      path: "/areas",
      message: "areas were given by name; their numbers were looked up in the framework",
    });

  // --- Framework --------------------------------------------------------------------------------
  const tables: OverviewTable[] = [...byArea].map(([area, questions]) => ({
    area,
    rows: questions.map((q) => ({
      id: q.id,
      ...(q.text ? { text: q.text } : {}),
      ...(q.max !== undefined ? { numbers: { achieved: q.achieved ?? 0, max: q.max, percent: q.percent } } : {}),
    })),
    ignored: [],
  }));
  let frameworkId: string;
  if (frameworkOption !== undefined) frameworkId = frameworkFromText(frameworkOption);
  else {
    const decision = decideFramework(new Map(), tables, "", year);
    frameworkId = decision.id;
    findings.push({
      kind: decision.uncertain ? "warning" : "inferred",
      path: "/framework",
      message: `${decision.id}: ${decision.reason}${decision.uncertain ? "; check it, or pass --framework" : ""}`,
    });
  }
  const framework = getFramework(frameworkId);

  const areas: Area[] = [...byArea.keys()]
    .sort((a, b) => a - b)
    .map((id) => ({
      id,
      questions: byArea.get(id)!.sort((a, b) => Number(a.id.split(".")[1]) - Number(b.id.split(".")[1])),
    }));
  areas.forEach((area, index) => checkRows(area, `/areas/${index}`, framework, findings));
  if (framework) {
    for (const definition of framework.areas) {
      if (!byArea.has(definition.id))
        findings.push({
          kind: "missing",
          path: "/areas",
          message: `no rows for area ${definition.id} (${definition.name.sv})`,
        });
    }
  }
  if (areas.length > 0) {
    findings.push({
      kind: "missing",
      path: "/areas",
      message:
        "the CSV has no area scores; the core derives an area's score from its sub-questions (marked as derived) when all of them have points",
    });
  }
  if (total === undefined)
    findings.push({
      kind: "missing",
      path: "/total",
      message:
        'no total given (add "# total: N" when the report states it); the core derives it when all area scores are known',
    });
  if (code === undefined)
    findings.push({
      kind: "missing",
      path: "/municipality/code",
      message: 'no municipality code; add it with --code NNNN or "# code: NNNN"',
    });

  const problems = [
    !name ? 'no municipality (--municipality or "# municipality: …")' : "",
    year === undefined ? 'no year (--year or "# year: …")' : "",
    withPoints === 0 ? "no sub-question row with points" : "",
  ].filter(Boolean);
  if (problems.length > 0) {
    findings.push({ kind: "missing", path: "", message: `nothing usable: ${problems.join("; ")}` });
    return { evaluation: null, findings: capRepeats(findings) };
  }

  const draft: Evaluation = {
    $schema: SCHEMA_URL,
    schemaVersion: 1,
    framework: frameworkId,
    municipality: { name: name!, ...(code !== undefined ? { code } : {}) },
    year: year!,
    ...(date !== undefined ? { date } : {}),
    ...(total !== undefined ? { total } : {}),
    areas,
    ...(options.file !== undefined ? { source: { file: options.file } } : {}),
  };
  const result = finish(draft, findings);
  if (
    result.evaluation &&
    !result.evaluation.areas.some((a) => (a.questions ?? []).some((q) => q.achieved !== undefined))
  ) {
    result.findings.push({
      kind: "missing",
      path: "",
      message: "nothing usable: no valid sub-question row with points is left",
    });
    return { evaluation: null, findings: result.findings };
  }
  return result;
}
