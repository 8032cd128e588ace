// The agreement report from its counts: per cause, the predictive value of each tier and the
// share of confirmed causes the rules flagged, each with a 95% Wilson interval (or "too few
// reviews to say"); per red flag, how often it was raised and how long its intakes waited.
import { MINIMUM_REVIEWS_TO_SAY } from '../../shared/agreement/agreementReport'
import type {
  AgreementQuery,
  AgreementReport,
  CauseAgreement,
  Proportion,
  RedFlagAgreement,
  TierAgreement,
} from '../../shared/agreement/agreementReport'
import { CAUSE_IDS, RED_FLAG_IDS, urgencyRank } from '../../shared/clinical/ids'
import type { CauseId, Tier } from '../../shared/clinical/ids'
import { DECISIONS } from '../../shared/review/decisions'
import type { Decision } from '../../shared/review/decisions'
import { wilsonInterval } from '../../shared/statistics/wilsonInterval'
import { localDayEnd, localDayStart } from '../reviews/worklistQuery'
import { OPEN_RANGE } from './agreementQueries'
import type { AgreementQueries, FlagCount, SignedRange } from './agreementQueries'

/** A proportion with its interval, or with none below the minimum count. */
export function proportion(successes: number, total: number): Proportion {
  return {
    successes,
    total,
    interval: total >= MINIMUM_REVIEWS_TO_SAY ? wilsonInterval(successes, total) : null,
  }
}

/** The chosen calendar days of sign-off, on this computer's clock, as stored instants. */
export function signedRangeOf(query: AgreementQuery): SignedRange {
  return {
    from: query.from === null ? OPEN_RANGE.from : localDayStart(query.from),
    to: query.to === null ? OPEN_RANGE.to : localDayEnd(query.to),
  }
}

/** Linear interpolation between the two waits around position (n - 1) * p (0-based). */
function percentile(
  queries: AgreementQueries,
  flag: FlagCount,
  version: string | null,
  range: SignedRange,
  p: number,
): number {
  const position = (flag.raised - 1) * p
  const below = Math.floor(position)
  const [low = 0, high = low] = queries.waitsAt(flag, version, range, below)
  return Math.round(low + (high - low) * (position - below))
}

type DecisionCounts = Record<Decision, number>

function tierAgreement(counts: DecisionCounts): TierAgreement {
  const { confirm, rule_out: ruledOut, open } = counts
  return {
    flagged: confirm + ruledOut + open,
    confirmed: confirm,
    ruledOut,
    leftOpen: open,
    // Left open is neither right nor wrong yet, so it is not in the predictive value.
    predictiveValue: proportion(confirm, confirm + ruledOut),
  }
}

function causeAgreement(
  causeId: CauseId,
  count: (causeId: CauseId, tier: 'likely' | 'possible', decision: Decision) => number,
  confirmedUnlikely: number,
): CauseAgreement {
  const countsOf = (tier: 'likely' | 'possible') =>
    Object.fromEntries(DECISIONS.map((d) => [d, count(causeId, tier, d)])) as DecisionCounts
  const likely = tierAgreement(countsOf('likely'))
  const possible = tierAgreement(countsOf('possible'))
  const flaggedConfirmed = likely.confirmed + possible.confirmed
  return {
    causeId,
    likely,
    possible,
    confirmedUnlikely,
    flaggedShare: proportion(flaggedConfirmed, flaggedConfirmed + confirmedUnlikely),
  }
}

function byUrgencyThenOrder(a: FlagCount, b: FlagCount): number {
  return (
    urgencyRank(a.urgency) - urgencyRank(b.urgency) ||
    RED_FLAG_IDS.indexOf(a.flagId) - RED_FLAG_IDS.indexOf(b.flagId)
  )
}

export function buildAgreementReport(
  queries: AgreementQueries,
  query: AgreementQuery,
): AgreementReport {
  const range = signedRangeOf(query)
  const known = queries.engineVersions()
  // Every version's counts are ranges of their own; "all versions" adds them up.
  const versions =
    query.engineVersion === null ? known : known.filter((v) => v === query.engineVersion)
  const sum = (count: (version: string) => number) =>
    versions.reduce((total, version) => total + count(version), 0)

  const outcomes = versions.map((version) => queries.outcomes(version, range))
  const count = (causeId: CauseId, tier: Tier, decision: Decision) =>
    outcomes.reduce((total, counts) => total + counts(causeId, tier, decision), 0)
  const causes = CAUSE_IDS.map((causeId) =>
    causeAgreement(causeId, count, count(causeId, 'unlikely', 'confirm')),
  )
  const flagVersion = versions.length === known.length ? null : (versions[0] ?? '')
  const redFlags: RedFlagAgreement[] = queries
    .flags(flagVersion, range)
    .sort(byUrgencyThenOrder)
    .map((flag) => ({
      ...flag,
      wait: {
        medianMinutes: percentile(queries, flag, flagVersion, range, 0.5),
        p90Minutes: percentile(queries, flag, flagVersion, range, 0.9),
      },
    }))

  return {
    query: { from: query.from, to: query.to, engineVersion: query.engineVersion },
    reviews: sum((v) => queries.reviews(v, range)),
    engineVersions: [...known].reverse(),
    minimumReviews: MINIMUM_REVIEWS_TO_SAY,
    causes,
    redFlags,
  }
}
