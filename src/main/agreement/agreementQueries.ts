// The counts behind the agreement report. Whole months of sign-offs are read off the monthly
// counts of m015 (about a hundred rows per engine version for ten years); the days of a period
// before its first whole month and after its last are counted off the indexes of m010 and m015.
// Either way a count is exactly the number of rows it stands for.
//
// Only intakes whose status is 'reviewed' count: an intake marked entered in error leaves
// 'reviewed', and the copies of its status beside its outcomes and flags (m006, m010) take it
// out of every count here, monthly counts included (m015's triggers).
import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { CauseId, RedFlagId, Tier, Urgency } from '../../shared/clinical/ids'
import type { Decision } from '../../shared/review/decisions'
import { splitByMonths } from './signedMonths'

/** Sign-off instants, as stored (UTC ISO): from included, to excluded. */
export interface SignedRange {
  readonly from: string
  readonly to: string
}

/** Before and after every stored instant: an open end of the period. */
export const OPEN_RANGE: SignedRange = { from: '', to: '\uffff' }

export interface FlagCount {
  readonly flagId: RedFlagId
  readonly urgency: Urgency
  readonly raised: number
}

interface FlagParams {
  version: string | null
  from: string
  to: string
}

/** How many signed reviews decided a cause, which the rules gave a tier, as a decision. */
export type OutcomeCounts = (causeId: CauseId, tier: Tier, decision: Decision) => number

interface OutcomeRow {
  causeId: CauseId
  tier: Tier
  decision: Decision
  n: number
}

const outcomeKey = (causeId: string, tier: string, decision: string) =>
  `${causeId} ${tier} ${decision}`

export function createAgreementQueries(db: Database) {
  const nextVersion = db
    .prepare<[string], string>(
      `SELECT engine_version FROM intakes
       WHERE status = 'reviewed' AND engine_version > ? ORDER BY engine_version LIMIT 1`,
    )
    .pluck()
  const reviewMonths = db
    .prepare<[string, string, string], number>(
      `SELECT COALESCE(SUM(n), 0) FROM agreement_review_months
       WHERE engine_version = ? AND month >= ? AND month < ?`,
    )
    .pluck()
  const reviewDays = db
    .prepare<[string, string, string], number>(
      `SELECT COUNT(*) FROM intakes INDEXED BY intakes_for_agreement
       WHERE status = 'reviewed' AND engine_version = ? AND signed_at >= ? AND signed_at < ?`,
    )
    .pluck()
  const outcomeMonths = db.prepare<[string, string, string], OutcomeRow>(
    `SELECT cause_id AS causeId, tier, decision, SUM(n) AS n FROM agreement_outcome_months
     WHERE engine_version = ? AND month >= ? AND month < ?
     GROUP BY cause_id, tier, decision`,
  )
  const outcomeDays = db.prepare<[string, string, string], OutcomeRow>(
    `SELECT cause_id AS causeId, tier, decision, COUNT(*) AS n
     FROM review_outcomes INDEXED BY review_outcomes_by_signed
     WHERE intake_status = 'reviewed' AND engine_version = ? AND signed_at >= ? AND signed_at < ?
     GROUP BY cause_id, tier, decision`,
  )
  const flagMonths = db.prepare<FlagParams, FlagCount>(
    `SELECT flag_id AS flagId, urgency, SUM(n) AS raised FROM agreement_flag_months
     WHERE (@version IS NULL OR engine_version = @version) AND month >= @from AND month < @to
     GROUP BY flag_id, urgency`,
  )
  const flagDays = db.prepare<FlagParams, FlagCount>(
    `SELECT flag_id AS flagId, urgency, COUNT(*) AS raised
     FROM intake_red_flags INDEXED BY intake_red_flags_by_signed
     WHERE intake_status = 'reviewed' AND (@version IS NULL OR engine_version = @version)
       AND signed_at >= @from AND signed_at < @to
     GROUP BY flag_id, urgency`,
  )
  // Two neighbouring waits in waiting order (the index's), for a percentile between them.
  const waitsAt = db
    .prepare<FlagParams & { flagId: string; urgency: string; offset: number }, number>(
      `SELECT wait_minutes FROM intake_red_flags INDEXED BY intake_red_flags_for_agreement
       WHERE intake_status = 'reviewed' AND flag_id = @flagId AND urgency = @urgency
         AND (@version IS NULL OR engine_version = @version)
         AND signed_at >= @from AND signed_at < @to
       ORDER BY wait_minutes LIMIT 2 OFFSET @offset`,
    )
    .pluck()

  /** The period's whole months off the monthly counts, the days around them off the rows. */
  function byMonthsAndDays<T>(
    range: SignedRange,
    months: (r: SignedRange) => T,
    days: (r: SignedRange) => T,
  ): T[] {
    const split = splitByMonths(range)
    return [...(split.months ? [months(split.months)] : []), ...split.days.map(days)]
  }

  return {
    /** Every engine version with a signed review counted, oldest first (a seek per version). */
    engineVersions(): string[] {
      const versions: string[] = []
      let version = nextVersion.get('')
      while (version !== undefined) {
        versions.push(version)
        version = nextVersion.get(version)
      }
      return versions
    },

    reviews(version: string, range: SignedRange): number {
      return byMonthsAndDays(
        range,
        (months) => reviewMonths.get(version, months.from, months.to) ?? 0,
        (days) => reviewDays.get(version, days.from, days.to) ?? 0,
      ).reduce((total, n) => total + n, 0)
    },

    /** Every cause's signed outcomes by tier and decision, for one engine version. */
    outcomes(version: string, range: SignedRange): OutcomeCounts {
      const counts = new Map<string, number>()
      const parts = byMonthsAndDays(
        range,
        (months) => outcomeMonths.all(version, months.from, months.to),
        (days) => outcomeDays.all(version, days.from, days.to),
      )
      for (const row of parts.flat()) {
        const key = outcomeKey(row.causeId, row.tier, row.decision)
        counts.set(key, (counts.get(key) ?? 0) + row.n)
      }
      return (causeId, tier, decision) => counts.get(outcomeKey(causeId, tier, decision)) ?? 0
    },

    /** Red flags raised on the signed reviews of one engine version (null: every version). */
    flags(version: string | null, range: SignedRange): FlagCount[] {
      const raised = new Map<string, FlagCount>()
      const parts = byMonthsAndDays(
        range,
        (months) => flagMonths.all({ version, ...months }),
        (days) => flagDays.all({ version, ...days }),
      )
      for (const flag of parts.flat()) {
        const key = `${flag.flagId} ${flag.urgency}`
        raised.set(key, { ...flag, raised: (raised.get(key)?.raised ?? 0) + flag.raised })
      }
      // A month's count goes back to zero when its only flag leaves (an intake entered in
      // error): a flag raised on no counted review is not listed, as with counting the rows.
      return [...raised.values()].filter((flag) => flag.raised > 0)
    },

    /** The waits (minutes) at 0-based positions `offset` and `offset + 1` in waiting order. */
    waitsAt(flag: FlagCount, version: string | null, range: SignedRange, offset: number): number[] {
      return waitsAt.all({ flagId: flag.flagId, urgency: flag.urgency, version, offset, ...range })
    },
  }
}

export type AgreementQueries = ReturnType<typeof createAgreementQueries>
