/**
 * Where one evaluation stands among its model's: for the total and each area, the values of the
 * ranked evaluations (the core's `collectionStatistics`: the latest of each municipality by default),
 * their summary, the focal value and its place. Pure.
 */
import {
  compareSwedish,
  knownAreas,
  areaName,
  formatNumber,
  getFramework,
  type Evaluation,
  type Framework,
  type Position,
  type Summary,
  type UnrankedReason,
} from "@kommunkompassen/core";
import { numberedArea, type NationalMessages } from "../i18n/messages";
import {
  evaluationName,
  labelOf,
  municipalityKey,
  valueCounts,
  type CollectionEntry,
  type CollectionModel,
} from "./model";

/** One measure of the position: the total or an area. */
export interface PositionMeasure {
  /** `"total"` or the area's id. */
  id: "total" | number;
  /** Its name: "Totalt", "1 Offentlighet och demokrati". */
  name: string;
  /** The scale's maximum. */
  max: number;
  /** The ranked evaluations' values, in the order of {@link PositionModel.population}. */
  values: (number | null)[];
  /** Their distribution (n, median, quartiles, …). */
  summary: Summary;
  /** The focal evaluation's value, or `null`. */
  focal: number | null;
  /** Its place, when it is ranked and its value known. */
  place: Position | null;
  /** Whether the place is shared with another evaluation. */
  tied: boolean;
}

/** What a position strip shows. */
export interface PositionModel {
  /** The model drawn (never another's evaluations). */
  framework: string;
  /** Its label. */
  label: string;
  /** The focal evaluation's entry, if any. */
  focal: CollectionEntry | null;
  /** Why the focal evaluation is not ranked; the later year for an older one. */
  unranked: { reason: UnrankedReason; laterYear: number | null } | null;
  /** The ranked evaluations of the model, highest total first (then by name). */
  population: readonly CollectionEntry[];
  /** The total, then each area (without `areas`, the total only; with a focal evaluation, the areas it has a score for). */
  measures: PositionMeasure[];
  /** With a focal evaluation: the areas left out because its score is not known. */
  unknownAreas: number[];
}

/** The later evaluation of the same municipality and model that is ranked in place of an older one. */
function laterYear(focal: CollectionEntry, entries: readonly CollectionEntry[]): number | null {
  const key = municipalityKey(focal.evaluation);
  const later = entries.find(
    (e) =>
      e.standing.rank !== null &&
      e.evaluation.framework === focal.evaluation.framework &&
      municipalityKey(e.evaluation) === key,
  );
  return later ? later.evaluation.year : null;
}

/** The scale of the total: the model's maximum where known, else the highest value rounded up to a hundred. */
function totalMax(framework: Framework | undefined, values: readonly (number | null)[]): number {
  const areas = knownAreas(framework);
  if (areas) return areas.reduce((s, a) => s + a.max, 0);
  let highest = 0;
  for (const v of values) if (v !== null && v > highest) highest = v;
  return Math.max(100, Math.ceil(highest / 100) * 100);
}

/** Each model's ranked entries, highest total first (then by name), by the collection model they come from. */
const rankedByModel = new WeakMap<CollectionModel, Map<string, CollectionEntry[]>>();

/** The ranked entries of `frameworkId`, sorted once per collection model: every strip of every page shares them. */
function rankedOf(model: CollectionModel, frameworkId: string): readonly CollectionEntry[] {
  let byId = rankedByModel.get(model);
  if (!byId) rankedByModel.set(model, (byId = new Map()));
  let ranked = byId.get(frameworkId);
  if (!ranked) {
    ranked = model.entries
      .filter((e) => e.evaluation.framework === frameworkId && e.standing.rank !== null)
      .sort(
        (a, b) =>
          (b.standing.total ?? -Infinity) - (a.standing.total ?? -Infinity) ||
          compareSwedish(a.evaluation.municipality.name, b.evaluation.municipality.name),
      );
    byId.set(frameworkId, ranked);
  }
  return ranked;
}

