/**
 * The check behind "no wrong number, ever" (issue 15): every value an import writes has its
 * evidence, and the evidence's range in the source text really prints that value.
 */
import type { Evaluation } from "@kommunkompassen/core";
import { foldName, MONTHS, parseNumber, parsePercent } from "../src/text";
import type { Evidence, ImportResult } from "../src";

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
  // A report page prints the code and the date as they are ("2084", "2014-12").
  if (path === "/municipality/code") return snippet === String(value);
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

/**
 * The problems with an import's evidence (none: every value has one entry, from the text or from
 * an option, whose range in `result.text` is its snippet and prints the value). `options` are the
 * values given as options.
 */
export function evidenceProblems(result: ImportResult, options: readonly Evidence["option"][] = []): string[] {
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
    if (e.start === undefined || e.end === undefined || e.snippet === undefined) {
      problems.push(`${path}: no range`);
      continue;
    }
    if (text.slice(e.start, e.end) !== e.snippet) problems.push(`${path}: the snippet is not the text at its range`);
    if (!prints(path, value, e.snippet)) problems.push(`${path}: "${e.snippet}" does not print ${value}`);
  }
  const known = new Set(values.map((v) => v.path));
  for (const path of byPath.keys()) if (!known.has(path)) problems.push(`${path}: evidence for no value`);
  return problems;
}
