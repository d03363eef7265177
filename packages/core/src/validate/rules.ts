/**
 * The numeric rules the validator and the scorer share: the rounding policy and the tolerance
 * used when a published percent is compared with its achieved points. See docs/scoring.md.
 */

/**
 * Two published numbers closer than this are equal (guards against binary floating point noise).
 * The one floating-point tolerance of every package: compare with {@link same} and {@link exceeds}.
 */
export const EPSILON = 1e-9;

/** True when `a` is more than `b` by more than {@link EPSILON}. */
export function exceeds(a: number, b: number): boolean {
  return a > b + EPSILON;
}

/** True when `a` and `b` are equal within {@link EPSILON}. */
export function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON;
}

/**
 * Rounds half up (away from zero for the non-negative values used here) to `digits` decimals,
 * the way the reports round: 50.5 → 51, 12.25 at one decimal → 12.3.
 */
export function roundHalfUp(value: number, digits = 0): number {
  const factor = 10 ** digits;
  // The small nudge makes 1.005 * 100 = 100.49999999999999 round as the decimal 100.5 it means.
  return Math.floor(value * factor + 0.5 + EPSILON) / factor;
}

/** A whole percent of `part` in `whole`, rounded half up; `null` when the whole is zero. */
export function percentOf(part: number, whole: number): number | null {
  if (!(whole > 0)) return null;
  return roundHalfUp((part / whole) * 100);
}

/**
 * Whether a published percent can come from a published (rounded) achieved value.
 *
 * The reports round the points to whole numbers and compute the percent from the unrounded
 * points, so `achieved` stands for any true value `u` in [achieved − 0.5, achieved + 0.5] (within
 * [0, max]), and the percent for any value in [percent − 0.5, percent + 0.5]. They are consistent
 * when the two intervals meet: Avesta 1.1 (10 of 15, 65 %) is, 10 of 15 shown as 80 % is not.
 */
export function percentFitsAchieved(achieved: number, max: number, percent: number): boolean {
  const lowPoints = Math.max(0, achieved - 0.5);
  const highPoints = Math.min(max, achieved + 0.5);
  const lowPercentPoints = ((percent - 0.5) / 100) * max;
  const highPercentPoints = ((percent + 0.5) / 100) * max;
  return lowPercentPoints <= highPoints + EPSILON && highPercentPoints >= lowPoints - EPSILON;
}
