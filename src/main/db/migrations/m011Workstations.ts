import type { Migration } from './migration'

/**
 * Workstations paired with the clinic server, and the one-time codes that pair them. Neither a
 * code nor a credential is kept: only its SHA-256, so a copy of the database (a backup) cannot
 * be used to pair a computer or to act as one. A revoked workstation keeps its row, so the
 * admin's list and the audit trail still name it.
 */
export const m011Workstations: Migration = {
  version: 11,
  name: 'paired workstations and pairing codes',
  up: (db) => {
    db.exec(`
      CREATE TABLE workstations (
        id              INTEGER PRIMARY KEY,
        name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        credential_hash TEXT NOT NULL UNIQUE CHECK (length(credential_hash) = 64),
        paired_at       TEXT NOT NULL,
        last_seen_at    TEXT,
        revoked_at      TEXT,
        revoked_by      INTEGER REFERENCES users (id)
      ) STRICT;

      -- A name is unique among the workstations still paired.
      CREATE UNIQUE INDEX workstations_active_name
        ON workstations (name COLLATE NOCASE) WHERE revoked_at IS NULL;

      CREATE TABLE pairing_codes (
        id             INTEGER PRIMARY KEY,
        code_hash      TEXT NOT NULL UNIQUE CHECK (length(code_hash) = 64),
        created_at     TEXT NOT NULL,
        created_by     INTEGER REFERENCES users (id),
        expires_at     TEXT NOT NULL,
        used_at        TEXT,
        workstation_id INTEGER REFERENCES workstations (id)
      ) STRICT;

      -- Pairing reads the codes still open, a handful at most.
      CREATE INDEX pairing_codes_open ON pairing_codes (expires_at) WHERE used_at IS NULL;
    `)
  },
}
