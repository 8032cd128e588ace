import type { Database } from 'better-sqlite3'
import { CAUSE_IDS, RED_FLAG_IDS } from '../../shared/clinical/ids'
import type { CauseId, RedFlagId } from '../../shared/clinical/ids'
import { WorklistItemSchema } from '../../shared/review/worklist'
import type { WorklistCounts, WorklistPage, WorklistQuery } from '../../shared/review/worklist'
import { buildWorklistCounts, buildWorklistPage } from './worklistQuery'

interface WorklistRow {
  intake_id: number
  status: string
  visit_date: string
  submitted_at: string
  highest_urgency: string
  pain_now: number | null
  pain_worst_week: number | null
  patient_id: number
  given_name: string
  family_name: string
  date_of_birth: string
  record_number: string | null
  review_status: string | null
  signed_at: string | null
}

const causeOrder = new Map<string, number>(CAUSE_IDS.map((id, index) => [id, index]))
// RED_FLAG_IDS lists the flags most urgent first, as the assessment orders them.
const flagOrder = new Map<string, number>(RED_FLAG_IDS.map((id, index) => [id, index]))

function groupBy<T extends string>(
  rows: readonly { intake_id: number; id: T }[],
  order: ReadonlyMap<string, number>,
): Map<number, T[]> {
  const grouped = new Map<number, T[]>()
  for (const row of rows) {
    const list = grouped.get(row.intake_id) ?? []
    list.push(row.id)
    grouped.set(row.intake_id, list)
  }
  for (const list of grouped.values()) {
    list.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
  }
  return grouped
}

/** The worklist: one page of intakes plus the counts per status, each by an indexed query. */
export function createWorklistRepository(db: Database) {
  // Only the page's intakes are looked up, by primary key (the ids arrive as one JSON array).
  const likelyOf = db.prepare<[string], { intake_id: number; id: CauseId }>(`
    SELECT intake_id, cause_id AS id FROM intake_causes
    WHERE intake_id IN (SELECT value FROM json_each(?)) AND tier = 'likely'`)
  const flagsOf = db.prepare<[string], { intake_id: number; id: RedFlagId }>(`
    SELECT intake_id, flag_id AS id FROM intake_red_flags
    WHERE intake_id IN (SELECT value FROM json_each(?))`)

  function counts(query: WorklistQuery): WorklistCounts {
    const built = buildWorklistCounts(query)
    const rows = db.prepare(built.sql).all(...built.params) as { status: string; n: number }[]
    const awaiting = rows.find((row) => row.status === 'submitted')?.n ?? 0
    const reviewed = rows.find((row) => row.status === 'reviewed')?.n ?? 0
    return { awaiting, reviewed, all: awaiting + reviewed }
  }

  return {
    page(query: WorklistQuery): WorklistPage {
      const built = buildWorklistPage(query)
      const rows = db.prepare(built.sql).all(...built.params) as WorklistRow[]
      const ids = JSON.stringify(rows.map((row) => row.intake_id))
      const likely = groupBy(likelyOf.all(ids), causeOrder)
      const flags = groupBy(flagsOf.all(ids), flagOrder)
      const items = rows.map((row) =>
        WorklistItemSchema.parse({
          intakeId: row.intake_id,
          status: row.status,
          visitDate: row.visit_date,
          submittedAt: row.submitted_at,
          highestUrgency: row.highest_urgency,
          patient: {
            id: row.patient_id,
            givenName: row.given_name,
            familyName: row.family_name,
            dateOfBirth: row.date_of_birth,
            recordNumber: row.record_number,
          },
          likelyCauses: likely.get(row.intake_id) ?? [],
          redFlags: flags.get(row.intake_id) ?? [],
          painNow: row.pain_now,
          painWorstWeek: row.pain_worst_week,
          review:
            row.review_status === null
              ? null
              : { status: row.review_status, signedAt: row.signed_at },
        }),
      )
      return { items, counts: counts(query), offset: query.offset, limit: query.limit }
    },
  }
}

export type WorklistRepository = ReturnType<typeof createWorklistRepository>
