import {
  areaName,
  compareEvaluations,
  frameworkLabel,
  getFramework,
  getFrameworkArea,
  scoreEvaluation,
  type Comparison,
  type ComparisonSide,
  type Evaluation,
  type Framework,
  type Lang,
} from "@kommunkompassen/core";
import { cliMessages, componentMessages } from "@kommunkompassen/core/messages";
import { changeText, numberText, table } from "../format";
import { loadFrameworks, modelName } from "../frameworks";
import type { Output } from "../io";
import { printable } from "../safe";
import { loadValidEvaluation } from "./load";

/** Options of `kompass diff`. */
export interface DiffCommandOptions {
  /** Print JSON instead of text. */
  json: boolean;
  /** Language of area names. */
  lang: "sv" | "en";
  /** `--frameworks`: files of framework definitions (each one definition or an array of them). */
  frameworks?: readonly string[];
}

/** A side of `kompass diff --json`: core's, with the model's label in the `--lang` language added. */
export interface DiffJsonSide extends ComparisonSide {
  /** The model's label ("Kommunkompassen 2020"); the id itself when there is no definition. */
  frameworkLabel: string;
}

/** What the commands compare: the two evaluations and the definitions beyond the built-in ones. */
interface Compared {
  before: Evaluation;
  after: Evaluation;
  frameworks: readonly Framework[];
}

/**
 * An area's name in the language: the newer model's name for it, else the older model's, else the
 * title either file gives, else "Område N" / "Area N".
 */
function nameOf(id: number, { before, after, frameworks }: Compared, lang: Lang): string {
  for (const evaluation of [after, before]) {
    const framework = getFramework(evaluation.framework, frameworks);
    if (getFrameworkArea(framework, id)) return areaName(framework, id, lang);
  }
  const title = [after, before].map((e) => e.areas.find((a) => a.id === id)?.title).find(Boolean);
  return areaName(undefined, id, lang, title);
}

/** `kompass diff OLD NEW`: deltas per area and of the total, with the comparability verdict. */
export function diffCommand(oldFile: string, newFile: string, options: DiffCommandOptions, io: Output): number {
  const defined = loadFrameworks(options.frameworks, io, options.lang);
  if (!("frameworks" in defined)) return defined.exitCode;
  const { frameworks } = defined;
  const before = loadValidEvaluation(oldFile, io, options.lang, frameworks);
  const after = loadValidEvaluation(newFile, io, options.lang, frameworks);
  if (!("evaluation" in before) || !("evaluation" in after)) {
    return Math.max("exitCode" in before ? before.exitCode : 0, "exitCode" in after ? after.exitCode : 0);
  }
  const compared: Compared = { before: before.evaluation, after: after.evaluation, frameworks };
  const comparison = compareEvaluations(compared.before, compared.after, frameworks);
  const areas = comparison.areas.map((a) => ({ ...a, name: nameOf(a.id, compared, options.lang) }));
  if (options.json) {
    const side = (s: ComparisonSide): DiffJsonSide => ({
      ...s,
      frameworkLabel: frameworkLabel(s.framework, options.lang, frameworks),
    });
    // The fields of `kompass diff --json` named one by one: its shape is a contract, not whatever the core's Comparison holds.
    const { comparable, reasons, areasComparable, total } = comparison;
    const json = {
      comparable,
      reasons,
      from: side(comparison.from),
      to: side(comparison.to),
      areasComparable,
      total,
      areas,
    };
    io.out(JSON.stringify(json, null, 2));
    return 0;
  }
  printDiff({ ...comparison, areas }, compared, options.lang, io);
  return 0;
}

/** The human-readable form of `kompass diff`: a heading, the verdict with its reasons, and the table. */
function printDiff(comparison: Comparison, compared: Compared, lang: Lang, io: Output): void {
  const t = cliMessages[lang];
  const { from, to } = comparison;
  const model = (id: string) => modelName(id, lang, compared.frameworks);
  const models =
    from.framework === to.framework ? model(to.framework) : `${model(from.framework)} → ${model(to.framework)}`;
  const twoMunicipalities = comparison.reasons.some((reason) => reason.kind === "different-municipality");
  io.out(
    printable(
      twoMunicipalities
        ? t.diffHeadingTwo(from.municipality, from.year, to.municipality, to.year, models)
        : t.diffHeading(to.municipality, from.year, to.year, models),
    ),
  );
  io.out(t.comparable(comparison.comparable));
  // The comparison's own reasons are English and name the areas; in Swedish, the catalogue's words.
  if (!comparison.comparable)
    for (const reason of comparison.reasons)
      io.out(`  - ${printable(lang === "en" ? reason.message : componentMessages[lang].reasons[reason.kind])}`);
  const num = (value: number | null) => numberText(value, lang);
  if (!comparison.areasComparable) {
    printAcrossModels(comparison, compared, lang, io);
    return;
  }
  const rows = [
    ["", t.area, String(from.year), String(to.year), t.change],
    ...comparison.areas.map((a) => [String(a.id), a.name, num(a.from), num(a.to), changeText(a.delta, lang)]),
    ["", t.total, num(comparison.total.from), num(comparison.total.to), changeText(comparison.total.delta, lang)],
  ];
  io.out(table(rows, [0, 2, 3, 4]));
}

/**
 * `diff` across models whose areas differ or are not known: the totals side by side with the change
 * "ej jämförbar" / "not comparable", then each evaluation's area scores under its own model's names,
 * never in one row (area 3 of one model is not area 3 of the other) and with no change.
 */
function printAcrossModels(comparison: Comparison, compared: Compared, lang: Lang, io: Output): void {
  const t = cliMessages[lang];
  const num = (value: number | null) => numberText(value, lang);
  const { from, to } = comparison;
  io.out(
    table(
      [
        ["", String(from.year), String(to.year), t.change],
        [t.total, num(comparison.total.from), num(comparison.total.to), t.notComparableChange],
      ],
      [1, 2],
    ),
  );
  for (const evaluation of [compared.before, compared.after]) {
    const framework = getFramework(evaluation.framework, compared.frameworks);
    const scored = scoreEvaluation(evaluation, compared.frameworks).areas.filter((a) => a.score.value !== null);
    const model = modelName(evaluation.framework, lang, compared.frameworks);
    io.out("");
    io.out(printable(t.scoreHeading(evaluation.municipality.name, evaluation.year, model)));
    if (scored.length === 0) {
      io.out(t.noAreaScores);
      continue;
    }
    const rows = [
      ["", t.area, t.score],
      ...scored.map((a) => [
        String(a.id),
        areaName(framework, a.id, lang, a.publishedTitle ?? undefined),
        num(a.score.value),
      ]),
    ];
    io.out(table(rows, [0, 2]));
  }
}
