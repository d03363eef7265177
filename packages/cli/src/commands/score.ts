import {
  areaName,
  frameworkLabel,
  getFramework,
  scoreEvaluation,
  type Framework,
  type ValueSource,
} from "@kommunkompassen/core";
import { cliMessages } from "@kommunkompassen/core/messages";
import { numberText, table } from "../format";
import { loadFrameworks, modelName } from "../frameworks";
import { printable } from "../safe";
import type { Output } from "../io";
import { loadValidEvaluation } from "./load";

/** Options of `kompass score`. */
export interface ScoreCommandOptions {
  /** Print JSON instead of text. */
  json: boolean;
  /** Language of area names. */
  lang: "sv" | "en";
  /** `--frameworks`: files of framework definitions (each one definition or an array of them). */
  frameworks?: readonly string[];
}

/** One area in `kompass score --json`. */
export interface ScoreJsonArea {
  id: number;
  name: string;
  score: number | null;
  max: number;
  percent: number | null;
  source: ValueSource;
}

/** The shape of `kompass score --json`. */
export interface ScoreJson {
  municipality: { name: string; code: string | null };
  year: number;
  /** The model's id, as in the file. */
  framework: string;
  /** The model's label in the `--lang` language ("Kommunkompassen 2020"); the id itself when there is no definition. */
  frameworkLabel: string;
  total: number | null;
  totalSource: ValueSource;
  /** The total maximum, or `null` when the model's area set is not known (the original model, a model not stated). */
  max: number | null;
  percent: number | null;
  areas: ScoreJsonArea[];
}

/** `kompass score FILE`: per-area score, max and percent, and the total. */
export function scoreCommand(file: string, options: ScoreCommandOptions, io: Output): number {
  const defined = loadFrameworks(options.frameworks, io, options.lang);
  if (!("frameworks" in defined)) return defined.exitCode;
  const { frameworks } = defined;
  const loaded = loadValidEvaluation(file, io, options.lang, frameworks);
  if (!("evaluation" in loaded)) return loaded.exitCode;
  const { evaluation } = loaded;
  const scores = scoreEvaluation(evaluation, frameworks);
  const framework = getFramework(evaluation.framework, frameworks);
  const json: ScoreJson = {
    municipality: { name: evaluation.municipality.name, code: evaluation.municipality.code ?? null },
    year: evaluation.year,
    framework: evaluation.framework,
    frameworkLabel: frameworkLabel(evaluation.framework, options.lang, frameworks),
    total: scores.total.value,
    totalSource: scores.total.source,
    max: scores.max,
    percent: scores.percent.value,
    areas: scores.areas.map((a) => ({
      id: a.id,
      name: areaName(framework, a.id, options.lang, a.publishedTitle ?? undefined),
      score: a.score.value,
      max: a.max,
      percent: a.percent.value,
      source: a.score.source,
    })),
  };
  if (options.json) {
    io.out(JSON.stringify(json, null, 2));
    return 0;
  }
  printScoreTable(json, { ...scores, frameworks }, options.lang, io);
  return 0;
}

/** The human-readable form of `kompass score`: a heading (the model by its label), the table and its notes. */
function printScoreTable(
  json: ScoreJson,
  {
    missingAreas,
    areaSetKnown,
    frameworks,
  }: { missingAreas: readonly number[]; areaSetKnown: boolean; frameworks: readonly Framework[] },
  lang: "sv" | "en",
  io: Output,
): void {
  const t = cliMessages[lang];
  const num = (value: number | null) => numberText(value, lang);
  const mark = (source: ValueSource) => (source === "derived" ? " *" : "");
  const rows = [
    ["", t.area, t.score, t.max, t.percent],
    ...json.areas.map((a) => [String(a.id), a.name, num(a.score) + mark(a.source), num(a.max), num(a.percent)]),
    ["", t.total, num(json.total) + mark(json.totalSource), num(json.max), num(json.percent)],
  ];
  const model = modelName(json.framework, lang, frameworks);
  io.out(printable(t.scoreHeading(json.municipality.name, json.year, model)));
  io.out(table(rows, [0, 2, 3, 4]));
  const notes: string[] = [];
  if (json.areas.some((a) => a.source === "derived") || json.totalSource === "derived") notes.push(t.derivedNote);
  if (!areaSetKnown) notes.push(printable(t.areasUnknownNote(model)));
  // Where the area set is not known, a missing area is not why the total is unknown.
  if (missingAreas.length > 0) notes.push(t.notKnown(missingAreas, areaSetKnown && json.total === null));
  if (json.percent !== null) notes.push(t.percentNote);
  for (const note of notes) io.out(note);
}
