import type { Database } from 'better-sqlite3-multiple-ciphers'
import { AuditEntrySchema } from '../../shared/audit/auditEntry'
import type {
  AuditAction,
  AuditEntry,
  AuditFilter,
  AuditVerification,
} from '../../shared/audit/auditEntry'
import { entryHash, GENESIS_HASH } from './auditChain'
import type { ChainedFields } from './auditChain'

/** What one entry records; the trail adds the id, the time and the chain. */
export interface AuditEvent {
  readonly user: { readonly id: number; readonly username: string } | null
  readonly shell: 'desktop' | 'browser' | 'cli'
  readonly action: AuditAction
  readonly channel?: string | null
  readonly entityType?: string | null
  readonly entityId?: number | null
  readonly patientId?: number | null
  readonly outcome: string
  readonly detail?: string | null
}

interface AuditRow {
  id: number
  at: string
  user_id: number | null
  username: string | null
  shell: string
  action: string
  channel: string | null
  entity_type: string | null
  entity_id: number | null
  patient_id: number | null
  outcome: string
  detail: string | null
  prev_hash: string
  hash: string
}

function toFields(row: AuditRow): ChainedFields {
  return {
    id: row.id,
    at: row.at,
    userId: row.user_id,
    username: row.username,
    shell: row.shell,
    action: row.action,
    channel: row.channel,
    entityType: row.entity_type,
    entityId: row.entity_id,
    patientId: row.patient_id,
    outcome: row.outcome,
    detail: row.detail,
  }
}

function toEntry(row: AuditRow): AuditEntry {
  return AuditEntrySchema.parse(toFields(row))
}

/** Local calendar days to the ISO instants that bound them (entries store UTC instants). */
function dayBounds(filter: AuditFilter): { from: string | null; to: string | null } {
  const start = (day: string) => new Date(`${day}T00:00:00`).toISOString()
  const nextDay = (day: string) => {
    const date = new Date(`${day}T00:00:00`)
    date.setDate(date.getDate() + 1)
    return date.toISOString()
  }
  return {
    from: filter.from ? start(filter.from) : null,
    to: filter.to ? nextDay(filter.to) : null,
  }
}

export function createAuditTrail(db: Database, now: () => Date) {
  const last = db.prepare<[], { id: number; hash: string }>(
    'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1',
  )
  // The next id AUTOINCREMENT will hand out, so the hash can cover it before the row exists.
  const sequence = db.prepare<[], { seq: number }>(
    "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'",
  )
  const insert = db.prepare<[AuditRow]>(`
    INSERT INTO audit_log (id, at, user_id, username, shell, action, channel, entity_type,
      entity_id, patient_id, outcome, detail, prev_hash, hash)
    VALUES (@id, @at, @user_id, @username, @shell, @action, @channel, @entity_type,
      @entity_id, @patient_id, @outcome, @detail, @prev_hash, @hash)`)
  const pageQuery = db.prepare<
    {
      userId: number | null
      action: string | null
      from: string | null
      to: string | null
      beforeId: number | null
      limit: number
    },
    AuditRow
  >(`
    SELECT * FROM audit_log
    WHERE (@userId IS NULL OR user_id = @userId)
      AND (@action IS NULL OR action = @action)
      AND (@from IS NULL OR at >= @from)
      AND (@to IS NULL OR at < @to)
      AND (@beforeId IS NULL OR id < @beforeId)
    ORDER BY id DESC
    LIMIT @limit`)
  const matchingQuery = db.prepare<
    { userId: number | null; action: string | null; from: string | null; to: string | null },
    AuditRow
  >(`
    SELECT * FROM audit_log
    WHERE (@userId IS NULL OR user_id = @userId)
      AND (@action IS NULL OR action = @action)
      AND (@from IS NULL OR at >= @from)
      AND (@to IS NULL OR at < @to)
    ORDER BY id`)
  const usersQuery = db.prepare<[], { id: number; username: string }>(`
    SELECT user_id AS id, username FROM audit_log
    WHERE user_id IS NOT NULL GROUP BY user_id ORDER BY username`)
  const everything = db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY id')

  // IMMEDIATE: another process (the CLI) appending at the same moment waits instead of forking
  // the chain from the same previous entry.
  const appendInTransaction = db.transaction((event: AuditEvent, at: string) => {
    const previous = last.get()
    const id = Math.max(previous?.id ?? 0, sequence.get()?.seq ?? 0) + 1
    const fields: ChainedFields = {
      id,
      at,
      userId: event.user?.id ?? null,
      username: event.user?.username ?? null,
      shell: event.shell,
      action: event.action,
      channel: event.channel ?? null,
      entityType: event.entityType ?? null,
      entityId: event.entityId ?? null,
      patientId: event.patientId ?? null,
      outcome: event.outcome,
      detail: event.detail ?? null,
    }
    const prevHash = previous?.hash ?? GENESIS_HASH
    insert.run({
      id,
      at,
      user_id: fields.userId,
      username: fields.username,
      shell: fields.shell,
      action: fields.action,
      channel: fields.channel,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      patient_id: fields.patientId,
      outcome: fields.outcome,
      detail: fields.detail,
      prev_hash: prevHash,
      hash: entryHash(prevHash, fields),
    })
    return id
  })

  function rows(filter: AuditFilter, beforeId: number | null, limit: number): AuditRow[] {
    const { from, to } = dayBounds(filter)
    return pageQuery.all({
      userId: filter.userId ?? null,
      action: filter.action ?? null,
      from,
      to,
      beforeId,
      limit,
    })
  }

  return {
    append(event: AuditEvent): number {
      return appendInTransaction.immediate(event, now().toISOString())
    },

    /** Newest first, `limit` at a time. */
    page(filter: AuditFilter, beforeId: number | null, limit: number) {
      const found = rows(filter, beforeId, limit + 1)
      return {
        entries: found.slice(0, limit).map(toEntry),
        hasMore: found.length > limit,
        users: usersQuery.all(),
      }
    },

    /** Every entry matching the filter, oldest first (for the CSV export). */
    matching(filter: AuditFilter): AuditEntry[] {
      const { from, to } = dayBounds(filter)
      return matchingQuery
        .all({ userId: filter.userId ?? null, action: filter.action ?? null, from, to })
        .map(toEntry)
    },

    /** Walks the whole chain: ids 1, 2, 3, ... each hash following from the one before. */
    verify(): AuditVerification {
      let previousHash = GENESIS_HASH
      let expectedId = 1
      let checked = 0
      for (const row of everything.iterate()) {
        if (row.id !== expectedId) {
          return {
            intact: false,
            entries: checked,
            firstBadId: row.id,
            problem: row.id > expectedId ? 'missing' : 'out_of_order',
          }
        }
        if (row.prev_hash !== previousHash) {
          return { intact: false, entries: checked, firstBadId: row.id, problem: 'missing' }
        }
        if (entryHash(previousHash, toFields(row)) !== row.hash) {
          return { intact: false, entries: checked, firstBadId: row.id, problem: 'edited' }
        }
        previousHash = row.hash
        expectedId += 1
        checked += 1
      }
      // AUTOINCREMENT remembers the highest id ever used: fewer rows than that means the newest
      // entries were removed.
      const highest = sequence.get()?.seq ?? 0
      if (highest > checked) {
        return { intact: false, entries: checked, firstBadId: checked + 1, problem: 'missing' }
      }
      return { intact: true, entries: checked }
    },
  }
}

export type AuditTrail = ReturnType<typeof createAuditTrail>
