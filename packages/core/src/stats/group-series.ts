import type { Series, SeriesValue } from "../series/series";
import type { GroupStatistics } from "./collection-stats";

/** A band of a group's area scores for a chart: the interquartile range or the whole range. */
export interface SeriesBand {
  /** `interquartile` (q1 to q3) or `range` (min to max). */
  kind: "interquartile" | "range";
  /** The legend label, e.g. "Kvartilavstånd, Kommunkompassen 2.0 (n = 12)". */
  label: string;
  /** The model the group was measured with. */
  framework: string;
  /**
   * How many evaluations the band is computed from: the smallest n of the areas it has a value for
   * (an evaluation with its total only counts for no area), so that "computed from n" holds for
   * every area drawn.
   */
  n: number;
  /** Each area's own n (evaluations with a known score of the area). */
  areaN: { areaId: number; n: number }[];
  /** The lower edge per area (`null` where no value is known). */
  low: SeriesValue[];
  /** The upper edge per area. */
  high: SeriesValue[];
}

/**
 * A group statistic as a reference series (kind `average`), for the radar and bar charts: the
 * median or mean of each area and of the total, marked `computed` with its n, never as published.
 */
export function groupSeries(group: GroupStatistics, statistic: "median" | "mean", label: string): Series {
  return {
    key: `${statistic}-${group.framework}${group.group ? `-${group.group.key}` : ""}`,
    kind: "average",
    label,
    framework: group.framework,
    year: null,
    values: group.areas.map((a) => ({ areaId: a.id, value: a[statistic] })),
    total: group.total[statistic],
    computed: { statistic, n: group.n },
  };
}

/** A group's band (interquartile or min–max) per area, for the charts. */
export function groupBand(group: GroupStatistics, kind: SeriesBand["kind"], label: string): SeriesBand {
  const [low, high] = kind === "interquartile" ? (["q1", "q3"] as const) : (["min", "max"] as const);
  const known = group.areas.filter((a) => a.n > 0).map((a) => a.n);
  return {
    kind,
    label,
    framework: group.framework,
    n: known.length > 0 ? Math.min(...known) : 0,
    areaN: group.areas.map((a) => ({ areaId: a.id, n: a.n })),
    low: group.areas.map((a) => ({ areaId: a.id, value: a[low] })),
    high: group.areas.map((a) => ({ areaId: a.id, value: a[high] })),
  };
}
