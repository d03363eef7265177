/** The distribution of one measure (a total or an area score) over a set of evaluations. */
export interface Summary {
  /** How many values are known; unknown values are left out, never counted as 0. */
  n: number;
  /** The arithmetic mean, or `null` when `n` is 0. */
  mean: number | null;
  /** The median (the 0.5 quantile), or `null`. */
  median: number | null;
  /** The first quartile (0.25 quantile, linear interpolation as `d3.quantile`), or `null`. */
  q1: number | null;
  /** The third quartile (0.75 quantile), or `null`. */
  q3: number | null;
  /** The smallest value, or `null`. */
  min: number | null;
  /** The largest value, or `null`. */
  max: number | null;
}

/** Rounds away floating-point noise (0.1 + 0.2), keeping every decimal a published value can have. */
const clean = (value: number): number => Math.round(value * 1e9) / 1e9;

/**
 * The `p`-quantile of values sorted in ascending order, by linear interpolation between the two
 * nearest ranks (R-7, as `d3.quantile` and spreadsheets' PERCENTILE compute it); `null` for none.
 */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const i = (n - 1) * Math.min(1, Math.max(0, p));
  const below = Math.floor(i);
  const low = sorted[below]!;
  const high = sorted[Math.min(below + 1, n - 1)]!;
  return clean(low + (high - low) * (i - below));
}

/** The summary of values, unknown ones (`null`) left out. */
export function summarize(values: readonly (number | null | undefined)[]): Summary {
  const known = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (known.length === 0) return { n: 0, mean: null, median: null, q1: null, q3: null, min: null, max: null };
  return {
    n: known.length,
    mean: clean(known.reduce((sum, v) => sum + v, 0) / known.length),
    median: quantileSorted(known, 0.5),
    q1: quantileSorted(known, 0.25),
    q3: quantileSorted(known, 0.75),
    min: known[0]!,
    max: known[known.length - 1]!,
  };
}

/** A place in a ranking: `position` of `of` (1 is the highest value). */
export interface Position {
  /** The place, highest value first; equal values share the best place (1, 2, 2, 4). */
  position: number;
  /** How many values were ranked. */
  of: number;
  /**
   * The percentile rank: the percentage of ranked values below this one, counting equal values (this
   * one included) as half below, so the highest of 12 is at 95.8 and a median value at 50.
   */
  percentile: number;
}

/** The number of sorted values below `value` (`strict`) or at most `value`. */
function countBelow(sorted: readonly number[], value: number, strict: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (strict ? sorted[mid]! < value : sorted[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The places of values, highest first, ties sharing the best place; `null` for an unknown value.
 * O(n log n): one sort, then two binary searches per value.
 */
export function rank(values: readonly (number | null)[]): (Position | null)[] {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const of = sorted.length;
  return values.map((value) => {
    if (value === null) return null;
    const below = countBelow(sorted, value, true);
    const atMost = countBelow(sorted, value, false);
    const equal = atMost - below;
    return { position: of - atMost + 1, of, percentile: Math.round(((below + equal / 2) / of) * 1000) / 10 };
  });
}
