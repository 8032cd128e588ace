import type { Migration } from './migration'

/**
 * The audit chain becomes keyed (HMAC-SHA-256 with a key kept outside the database; see
 * src/main/audit/auditChain.ts). This table keeps its two signed seals:
 *
 * - `handover`: the last entry of the unkeyed chain written before this version (0 on a new
 *   trail). Entries up to it stay verifiable with plain SHA-256; its signature stops anyone
 *   rewriting that part, or moving the boundary. The trail writes it the first time it opens
 *   with the key, after verifying the unkeyed chain (a break found then is kept in the seal).
 * - `checkpoint`: the newest entry's id and hash, rewritten with every entry in the same
 *   transaction, so every backup carries the checkpoint of the moment it was taken. A copy
 *   also goes to a file beside the database, which catches the newest entries being removed.
 *
 * `problem`/`first_bad_id`: what the trail found wrong when it opened, kept in every later seal.
 */
export const m008AuditSeals: Migration = {
  version: 8,
  name: 'signed audit checkpoints',
  up: (db) => {
    db.exec(`
      CREATE TABLE audit_seals (
        kind         TEXT PRIMARY KEY CHECK (kind IN ('handover', 'checkpoint')),
        last_id      INTEGER NOT NULL,
        last_hash    TEXT NOT NULL,
        problem      TEXT,
        first_bad_id INTEGER,
        signature    TEXT NOT NULL
      ) STRICT;
    `)
  },
}
