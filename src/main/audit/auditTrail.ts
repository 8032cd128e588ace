import type { Database } from 'better-sqlite3-multiple-ciphers'
import type {
  AuditAction,
  AuditEntry,
  AuditFilter,
  AuditVerification,
} from '../../shared/audit/auditEntry'
import { GENESIS_HASH, keyedEntryHash } from './auditChain'
import type { ChainedFields } from './auditChain'
import { toEntries } from './auditRows'
import type { AuditRow } from './auditRows'
import { sealIsSigned, signSeal } from './auditSeal'
import type { AuditBreak, AuditSeal, SignedSeal } from './auditSeal'
import { createSealStore } from './auditSealStore'
import {
  checkpointFileOf,
  openCheckpointWriter,
  readCheckpointFile,
  writeCheckpointFile,
} from './checkpointFile'
import type { CheckpointWriter } from './checkpointFile'
import { compareSeal, trailHasHistory, verifyAuditChain } from './verifyAuditChain'

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

export interface AuditTrailOptions {
  /** The installation's audit key (`InstallationKeys.audit`); never stored in the database. */
  readonly key: Buffer
  /** The checkpoint file; beside the database file by default. */
  readonly checkpointFile?: string
  /**
   * `(done, total)` in entries while the one-time hand-over from an older version's unkeyed
   * chain verifies that chain (seconds on a million entries). Not called on later opens.
   */
  readonly onHandoverProgress?: (done: number, total: number) => void
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

/** Only safe positive integers reach the trail: anything else is recorded as no record. */
function safeId(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null
}

export function createAuditTrail(db: Database, now: () => Date, options: AuditTrailOptions) {
  const { key } = options
  const file = options.checkpointFile ?? checkpointFileOf(db.name)
  const seals = createSealStore(db)
  const last = db.prepare<[], { id: number; hash: string }>(
    'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1',
  )
  const hashOf = db.prepare<[number], string>('SELECT hash FROM audit_log WHERE id = ?').pluck()
  // AUTOINCREMENT's memory of the highest id handed out, so the hash can cover the next one.
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

  /** The chain's end as the seals see it: its last id, and the hash of any entry by id. */
  function chainEnd() {
    const tail = last.get()
    return {
      tail,
      chain: {
        entries: tail?.id ?? 0,
        hashAt: (id: number) => (id === tail?.id ? tail.hash : (hashOf.get(id) ?? null)),
      },
    }
  }

  function sealOf(tail: { id: number; hash: string } | undefined, broken: AuditBreak | null) {
    const seal: AuditSeal = { lastId: tail?.id ?? 0, lastHash: tail?.hash ?? GENESIS_HASH, broken }
    return seal
  }

  /**
   * Runs once as the trail opens. The first time with the key, it verifies the unkeyed chain an
   * older version wrote and hands over to the keyed chain from its end. After that, it compares
   * both checkpoints with the chain's end (cheap: two lookups), and a problem found is written
   * into the checkpoint at once, so later entries cannot paper over it.
   */
  const openTrail = db.transaction((): { problem: AuditBreak | null; highest: number } => {
    const fromFile = readCheckpointFile(file)
    const handover = seals.get('handover')
    const inDatabase = seals.get('checkpoint')
    const { tail, chain } = chainEnd()
    let problem: AuditBreak | null
    if (!handover) {
      const unkeyed = verifyAuditChain(db, key, undefined, {
        ...(options.onHandoverProgress ? { onProgress: options.onHandoverProgress } : {}),
      })
      problem = !unkeyed.intact
        ? { problem: unkeyed.problem, firstBadId: unkeyed.firstBadId }
        : inDatabase
          ? { problem: 'checkpoint_missing', firstBadId: null }
          : !tail && trailHasHistory(db)
            ? { problem: 'checkpoint_missing', firstBadId: null }
            : null
      problem ??= fromFile ? compareSeal('checkpoint', fromFile, key, chain, false) : null
      seals.put('handover', signSeal(key, 'handover', sealOf(tail, problem)))
    } else {
      problem = !inDatabase
        ? { problem: 'checkpoint_missing', firstBadId: null }
        : compareSeal('checkpoint', inDatabase, key, chain, true)
      if (!problem && !fromFile && (tail || (inDatabase?.lastId ?? 0) > 0)) {
        problem = { problem: 'checkpoint_missing', firstBadId: null }
      }
      problem ??= fromFile ? compareSeal('checkpoint', fromFile, key, chain, false) : null
    }
    const current = signSeal(key, 'checkpoint', sealOf(tail, problem))
    if (!handover || (problem && inDatabase?.signature !== current.signature)) {
      // The file first: a crash before the commit leaves a file that still matches the chain.
      writeCheckpointFile(file, current)
      seals.put('checkpoint', current)
    }
    const signedIds = [inDatabase, fromFile]
      .filter((seal): seal is SignedSeal => seal !== null && sealIsSigned(key, 'checkpoint', seal))
      .map((seal) => seal.lastId)
    return { problem, highest: Math.max(tail?.id ?? 0, ...signedIds) }
  })
  const opened = openTrail.immediate()
  // Ids are never handed out twice, even if someone removed the newest entries and the
  // checkpoint in the database: a gap then stays where they were.
  let highestKnown = opened.highest
  let fileSignature: string | null = null
  // Opened at the first flush, after the open above has written the file whole (see
  // openCheckpointWriter for why per-call writes go in place).
  let writer: CheckpointWriter | null = null

  /** What the next checkpoint must still say is wrong, found while appending (cheap checks). */
  function problemAt(
    previous: { id: number; hash: string } | undefined,
    inDatabase: SignedSeal | null,
  ): AuditBreak | null {
    if (!inDatabase) return { problem: 'checkpoint_missing', firstBadId: null }
    return compareSeal(
      'checkpoint',
      inDatabase,
      key,
      { entries: previous?.id ?? 0, hashAt: () => previous?.hash ?? null },
      true,
    )
  }

  // IMMEDIATE: another process (the CLI) appending at the same moment waits instead of forking
  // the chain from the same previous entry. Inside a call's transaction it joins that one.
  const appendInTransaction = db.transaction((event: AuditEvent, at: string) => {
    const previous = last.get()
    const inDatabase = seals.get('checkpoint')
    const id =
      Math.max(previous?.id ?? 0, sequence.get()?.seq ?? 0, inDatabase?.lastId ?? 0, highestKnown) +
      1
    const fields: ChainedFields = {
      id,
      at,
      userId: safeId(event.user?.id),
      username: event.user?.username ?? null,
      shell: event.shell,
      action: event.action,
      channel: event.channel ?? null,
      entityType: event.entityType ?? null,
      entityId: safeId(event.entityId),
      patientId: safeId(event.patientId),
      outcome: event.outcome,
      detail: event.detail ?? null,
    }
    const prevHash = previous?.hash ?? GENESIS_HASH
    const hash = keyedEntryHash(key, prevHash, fields)
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
      hash,
    })
    const broken = problemAt(previous, inDatabase) ?? opened.problem
    seals.put('checkpoint', signSeal(key, 'checkpoint', { lastId: id, lastHash: hash, broken }))
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
    /** Appends one entry and moves the database's checkpoint to it, in one transaction. */
    append(event: AuditEvent): number {
      return appendInTransaction.immediate(event, now().toISOString())
    },

    /**
     * Copies the database's committed checkpoint to the file beside it, if it moved. Called
     * after each call (never inside one, so a rolled-back entry is never vouched for).
     */
    flushCheckpoint(): void {
      const committed = seals.get('checkpoint')
      if (!committed || committed.signature === fileSignature) return
      if (!sealIsSigned(key, 'checkpoint', committed)) return
      writer ??= openCheckpointWriter(file)
      writer.write(committed)
      fileSignature = committed.signature
      highestKnown = Math.max(highestKnown, committed.lastId)
    },

    /** Lets go of the checkpoint file (the database closes with the core). */
    close(): void {
      writer?.close()
      writer = null
    },

    /** Newest first, `limit` at a time. */
    page(filter: AuditFilter, beforeId: number | null, limit: number) {
      const found = rows(filter, beforeId, limit + 1)
      return {
        entries: toEntries(found.slice(0, limit)),
        hasMore: found.length > limit,
        users: usersQuery
          .all()
          .filter((user) => Number.isSafeInteger(user.id) && typeof user.username === 'string'),
      }
    },

    /** Every entry matching the filter, oldest first (for the CSV export). */
    matching(filter: AuditFilter): AuditEntry[] {
      const { from, to } = dayBounds(filter)
      return toEntries(
        matchingQuery.all({
          userId: filter.userId ?? null,
          action: filter.action ?? null,
          from,
          to,
        }),
      )
    },

    /** The whole chain against the key and both checkpoints (see verifyAuditChain). */
    verify(): AuditVerification {
      const result = verifyAuditChain(db, key, readCheckpointFile(file))
      if (result.intact && opened.problem) {
        return { intact: false, entries: result.entries, ...opened.problem }
      }
      return result
    },
  }
}

export type AuditTrail = ReturnType<typeof createAuditTrail>
