/**
 * The check behind "no wrong number, ever" (issue 15): every value an import writes has its
 * evidence, and the evidence's range in the source text really prints that value; for a table (a
 * CSV, a results table), the range is in the cell of the row and column the evidence names.
 */
import type { Evaluation } from "@kommunkompassen/core";
import { foldName, MONTHS, parseNumber, parsePercent } from "../src/text";
import type { Evidence, ImportResult, ResultsTableResult } from "../src";

/** Every value of an evaluation that must carry evidence: its pointer and the value. */
export function valuesOf(evaluation: Evaluation): { path: string; value: string | number }[] {
  const values: { path: string; value: string | number }[] = [
    { path: "/municipality/name", value: evaluation.municipality.name },
    { path: "/year", value: evaluation.year },
  ];
  if (evaluation.municipality.code !== undefined)
    values.push({ path: "/municipality/code", value: evaluation.municipality.code });
  if (evaluation.date !== undefined) values.push({ path: "/date", value: evaluation.date });
  if (evaluation.total !== undefined) values.push({ path: "/total", value: evaluation.total });
  evaluation.areas.forEach((area, i) => {
    if (area.score !== undefined) values.push({ path: `/areas/${i}/score`, value: area.score });
    if (area.max !== undefined) values.push({ path: `/areas/${i}/max`, value: area.max });
    (area.questions ?? []).forEach((q, j) => {
      for (const field of ["achieved", "max", "percent"] as const)
        if (q[field] !== undefined) values.push({ path: `/areas/${i}/questions/${j}/${field}`, value: q[field] });
    });
  });
  return values;
}

/** Whether a snippet prints the value: the number (a decimal comma or point, a `%` or not), the name, the year, the month and year (or the date as it is), the code. */
export function prints(path: string, value: string | number, snippet: string): boolean {
  if (path === "/municipality/name") return foldName(snippet) === foldName(String(value));
  // A report page and a table print the code as it is ("2084"); a table may have lost its leading zero ("115").
  if (path === "/municipality/code") return snippet === String(value) || `0${snippet}` === String(value);
  if (path === "/date") {
    if (snippet === String(value)) return true;
    const [year, month] = String(value).split("-");
    const folded = snippet.toLowerCase();
    return folded.includes(year!) && folded.includes(MONTHS[Number(month) - 1]!);
  }
  if (path === "/year") return snippet === String(value);
  const read = path.endsWith("/percent") ? parsePercent(snippet) : parseNumber(snippet);
  return read !== undefined && read === value;
}

/** The fields of one line of a table, each with where it starts and ends in the line (quotes kept). */
function splitLine(line: string, separator: string): { start: number; end: number }[] {
  const fields: { start: number; end: number }[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] === '"') quoted = !quoted;
    else if (i === line.length || (!quoted && line[i] === separator)) {
      fields.push({ start, end: i });
      start = i + 1;
    }
  }
  return fields;
}

const unquote = (cell: string) =>
  cell
    .trim()
    .replace(/^"([\s\S]*)"$/, "$1")
    .replace(/""/g, '"')
    .replace(/\s+/g, " ");

/**
 * The row and column of the cell at `offset` in a table's text, read apart from the importer: the
 * header is the first line that is neither blank nor a `#` line (row 1), each line a row (the
 * tables checked have no line break inside a cell), the column the header's cell above it.
 */
