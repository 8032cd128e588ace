// The counts behind the agreement report, read off the indexes of m010 (see there): each count is
// one range of one index, so ten years of signed reviews are counted without a join or a sort.
//
// Only intakes whose status is 'reviewed' count. Today that is every intake with a signed review;
// when an intake can be marked "entered in error" it will leave 'reviewed', and the copies of its
// status beside its outcomes and flags (m006, m010) take it out of every count here.
import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { CauseId, RedFlagId, Tier, Urgency } from '../../shared/clinical/ids'
import type { Decision } from '../../shared/review/decisions'

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

export function createAgreementQueries(db: Database) {
  const nextVersion = db
    .prepare<[string], string>(
      `SELECT engine_version FROM intakes
       WHERE status = 'reviewed' AND engine_version > ? ORDER BY engine_version LIMIT 1`,
    )
    .pluck()
  const reviewCount = db
    .prepare<[string, string, string], number>(
      `SELECT COUNT(*) FROM intakes
       WHERE status = 'reviewed' AND engine_version = ? AND signed_at >= ? AND signed_at < ?`,
    )
    .pluck()
  const outcomeCount = db
    .prepare<[string, string, string, string, string, string], number>(
      `SELECT COUNT(*) FROM review_outcomes
       WHERE intake_status = 'reviewed' AND cause_id = ? AND tier = ? AND decision = ?
         AND engine_version = ? AND signed_at >= ? AND signed_at < ?`,
    )
    .pluck()
  // Flags are fewer: one pass in (flag, urgency) order, the version checked on each entry.
  const flagCounts = db.prepare<FlagParams, FlagCount>(
    `SELECT flag_id AS flagId, urgency, COUNT(*) AS raised FROM intake_red_flags
     WHERE intake_status = 'reviewed' AND (@version IS NULL OR engine_version = @version)
       AND signed_at >= @from AND signed_at < @to
     GROUP BY flag_id, urgency`,
  )
  // Two neighbouring waits in waiting order (the index's), for a percentile between them.
  const waitsAt = db
    .prepare<FlagParams & { flagId: string; urgency: string; offset: number }, number>(
      `SELECT wait_minutes FROM intake_red_flags
       WHERE intake_status = 'reviewed' AND flag_id = @flagId AND urgency = @urgency
         AND (@version IS NULL OR engine_version = @version)
         AND signed_at >= @from AND signed_at < @to
       ORDER BY wait_minutes LIMIT 2 OFFSET @offset`,
    )
    .pluck()

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
      return reviewCount.get(version, range.from, range.to) ?? 0
    },

    /** How many signed reviews decided `causeId`, which the rules gave `tier`, as `decision`. */
    outcomes(
      causeId: CauseId,
      tier: Tier,
      decision: Decision,
      version: string,
      range: SignedRange,
    ): number {
      return outcomeCount.get(causeId, tier, decision, version, range.from, range.to) ?? 0
    },

    /** Red flags raised on the signed reviews of one engine version (null: every version). */
    flags(version: string | null, range: SignedRange): FlagCount[] {
      return flagCounts.all({ version, ...range })
    },

    /** The waits (minutes) at 0-based positions `offset` and `offset + 1` in waiting order. */
    waitsAt(flag: FlagCount, version: string | null, range: SignedRange, offset: number): number[] {
      return waitsAt.all({ flagId: flag.flagId, urgency: flag.urgency, version, offset, ...range })
    },
  }
}

export type AgreementQueries = ReturnType<typeof createAgreementQueries>
