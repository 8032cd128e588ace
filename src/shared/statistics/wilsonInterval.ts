// The 95% Wilson score interval for a proportion: unlike the textbook "p ± 1.96·SE" it stays
// inside 0..1 and is honest at 0 of n and n of n, which is exactly where a clinic's counts of
// confirmed rare causes sit. Wilson EB (1927), J Am Stat Assoc 22:209-212.

/** The two-sided 95% normal quantile. */
const Z_95 = 1.959963984540054

export interface ProportionInterval {
  /** successes / total. */
  readonly estimate: number
  readonly low: number
  readonly high: number
}

/**
 * The proportion `successes` of `total` with its 95% Wilson score interval, or null when there
 * is nothing to estimate (total 0). Both counts must be whole numbers, successes <= total.
 */
export function wilsonInterval(successes: number, total: number): ProportionInterval | null {
  if (!Number.isInteger(successes) || !Number.isInteger(total) || successes < 0) {
    throw new RangeError('wilsonInterval takes whole, non-negative counts')
  }
  if (successes > total) throw new RangeError('wilsonInterval: successes exceed the total')
  if (total === 0) return null
  const p = successes / total
  const z2 = Z_95 * Z_95
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total)
  const halfWidth =
    (Z_95 * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / (1 + z2 / total)
  // At 0 and at n the bound is exactly 0 or 1; clamp the rounding error of the formula there.
  return {
    estimate: p,
    low: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    high: successes === total ? 1 : Math.min(1, centre + halfWidth),
  }
}
