import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Migration } from './migration'

/**
 * What the agreement report (src/main/agreement) selects and groups on, copied beside each row
 * it counts, with indexes in the order it groups, so ten years of signed reviews are counted off
 * three indexes without a join or a sort (measured by `npm run bench`). Joining each cause
 * decided and each red flag to its review and intake took over a second at clinic scale; these
 * copies bring it to a pass over the index entries.
 *
 * The copies are kept by triggers, whatever code writes the rows (as m006 keeps the intake's
 * status beside its flags and causes):
 * - `intakes.signed_at`: when the intake became reviewed, its review's sign-off time;
 * - each signed review's outcome per cause (review_outcomes, m009): the intake's status, engine
 *   version and sign-off time, on insert (sign-off, amendments) and whenever the status changes;
 * - each red flag of a reviewed intake: the engine version, sign-off time and the minutes from
 *   submission to sign-off.
 * The engine version is the intake's stored assessment's: the one its review was signed against.
 */
/** Fills the copies in from the reviews and intakes already stored (the migration's backfill). */
export function fillAgreementCopies(db: Database): void {
  db.exec(`
    UPDATE intakes SET signed_at =
        (SELECT r.signed_at FROM reviews r WHERE r.intake_id = intakes.id AND r.status = 'signed')
        WHERE status = 'reviewed';
      UPDATE review_outcomes SET (intake_status, engine_version, signed_at) =
        (SELECT i.status, COALESCE(i.engine_version, ''), COALESCE(i.signed_at, '')
         FROM intakes i WHERE i.id = review_outcomes.intake_id);
      UPDATE intake_red_flags SET (engine_version, signed_at, wait_minutes) =
        (SELECT i.engine_version, i.signed_at,
           (julianday(i.signed_at) - julianday(i.submitted_at)) * 1440
         FROM intakes i WHERE i.id = intake_red_flags.intake_id)
        WHERE intake_status = 'reviewed';
  `)
}

export const m010AgreementCopies: Migration = {
  version: 10,
  name: 'sign-off time, engine version and status beside what the agreement report counts',
  up: (db) => {
    db.exec(`
      ALTER TABLE intakes ADD COLUMN signed_at TEXT;
      ALTER TABLE review_outcomes ADD COLUMN intake_status TEXT NOT NULL DEFAULT 'reviewed'
        CHECK (intake_status IN ('draft', 'submitted', 'reviewed'));
      ALTER TABLE review_outcomes ADD COLUMN engine_version TEXT NOT NULL DEFAULT '';
      ALTER TABLE review_outcomes ADD COLUMN signed_at TEXT NOT NULL DEFAULT '';
      ALTER TABLE intake_red_flags ADD COLUMN engine_version TEXT;
      ALTER TABLE intake_red_flags ADD COLUMN signed_at TEXT;
      ALTER TABLE intake_red_flags ADD COLUMN wait_minutes REAL;
    `)
    // What is there already, before the triggers keep it.
    fillAgreementCopies(db)
    db.exec(`
      -- Sign-off: the review is signed, then its intake marked reviewed, in one transaction.
      CREATE TRIGGER intakes_signed_copies AFTER UPDATE OF status ON intakes
      WHEN NEW.status = 'reviewed' AND NEW.signed_at IS NULL
      BEGIN
        UPDATE intakes SET signed_at =
          (SELECT signed_at FROM reviews WHERE intake_id = NEW.id AND status = 'signed')
          WHERE id = NEW.id;
        UPDATE intake_red_flags SET (engine_version, signed_at, wait_minutes) =
          (SELECT i.engine_version, i.signed_at,
             (julianday(i.signed_at) - julianday(i.submitted_at)) * 1440
           FROM intakes i WHERE i.id = NEW.id)
          WHERE intake_id = NEW.id;
      END;
      CREATE TRIGGER review_outcomes_take_review AFTER INSERT ON review_outcomes
      BEGIN
        UPDATE review_outcomes SET (intake_status, engine_version, signed_at) =
          (SELECT i.status, COALESCE(i.engine_version, ''), COALESCE(i.signed_at, '')
           FROM intakes i WHERE i.id = NEW.intake_id)
          WHERE intake_id = NEW.intake_id AND cause_id = NEW.cause_id;
      END;
      CREATE TRIGGER intakes_status_to_review_outcomes AFTER UPDATE OF status ON intakes
      BEGIN
        UPDATE review_outcomes SET intake_status = NEW.status WHERE intake_id = NEW.id;
      END;

      -- Signed reviews counted by status, engine version and period; the versions listed.
      CREATE INDEX intakes_for_agreement ON intakes (status, engine_version, signed_at);
      -- Causes: grouped in index order (no sort), filtered on the entry itself (no join).
      CREATE INDEX review_outcomes_for_agreement ON review_outcomes
        (intake_status, cause_id, tier, decision, engine_version, signed_at);
      -- Red flags: counted per flag and urgency, and read in waiting order for the percentiles.
      CREATE INDEX intake_red_flags_for_agreement ON intake_red_flags
        (intake_status, flag_id, urgency, wait_minutes, engine_version, signed_at);
    `)
  },
}
