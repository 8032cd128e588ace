import type { Migration } from './migration'

export const m005Users: Migration = {
  version: 5,
  name: 'staff accounts and the hash-chained, append-only audit trail',
  up: (db) => {
    db.exec(`
      CREATE TABLE users (
        id                  INTEGER PRIMARY KEY,
        username            TEXT NOT NULL COLLATE NOCASE UNIQUE,
        display_name        TEXT NOT NULL,
        role                TEXT NOT NULL CHECK (role IN ('front_desk', 'clinician', 'admin')),
        -- scrypt$N$r$p$salt$hash (base64): the parameters travel with each hash, so they can
        -- be raised later without locking anyone out.
        password_hash       TEXT NOT NULL,
        disabled            INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        failed_attempts     INTEGER NOT NULL DEFAULT 0,
        last_failed_at      TEXT,
        locked_until        TEXT,
        password_changed_at TEXT NOT NULL,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      ) STRICT;

      -- Who did what to which record, and how it ended. Ids and codes only, never patient
      -- names or answers. Each row's hash covers its content and the previous row's hash, so a
      -- changed or removed row breaks the chain (see src/main/audit/auditChain.ts).
      -- AUTOINCREMENT: ids are never reused, so removing the newest rows leaves a gap.
      CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        at          TEXT NOT NULL,
        user_id     INTEGER,
        username    TEXT,
        shell       TEXT NOT NULL,
        action      TEXT NOT NULL,
        channel     TEXT,
        entity_type TEXT,
        entity_id   INTEGER,
        patient_id  INTEGER,
        outcome     TEXT NOT NULL,
        detail      TEXT,
        prev_hash   TEXT NOT NULL,
        hash        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_by_user ON audit_log (user_id, id);
      CREATE INDEX audit_log_by_action ON audit_log (action, id);
      CREATE INDEX audit_log_by_at ON audit_log (at);
      CREATE INDEX audit_log_by_patient ON audit_log (patient_id, id) WHERE patient_id IS NOT NULL;

      -- Append-only in the database itself, whatever code connects to it. (Someone who drops
      -- these triggers can still edit rows; the hash chain is what detects that.)
      CREATE TRIGGER audit_log_never_changes BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    `)
  },
}