/** The position of `focalIndex` (or the distribution of `framework` when there is none). */
export function positionModel(
  model: CollectionModel,
  focalIndex: number | null,
  frameworkId: string,
  withAreas: boolean,
  m: NationalMessages,
  frameworks: readonly Framework[] | undefined,
): PositionModel {
  const focal = focalIndex === null ? null : model.entries[focalIndex]!;
  const framework = getFramework(frameworkId, frameworks);
  const group = model.groups.get(frameworkId);
  const population = rankedOf(model, frameworkId);
  const unranked =
    focal && focal.standing.rank === null
      ? { reason: focal.standing.reason ?? "model-not-stated", laterYear: laterYear(focal, model.entries) }
      : null;
  const rank = focal?.standing.rank ?? null;
  const measure = (id: "total" | number, summary: Summary | undefined): PositionMeasure => {
    const values = population.map((e) => (id === "total" ? e.standing.total : (e.areas.get(id) ?? null)));
    const value = focal ? (id === "total" ? focal.standing.total : (focal.areas.get(id) ?? null)) : null;
    const place = rank ? (id === "total" ? rank.total : (rank.areas.find((a) => a.id === id) ?? null)) : null;
    const counts = place && value !== null ? valueCounts(values) : null;
    const name = id === "total" ? m.total : numberedArea(id, areaName(framework, id, m.lang, undefined), m);
    const max = id === "total" ? totalMax(framework, values) : (framework?.areas?.find((a) => a.id === id)?.max ?? 100);
    return {
      id,
      name,
      max,
      values,
      summary: summary ?? { n: 0, mean: null, median: null, q1: null, q3: null, min: null, max: null },
      focal: value,
      place,
      tied: counts !== null && value !== null && (counts.get(value) ?? 0) > 1,
    };
  };
  const areaIds = withAreas ? (framework?.areas?.map((a) => a.id) ?? group?.areas.map((a) => a.id) ?? []) : [];
  const areaMeasures = areaIds.map((id) =>
    measure(
      id,
      group?.areas.find((a) => a.id === id),
    ),
  );
  // An area the focal evaluation has no score for has no place to show: left out, and said so.
  const shown = focal ? areaMeasures.filter((a) => a.focal !== null) : areaMeasures;
  return {
    framework: frameworkId,
    label: labelOf(frameworkId, m, frameworks),
    focal,
    unranked,
    population,
    measures: [measure("total", group?.total), ...shown],
    unknownAreas: focal ? areaMeasures.filter((a) => a.focal === null).map((a) => a.id as number) : [],
  };
}

/** A measure's value as shown: "404 av 800 poäng" for the total where the maximum is known, "52 av 100" for an area. */
export function measureValue(measure: PositionMeasure, value: number, m: NationalMessages, maxKnown: boolean): string {
  const text = formatNumber(value, m.lang);
  if (measure.id === "total") return maxKnown ? m.totalLine(text, formatNumber(measure.max, m.lang)) : m.points(text);
  return m.outOf(text, formatNumber(measure.max, m.lang));
}

/**
 * The place of a measure in words, or why there is none: the model named in the first (the total's),
 * "plats 11 av 12 bland kommuner utvärderade med Kommunkompassen 2.0", the areas' shorter.
 */
export function placeSentence(
  measure: PositionMeasure,
  model: PositionModel,
  m: NationalMessages,
  maxKnown: boolean,
  first: boolean,
): string {
  if (measure.focal === null || measure.place === null) return m.positionUnknown(measure.name);
  const { position, of } = measure.place;
  return m.positionLine(
    measure.name,
    measureValue(measure, measure.focal, m, maxKnown),
    first ? m.rankWords(position, of, model.label, measure.tied) : m.rankShort(position, of, measure.tied),
  );
}

/** The focal evaluation's name ("Avesta kommun 2014"). */
export function focalName(model: PositionModel): string {
  return model.focal ? evaluationName(model.focal.evaluation) : "";
}

/** The focal evaluation of a collection: the same object, else the same municipality, year and model. */
export function findFocal(evaluations: readonly Evaluation[], focal: Evaluation): number {
  const same = evaluations.indexOf(focal);
  if (same >= 0) return same;
  const key = municipalityKey(focal);
  return evaluations.findIndex(
    (e) => e.year === focal.year && e.framework === focal.framework && municipalityKey(e) === key,
  );
}
