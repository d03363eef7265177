import { frameworkLabel, getFramework, type Framework } from "../frameworks";
import type { Evaluation } from "../schema/types";
import type { Lang } from "../text/format";
import { scoreEvaluation } from "../score/score";
import { rank, summarize, type Position, type Summary } from "./summary";

/** A group within a model: a county, a kommungrupp, a list of codes. */
export interface StatisticsGroup {
  /** A stable key, e.g. "20" (a county code) or "B3". */
  key: string;
  /** How it is named, e.g. "Dalarnas län" or "Större stad". */
  label: string;
}

/** Options for {@link collectionStatistics}. */
export interface StatisticsOptions {
  /** Rank every evaluation, not only the latest of each municipality within a model. */
  all?: boolean;
  /** Extra framework definitions. */
  frameworks?: readonly Framework[];
  /** The language of the models' labels; Swedish by default. */
  lang?: Lang;
  /**
   * Splits each model's evaluations into groups (see `groupBy` in `@kommunkompassen/core/municipalities`);
   * an evaluation it returns `null` for is in no group and is not ranked.
   */
  group?: (evaluation: Evaluation) => StatisticsGroup | null;
}

/** The statistics of one model (within one group, when grouped). */
export interface GroupStatistics {
  /** The model's id. */
  framework: string;
  /** The model's label. */
  label: string;
  /** The group, when the statistics are grouped. */
  group?: StatisticsGroup;
  /** How many evaluations are counted (the latest of each municipality, or every one with `all`). */
  n: number;
  /** The distribution of the totals. */
  total: Summary;
  /** The distribution of each area's scores, in the model's order. */
  areas: (Summary & { id: number })[];
}

/** Why an evaluation has no rank. */
export type UnrankedReason = "model-not-stated" | "older-evaluation" | "no-group";

/** Where one evaluation stands among its model's (and group's). */
export interface EvaluationStanding {
  /** The municipality's name. */
  municipality: string;
  /** Its code, or `null`. */
  code: string | null;
  /** The evaluation year. */
  year: number;
  /** The model's id. */
  framework: string;
  /** The total (published, else derived), or `null`. */
  total: number | null;
  /** The group, when grouped. */
  group?: StatisticsGroup;
  /** Its places, or `null` when it is not ranked (see `reason`). A place is `null` where the value is unknown. */
  rank: { total: Position | null; areas: (Position & { id: number })[] } | null;
  /** Why it is not ranked. */
  reason?: UnrankedReason;
}

/** The statistics of a collection: per model, never across models. */
export interface CollectionStatistics {
  /** One entry per model (and group), in the order the models first appear. */
  groups: GroupStatistics[];
  /** Every evaluation, in input order, with where it stands. */
  evaluations: EvaluationStanding[];
}

interface Scored {
  evaluation: Evaluation;
  index: number;
  total: number | null;
  areas: Map<number, number | null>;
  group: StatisticsGroup | null;
}

const municipalityKey = (e: Evaluation) => e.municipality.code ?? e.municipality.name;

/** The evaluations that are ranked: every one, or the latest of each municipality. */
function population(members: readonly Scored[], all: boolean): { ranked: Scored[]; older: Set<number> } {
  if (all) return { ranked: [...members], older: new Set() };
  const latest = new Map<string, Scored>();
  for (const m of members) {
    const key = municipalityKey(m.evaluation);
    const seen = latest.get(key);
    if (!seen || m.evaluation.year > seen.evaluation.year) latest.set(key, m);
  }
  const ranked: Scored[] = [];
  const older = new Set<number>();
  for (const m of members) {
    if (latest.get(municipalityKey(m.evaluation)) === m) ranked.push(m);
    else older.add(m.index);
  }
  return { ranked, older };
}

/** The statistics of one model's (or group's) members, and the ranks of those ranked. */
function groupStatistics(
  members: readonly Scored[],
  framework: string,
  options: StatisticsOptions,
  standings: EvaluationStanding[],
): GroupStatistics {
  const definition = getFramework(framework, options.frameworks);
  const { ranked, older } = population(members, options.all === true);
  const ids = definition?.areas
    ? definition.areas.map((a) => a.id)
    : [...new Set(members.flatMap((m) => [...m.areas.keys()]))].sort((a, b) => a - b);
  const totalRanks = rank(ranked.map((m) => m.total));
  const areaRanks = new Map(ids.map((id) => [id, rank(ranked.map((m) => m.areas.get(id) ?? null))]));
  ranked.forEach((m, i) => {
    const areas = ids.flatMap((id) => {
      const place = areaRanks.get(id)![i];
      return place ? [{ id, ...place }] : [];
    });
    standings[m.index]!.rank = { total: totalRanks[i] ?? null, areas };
  });
  for (const index of older) standings[index]!.reason = "older-evaluation";
  const group = members[0]?.group ?? undefined;
  return {
    framework,
    label: frameworkLabel(framework, options.lang ?? "sv", options.frameworks),
    ...(group ? { group } : {}),
    n: ranked.length,
    total: summarize(ranked.map((m) => m.total)),
    areas: ids.map((id) => ({ id, ...summarize(ranked.map((m) => m.areas.get(id) ?? null)) })),
  };
}

/**
 * Per model, never across models: for the total and each area, n, mean, median, quartiles, min and
 * max, and where each evaluation stands (highest first; equal values share the best place). By
 * default the latest evaluation of each municipality within a model is ranked (older ones have
 * `rank: null` and `reason: "older-evaluation"`); `all` ranks every one. An evaluation whose model is
 * not stated is never ranked and in no model's statistics (`reason: "model-not-stated"`). Unknown
 * values are left out of n, never counted as 0. Expects valid evaluations.
 */
export function collectionStatistics(
  evaluations: readonly Evaluation[],
  options: StatisticsOptions = {},
): CollectionStatistics {
  const standings: EvaluationStanding[] = [];
  const byModel = new Map<string, Scored[]>();
  evaluations.forEach((evaluation, index) => {
    const scores = scoreEvaluation(evaluation, options.frameworks);
    const group = options.group ? options.group(evaluation) : null;
    const standing: EvaluationStanding = {
      municipality: evaluation.municipality.name,
      code: evaluation.municipality.code ?? null,
      year: evaluation.year,
      framework: evaluation.framework,
      total: scores.total.value,
      ...(group ? { group } : {}),
      rank: null,
    };
    standings.push(standing);
    if (getFramework(evaluation.framework, options.frameworks)?.modelStated === false) {
      standing.reason = "model-not-stated";
      return;
    }
    if (options.group && !group) {
      standing.reason = "no-group";
      return;
    }
    const key = `${evaluation.framework}\u0000${group?.key ?? ""}`;
    const areas = new Map(scores.areas.map((a) => [a.id, a.score.value]));
    const members = byModel.get(key) ?? [];
    if (members.length === 0) byModel.set(key, members);
    members.push({ evaluation, index, total: scores.total.value, areas, group });
  });
  const groups = [...byModel.values()].map((members) =>
    groupStatistics(members, members[0]!.evaluation.framework, options, standings),
  );
  return { groups, evaluations: standings };
}