export function cellAt(text: string, offset: number): { row: number; column: string } | undefined {
  const lines: { line: string; start: number }[] = [];
  for (let start = 0; start <= text.length;) {
    const end = text.indexOf("\n", start) < 0 ? text.length : text.indexOf("\n", start);
    lines.push({ line: text.slice(start, end).replace(/\r$/, ""), start });
    start = end + 1;
  }
  const headerIndex = lines.findIndex(({ line }) => line.trim() !== "" && !/^\s*#/.test(line));
  if (headerIndex < 0) return undefined;
  const header = lines[headerIndex]!.line;
  const outside = header.replace(/"[^"]*"/g, "");
  const separator = outside.includes(";") ? ";" : outside.includes("\t") ? "\t" : ",";
  const n = lines.findIndex(({ line, start }) => offset >= start && offset < start + line.length);
  if (n < 0) return undefined;
  const { line, start } = lines[n]!;
  const index = splitLine(line, separator).findIndex((f) => offset - start >= f.start && offset - start < f.end);
  const cell = splitLine(header, separator)[index];
  if (index < 0 || !cell) return undefined;
  return { row: n - headerIndex + 1, column: unquote(header.slice(cell.start, cell.end)) };
}

/** What is wrong with one evidence entry read from the text (none: its range is its snippet, prints the value, and names its cell). */
function entryProblems(e: Evidence, value: string | number, evaluation: Evaluation, text: string): string[] {
  const { path } = e;
  if (e.start === undefined || e.end === undefined || e.snippet === undefined) return [`${path}: no range`];
  const problems: string[] = [];
  if (text.slice(e.start, e.end) !== e.snippet) problems.push(`${path}: the snippet is not the text at its range`);
  if (e.lookup === "registry") {
    // A code looked up by the municipality's name: the range is the name it was looked up from.
    if (path !== "/municipality/code" || foldName(e.snippet) !== foldName(evaluation.municipality.name))
      problems.push(`${path}: looked up from "${e.snippet}", which is not the municipality's name`);
  } else if (!prints(path, value, e.snippet)) problems.push(`${path}: "${e.snippet}" does not print ${value}`);
  if (e.row !== undefined || e.column !== undefined) {
    const cell = cellAt(text, e.start);
    if (cell?.row !== e.row || cell?.column !== e.column)
      problems.push(`${path}: in row ${cell?.row} column "${cell?.column}", not row ${e.row} column "${e.column}"`);
  }
  return problems;
}

/**
 * The problems with an import's evidence (none: every value has one entry, from the text or from
 * an option, whose range in `result.text` is its snippet and prints the value, in the cell it
 * names). `options` are the values given as options.
 */
export function evidenceProblems(
  result: Pick<ImportResult, "evaluation" | "evidence" | "text">,
  options: readonly Evidence["option"][] = [],
): string[] {
  const evaluation = result.evaluation;
  if (!evaluation) return ["nothing imported"];
  const problems: string[] = [];
  const text = result.text ?? "";
  const byPath = new Map<string, Evidence[]>();
  for (const e of result.evidence ?? []) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  const values = valuesOf(evaluation);
  for (const { path, value } of values) {
    const list = byPath.get(path) ?? [];
    if (list.length !== 1) {
      problems.push(`${path} (${value}): ${list.length} evidence entries`);
      continue;
    }
    const e = list[0]!;
    if (e.option) {
      if (!options.includes(e.option)) problems.push(`${path}: from option ${e.option}, which was not given`);
      continue;
    }
    problems.push(...entryProblems(e, value, evaluation, text));
  }
  const known = new Set(values.map((v) => v.path));
  for (const path of byPath.keys()) if (!known.has(path)) problems.push(`${path}: evidence for no value`);
  return problems;
}

/** {@link evidenceProblems} of every evaluation of a results table's collection, its pointers into the collection. */
export function collectionEvidenceProblems(result: ResultsTableResult): string[] {
  const evaluations = result.collection?.evaluations ?? [];
  if (evaluations.length === 0) return ["nothing imported"];
  const problems: string[] = [];
  const at = (e: Evidence) => Number(/^\/evaluations\/(\d+)\//.exec(e.path)?.[1] ?? -1);
  evaluations.forEach((evaluation, i) => {
    const prefix = `/evaluations/${i}`;
    const evidence = result.evidence
      .filter((e) => at(e) === i)
      .map((e) => ({ ...e, path: e.path.slice(prefix.length) }));
    for (const problem of evidenceProblems({ evaluation, evidence, text: result.text }))
      problems.push(`${prefix}${problem}`);
  });
  for (const e of result.evidence)
    if (!(at(e) >= 0 && at(e) < evaluations.length)) problems.push(`${e.path}: evidence for no evaluation`);
  return problems;
}
