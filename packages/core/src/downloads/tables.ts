import { compareEvaluations } from "../compare/compare";
import { areaName, frameworkLabel, getFramework, type Framework } from "../frameworks";
import { csvWords, type CsvWords } from "../messages/downloads";
import type { Evaluation, Source } from "../schema/types";
import { scoreEvaluation, type SourcedValue } from "../score/score";
import type { Series } from "../series/series";
import type { Lang } from "../text/format";
import type { CsvCell } from "./csv";

/** Options of the tables: the language of the headers and names, and definitions beyond the built-in models. */
export interface TableOptions {
  /** Language of the headers, the model's label and the area names; `sv` by default. */
  lang?: Lang;
  /** Framework definitions beyond the built-in models. */
  frameworks?: readonly Framework[];
}

/** Options of {@link evaluationTable}. */
export interface EvaluationTableOptions extends TableOptions {
  /** Only these areas (and their sub-questions); all by default, with the total row. */
  areas?: readonly number[];
}

/** A source's title and publisher, and its address. */
function sourceCells(source: Source | undefined): [CsvCell, CsvCell] {
  const title = [source?.title, source?.publisher].filter(Boolean).join(", ");
  return [title || null, source?.url ?? null];
}

const origin = (value: SourcedValue, w: CsvWords): CsvCell =>
  value.source === "missing" ? null : value.source === "published" ? w.published : w.derived;

/**
 * The whole evaluation as one table, a row per number: the total, each area and each sub-question
 * (`Nivå`: Totalt, Område, Delfråga), each row carrying the municipality, its code, the year, the
 * model (its id and label) and the source, so that every number can be traced wherever the row is
 * copied. Unknown values are empty cells, never 0; `Ursprung` says whether a number is published or
 * derived (as `scoreEvaluation` has it).
 */
export function evaluationTable(evaluation: Evaluation, options: EvaluationTableOptions = {}): CsvCell[][] {
  const lang = options.lang ?? "sv";
  const w = csvWords[lang];
  const framework = getFramework(evaluation.framework, options.frameworks);
  const scores = scoreEvaluation(evaluation, options.frameworks);
  const label = frameworkLabel(evaluation.framework, lang, options.frameworks);
  const { name, code } = evaluation.municipality;
  const lead: CsvCell[] = [name, code ?? null, evaluation.year, evaluation.framework, label];
  const tail = sourceCells(evaluation.source);
  const header = [w.municipality, w.code, w.year, w.framework, w.frameworkLabel, w.level, w.area, w.areaName];
  const rows: CsvCell[][] = [
    [...header, w.question, w.text, w.score, w.max, w.percent, w.origin, w.sourceTitle, w.source],
  ];
  if (!options.areas) {
    const { total, max, percent } = scores;
    rows.push([...lead, w.total, null, null, null, null, total.value, max, percent.value, origin(total, w), ...tail]);
  }
  for (const area of scores.areas) {
    if (options.areas && !options.areas.includes(area.id)) continue;
    const areaLabel = areaName(framework, area.id, lang, area.publishedTitle ?? undefined);
    const areaCells = [area.id, areaLabel];
    const areaMax = area.maxSource === "default" && !scores.areaSetKnown ? null : area.max;
    rows.push([
      ...[...lead, w.levelArea, ...areaCells, null, null],
      ...[area.score.value, areaMax, area.score.value === null ? null : area.percent.value],
      ...[origin(area.score, w), ...tail],
    ]);
    for (const q of area.questions) {
      rows.push([
        ...[...lead, w.levelQuestion, ...areaCells, q.id, q.text],
        ...[q.achieved.value, q.max, q.percent.value, origin(q.achieved, w), ...tail],
      ]);
    }
  }
  return rows;
}

/**
 * A chart's series as one table, a row per series and area (what the chart's data table shows):
 * the series' label, kind, model (id and label) and year, the area's number and name, the score,
 * and the source (the evaluation's for its own series, a reference's own where it gives one).
 */
