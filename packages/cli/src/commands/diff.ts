import { areaName, compareEvaluations, getFramework } from "@kommunkompassen/core";
import { num, table } from "../format";
import type { Output } from "../io";
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
  const before = loadValidEvaluation(oldFile, io);
  const after = loadValidEvaluation(newFile, io);
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
  const { from, to } = comparison;
  io.out(
    `${to.municipality} ${from.year} → ${to.year}${from.framework === to.framework ? ` (${to.framework})` : ` (${from.framework} → ${to.framework})`}`,
  );
  if (comparison.comparable) io.out("Comparable: yes");
  else {
    io.out("Comparable: no");
    for (const reason of comparison.reasons) io.out(`  - ${reason.message}`);
  }
  const change = (d: number | null) => (d === null ? "unknown" : d === 0 ? "±0" : num(d, true));
  const rows = [
    [
      "",
      options.lang === "sv" ? "Område" : "Area",
      String(from.year),
      String(to.year),
      options.lang === "sv" ? "Förändring" : "Change",
    ],
    ...areas.map((a) => [String(a.id), a.name, num(a.from), num(a.to), change(a.delta)]),
    [
      "",
      options.lang === "sv" ? "Totalt" : "Total",
      num(comparison.total.from),
      num(comparison.total.to),
      change(comparison.total.delta),
    ],
  ];
  io.out(table(rows, [0, 2, 3, 4]));
  return 0;
}
