import type { Database } from 'better-sqlite3-multiple-ciphers'
import { WorkstationSchema } from '../../../shared/workstations/workstation'
import type { Workstation } from '../../../shared/workstations/workstation'

interface WorkstationRow {
  id: number
  name: string
  paired_at: string
  last_seen_at: string | null
  revoked_at: string | null
}

export interface PairingCodeRow {
  readonly id: number
  readonly code_hash: string
  readonly expires_at: string
  readonly used_at: string | null
}

export interface CredentialRow {
  readonly credential_hash: string
  readonly revoked_at: string | null
  readonly last_seen_at: string | null
}

function toWorkstation(row: WorkstationRow): Workstation {
  return WorkstationSchema.parse({
    id: row.id,
    name: row.name,
    pairedAt: row.paired_at,
    lastSeenAt: row.last_seen_at,
    revokedAt: row.revoked_at,
  })
}

const COLUMNS = 'id, name, paired_at, last_seen_at, revoked_at'

/** The workstations and pairing codes tables (migration 11). SQL stays here. */
export function createWorkstationRepository(db: Database) {
  const insertCode = db.prepare<[string, string, number | null, string]>(
    `INSERT INTO pairing_codes (code_hash, created_at, created_by, expires_at)
     VALUES (?, ?, ?, ?)`,
  )
  const codesSince = db.prepare<[string], PairingCodeRow>(
    `SELECT id, code_hash, expires_at, used_at FROM pairing_codes WHERE expires_at > ?`,
  )
  const useCode = db.prepare<[string, number, number]>(
    'UPDATE pairing_codes SET used_at = ?, workstation_id = ? WHERE id = ? AND used_at IS NULL',
  )
  const insertWorkstation = db.prepare<[string, string, string], { id: number }>(
    `INSERT INTO workstations (name, credential_hash, paired_at) VALUES (?, ?, ?) RETURNING id`,
  )
  const activeByName = db.prepare<[string], { id: number }>(
    'SELECT id FROM workstations WHERE name = ? COLLATE NOCASE AND revoked_at IS NULL',
  )
  const byId = db.prepare<[number], WorkstationRow>(
    `SELECT ${COLUMNS} FROM workstations WHERE id = ?`,
  )
  const all = db.prepare<[], WorkstationRow>(
    // Paired ones first, newest first; revoked ones after, for the record.
    `SELECT ${COLUMNS} FROM workstations ORDER BY revoked_at IS NOT NULL, paired_at DESC, id DESC`,
  )
  const credentialById = db.prepare<[number], CredentialRow>(
    'SELECT credential_hash, revoked_at, last_seen_at FROM workstations WHERE id = ?',
  )
  const revoke = db.prepare<[string, number | null, number]>(
    'UPDATE workstations SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL',
  )
  const touch = db.prepare<[string, number]>(
    'UPDATE workstations SET last_seen_at = ? WHERE id = ?',
  )

  return {
    addPairingCode(
      codeHash: string,
      createdAt: string,
      createdBy: number | null,
      expiresAt: string,
    ) {
      insertCode.run(codeHash, createdAt, createdBy, expiresAt)
    },
    /** Codes that expire after `since` (used or not): a handful, compared one by one. */
    codesExpiringAfter(since: string): PairingCodeRow[] {
      return codesSince.all(since)
    },
    /** False if someone used the code meanwhile: each code pairs one workstation only. */
    markCodeUsed(codeId: number, usedAt: string, workstationId: number): boolean {
      return useCode.run(usedAt, workstationId, codeId).changes === 1
    },
    addWorkstation(name: string, credentialHash: string, pairedAt: string): number {
      const row = insertWorkstation.get(name, credentialHash, pairedAt)
      if (!row) throw new Error('The workstation was not added')
      return row.id
    },
    activeNameTaken(name: string): boolean {
      return activeByName.get(name) !== undefined
    },
    find(id: number): Workstation | null {
      const row = byId.get(id)
      return row ? toWorkstation(row) : null
    },
    list(): Workstation[] {
      return all.all().map(toWorkstation)
    },
    credentialOf(id: number): CredentialRow | null {
      return credentialById.get(id) ?? null
    },
    /** False if it was revoked already. */
    revoke(id: number, at: string, by: number | null): boolean {
      return revoke.run(at, by, id).changes === 1
    },
    touch(id: number, at: string): void {
      touch.run(at, id)
    },
  }
}

export type WorkstationRepository = ReturnType<typeof createWorkstationRepository>
