import type { SignedRange } from './agreementQueries'

/**
 * A period of sign-off instants split into the whole calendar months the monthly counts of m015
 * answer (`months`, as bounds on their month keys) and the days around them (`days`), which are
 * counted row by row. Together they are exactly the period.
 *
 * Why a bound of at most seven characters works on month keys: a stored instant `s` has the
 * key `k = substr(s, 1, 7)`, and for any string `b` no longer than seven characters, `s >= b`
 * exactly when `k >= b` (the comparison is decided within the first seven characters, which `s`
 * and `k` share, or by length, the same way for both). So `from <= lower` and `upper <= to`,
 * each at most seven characters long, split `[from, to)` into `[from, lower)`, the keys in
 * `[lower, upper)`, and `[upper, to)`, whatever the stored strings look like.
 */
export interface MonthSplit {
  /** Month keys `k` with `from <= k < to`; null when the period holds no whole month. */
  readonly months: SignedRange | null
  /** The rest of the period, each part not empty. */
  readonly days: SignedRange[]
}

const MONTH_KEY = /^(\d{4})-(\d{2})$/

/** The month key after `key` (YYYY-MM), or null when it is not one or has no successor. */
function nextMonthKey(key: string): string | null {
  const parts = MONTH_KEY.exec(key)
  if (!parts) return null
  const year = Number(parts[1])
  const month = Number(parts[2])
  if (month < 12) return `${parts[1]}-${String(month + 1).padStart(2, '0')}`
  // A five-digit year would sort before this one.
  return year < 9999 ? `${String(year + 1).padStart(4, '0')}-01` : null
}

function nonEmpty(ranges: SignedRange[]): SignedRange[] {
  return ranges.filter((range) => range.from < range.to)
}

export function splitByMonths(range: SignedRange): MonthSplit {
  // The first whole month starts at or after `from`; the last one ends at or before `to`.
  const lower = range.from.length <= 7 ? range.from : nextMonthKey(range.from.slice(0, 7))
  const upper = range.to.slice(0, 7)
  if (lower === null || lower >= upper) return { months: null, days: nonEmpty([range]) }
  return {
    months: { from: lower, to: upper },
    days: nonEmpty([
      { from: range.from, to: lower },
      { from: upper, to: range.to },
    ]),
  }
}
