/**
 * The two scales the charts need. They replace @visx/scale, whose scales bring d3-scale's
 * interpolators, colour spaces, number formats and time intervals along: 12.3 KB min+gzip
 * measured, half of this package's 25 KB budget (see docs/benchmarks.md), for two lines of math.
 */

/** A linear mapping from a domain onto a range. */
export interface LinearScale {
  (value: number): number;
  /** The domain [min, max]. */
  domain: readonly [number, number];
  /** The range [start, end]. */
  range: readonly [number, number];
}

/** A linear scale; with `clamp`, values outside the domain map to the range's ends. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  clamp = false,
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((value: number) => {
    const t = (value - d0) / span;
    return r0 + (clamp ? Math.min(1, Math.max(0, t)) : t) * (r1 - r0);
  }) as LinearScale;
  scale.domain = domain;
  scale.range = range;
  return scale;
}

/** Evenly spaced bands for `count` categories, as d3's band scale lays them out. */
export interface BandScale {
  /** Start of band `index`. */
  (index: number): number;
  /** Width of one band. */
  bandwidth: number;
  /** Distance between the starts of two bands. */
  step: number;
}

/**
 * Bands for `count` categories over `range`, as d3's `scaleBand` lays them out: `paddingInner` (a
 * fraction of the step) between bands, `paddingOuter` (also in steps) before the first and after
 * the last, and the bands centred in the range when the padding leaves room over (a single band).
 */
export function bandScale(
  count: number,
  range: readonly [number, number],
  paddingInner = 0,
  paddingOuter = 0,
): BandScale {
  const [r0, r1] = range;
  const step = (r1 - r0) / Math.max(1, count - paddingInner + 2 * paddingOuter);
  // d3 centres (align 0.5) what the bands and their inner padding do not fill.
  const start = r0 + (r1 - r0 - step * (count - paddingInner)) / 2;
  const scale = ((index: number) => start + step * index) as BandScale;
  scale.step = step;
  scale.bandwidth = step * (1 - paddingInner);
  return scale;
}