export function seriesTable(
  series: readonly (Series & { source?: Source })[],
  options: TableOptions = {},
): CsvCell[][] {
  const lang = options.lang ?? "sv";
  const w = csvWords[lang];
  const rows: CsvCell[][] = [
    [
      w.series,
      w.seriesKind,
      w.framework,
      w.frameworkLabel,
      w.year,
      w.area,
      w.areaName,
      w.score,
      w.sourceTitle,
      w.source,
    ],
  ];
  for (const s of series) {
    const framework = getFramework(s.framework, options.frameworks);
    const label = frameworkLabel(s.framework, lang, options.frameworks);
    for (const v of s.values) {
      rows.push([
        ...[s.label, w.kinds[s.kind], s.framework, label, s.year],
        ...[v.areaId, areaName(framework, v.areaId, lang), v.value, ...sourceCells(s.source)],
      ]);
    }
  }
  return rows;
}

/**
 * Many evaluations as one table, a row per evaluation: municipality, code, year, model (id and
 * label), the total and a column per area (`Område 1` …, the largest area number of any of them),
 * and the source. The headers are those `kompass import` reads as a results table, so the file can
 * be imported again.
 */
export function collectionTable(evaluations: readonly Evaluation[], options: TableOptions = {}): CsvCell[][] {
  const lang = options.lang ?? "sv";
  const w = csvWords[lang];
  const scored = evaluations.map((e) => ({ e, scores: scoreEvaluation(e, options.frameworks) }));
  const areaCount = Math.max(0, ...scored.flatMap(({ scores }) => scores.areas.map((a) => a.id)));
  const areaIds = Array.from({ length: areaCount }, (_, i) => i + 1);
  const rows: CsvCell[][] = [
    [
      ...[w.municipality, w.code, w.year, w.framework, w.frameworkLabel, w.total],
      ...areaIds.map((id) => w.areaColumn(id)),
      ...[w.sourceTitle, w.source],
    ],
  ];
  for (const { e, scores } of scored) {
    const byId = new Map(scores.areas.map((a) => [a.id, a.score.value]));
    rows.push([
      ...[e.municipality.name, e.municipality.code ?? null, e.year, e.framework],
      ...[frameworkLabel(e.framework, lang, options.frameworks), scores.total.value],
      ...areaIds.map((id) => byId.get(id) ?? null),
      ...sourceCells(e.source),
    ]);
  }
  return rows;
}

/**
 * The change from one evaluation to the next, as the change table shows it: a row for the total
 * and one per area (where the two models define their areas alike), each with both scores, the
 * change (empty where the table says "ej jämförbar" or a side is unknown: across model versions or
 * area sets) and whether it is read as one; then the municipality, both models and both sources, so
 * that each row can be traced on its own. The numbers are `compareEvaluations`'.
 */
export function comparisonTable(from: Evaluation, to: Evaluation, options: TableOptions = {}): CsvCell[][] {
  const lang = options.lang ?? "sv";
  const w = csvWords[lang];
  const c = compareEvaluations(from, to, options.frameworks);
  const framework = getFramework(to.framework, options.frameworks);
  const label = (e: Evaluation) => frameworkLabel(e.framework, lang, options.frameworks);
  const tail: CsvCell[] = [
    ...[to.municipality.name, to.municipality.code ?? null, label(from), label(to)],
    ...[sourceCells(from.source).filter(Boolean).join(" "), sourceCells(to.source).filter(Boolean).join(" ")],
  ];
  // As the change table says it: across model versions (or area sets) no change is read, only both scores.
  const row = (cells: CsvCell[], d: { from: number | null; to: number | null; delta: number | null }) => {
    const change = c.changeReadable ? d.delta : null;
    return [...cells, d.from, d.to, change, change === null ? w.no : w.yes, ...tail];
  };
  const rows: CsvCell[][] = [
    [
      ...[w.area, w.areaName, w.scoreIn(from.year), w.scoreIn(to.year), w.change, w.comparable],
      ...[w.municipality, w.code, w.frameworkIn(from.year), w.frameworkIn(to.year)],
      ...[w.sourceIn(from.year), w.sourceIn(to.year)],
    ],
    row([w.total, null], c.total),
  ];
  if (c.areasComparable) for (const a of c.areas) rows.push(row([a.id, areaName(framework, a.id, lang)], a));
  return rows;
}
