import { areaName, compareEvaluations, getFramework, type Comparison, type Lang } from "@kommunkompassen/core";
import { cliMessages, componentMessages } from "@kommunkompassen/core/messages";
import { changeText, numberText, table } from "../format";
import type { Output } from "../io";
import { printable } from "../safe";
import { loadValidEvaluation } from "./load";

/** Options of `kompass diff`. */
export interface DiffCommandOptions {
  /** Print JSON instead of text. */
  json: boolean;
  /** Language of area names. */
  lang: "sv" | "en";
}

/** `kompass diff OLD NEW`: deltas per area and of the total, with the comparability verdict. */
export function diffCommand(oldFile: string, newFile: string, options: DiffCommandOptions, io: Output): number {
  const before = loadValidEvaluation(oldFile, io, options.lang);
  const after = loadValidEvaluation(newFile, io, options.lang);
  if (!("evaluation" in before) || !("evaluation" in after)) {
    return Math.max("exitCode" in before ? before.exitCode : 0, "exitCode" in after ? after.exitCode : 0);
  }
  const comparison = compareEvaluations(before.evaluation, after.evaluation);
  const framework = getFramework(after.evaluation.framework);
  const areas = comparison.areas.map((a) => ({ ...a, name: areaName(framework, a.id, options.lang, a.name) }));
  if (options.json) {
    io.out(JSON.stringify({ ...comparison, areas }, null, 2));
    return 0;
  }
  printDiffTable({ ...comparison, areas }, options.lang, io);
  return 0;
}

/** The human-readable form of `kompass diff`: a heading, the verdict with its reasons, and the table. */
function printDiffTable(comparison: Comparison, lang: Lang, io: Output): void {
  const t = cliMessages[lang];
  const { from, to } = comparison;
  const frameworks = from.framework === to.framework ? to.framework : `${from.framework} → ${to.framework}`;
  io.out(printable(t.diffHeading(to.municipality, from.year, to.year, frameworks)));
  io.out(t.comparable(comparison.comparable));
  // The comparison's own reasons are English and name the areas; in Swedish, the catalogue's words.
  if (!comparison.comparable)
    for (const reason of comparison.reasons)
      io.out(`  - ${printable(lang === "en" ? reason.message : componentMessages[lang].reasons[reason.kind])}`);
  const num = (value: number | null) => numberText(value, lang);
  const rows = [
    ["", t.area, String(from.year), String(to.year), t.change],
    ...comparison.areas.map((a) => [String(a.id), a.name, num(a.from), num(a.to), changeText(a.delta, lang)]),
    ["", t.total, num(comparison.total.from), num(comparison.total.to), changeText(comparison.total.delta, lang)],
  ];
  io.out(table(rows, [0, 2, 3, 4]));
}
