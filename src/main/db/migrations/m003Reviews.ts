import type { Migration } from './migration'

export const m003Reviews: Migration = {
  version: 3,
  name: 'clinician reviews with sign-off and append-only amendments',
  up: (db) => {
    db.exec(`
      -- One review per intake. While 'in_progress' it is saved as the clinician works, so nothing
      -- is lost; once 'signed' it is the clinical record and never changes again (triggers below).
      CREATE TABLE reviews (
        id             INTEGER PRIMARY KEY,
        intake_id      INTEGER NOT NULL UNIQUE REFERENCES intakes (id),
        status         TEXT NOT NULL CHECK (status IN ('in_progress', 'signed')),
        -- Per flagged cause: confirm / rule_out / open and an optional note, validated by
        -- src/shared/review/decisions.ts. Always read and written whole, like an amendment's.
        decisions_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(decisions_json)),
        clinical_note  TEXT NOT NULL DEFAULT '',
        -- The engine version of the stored assessment the clinician reviewed.
        engine_version TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        created_by     INTEGER,
        updated_at     TEXT NOT NULL,
        updated_by     INTEGER,
        signed_at      TEXT,
        -- The signed-in user, and their name as it was at signing (a signature does not change
        -- when an account is renamed); null only where the app runs without sign-in.
        signed_by      INTEGER,
        signed_by_name TEXT,
        version        INTEGER NOT NULL DEFAULT 1,
        CHECK ((status = 'signed') = (signed_at IS NOT NULL))
      ) STRICT;
      -- The reviewed worklist lists the most recently signed first.
      CREATE INDEX reviews_by_status_signed ON reviews (status, signed_at);

      -- Corrections after sign-off. Each row is a complete new version of the decisions and
      -- note with the reason; the signed original and earlier amendments stay as they were.
      CREATE TABLE review_amendments (
        id             INTEGER PRIMARY KEY,
        review_id      INTEGER NOT NULL REFERENCES reviews (id),
        reason         TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        decisions_json TEXT NOT NULL CHECK (json_valid(decisions_json)),
        clinical_note  TEXT NOT NULL,
        amended_at     TEXT NOT NULL,
        amended_by     INTEGER,
        amended_by_name TEXT
      ) STRICT;
      CREATE INDEX review_amendments_by_review ON review_amendments (review_id, id);

      -- The record's guarantees hold in the database itself, whatever code writes to it.
      CREATE TRIGGER reviews_signed_are_read_only BEFORE UPDATE ON reviews
      WHEN OLD.status = 'signed'
      BEGIN SELECT RAISE(ABORT, 'a signed review is read-only: add an amendment'); END;

      CREATE TRIGGER reviews_signed_are_kept BEFORE DELETE ON reviews
      WHEN OLD.status = 'signed'
      BEGIN SELECT RAISE(ABORT, 'a signed review is never deleted'); END;

      CREATE TRIGGER review_amendments_need_signed_review BEFORE INSERT ON review_amendments
      WHEN (SELECT status FROM reviews WHERE id = NEW.review_id) IS NOT 'signed'
      BEGIN SELECT RAISE(ABORT, 'only a signed review can be amended'); END;

      CREATE TRIGGER review_amendments_never_change BEFORE UPDATE ON review_amendments
      BEGIN SELECT RAISE(ABORT, 'amendments are append-only'); END;

      CREATE TRIGGER review_amendments_never_deleted BEFORE DELETE ON review_amendments
      BEGIN SELECT RAISE(ABORT, 'amendments are append-only'); END;

      -- Worklist: date-range filters and the newest-first lists ("all", reviewed by date).
      CREATE INDEX intakes_by_status_visit ON intakes (status, visit_date);
      CREATE INDEX intakes_by_status_submitted ON intakes (status, submitted_at);
      CREATE INDEX intakes_submitted ON intakes (submitted_at) WHERE submitted_at IS NOT NULL;
    `)
  },
}
