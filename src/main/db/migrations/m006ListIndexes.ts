import type { Migration } from './migration'

/**
 * Indexes that keep the lists instant on ten years of data (measured by `npm run bench`).
 *
 * An intake's row carries its answers and assessment as JSON, so it spills over two or more
 * pages, and the list columns copied out at submit (urgency, submission time) sit after the
 * JSON, on the overflow page. Reading them for thousands of intakes to filter or sort a
 * worklist was what made it slow. These indexes carry every column the worklist filters and
 * sorts on, so it reads whole lists off them and only opens the rows of the page it shows.
 */
export const m006ListIndexes: Migration = {
  version: 6,
  name: 'list indexes for clinic-scale worklists and patient search',
  up: (db) => {
    db.exec(`
      -- The awaiting tab's order (ties by id, so it is read, never sorted), plus the columns
      -- its filters check.
      DROP INDEX intakes_worklist;
      CREATE INDEX intakes_worklist
        ON intakes (status, urgency_rank, submitted_at, id, visit_date, patient_id);

      -- The "all" tab's order (newest submitted first, ties by id), plus the columns its
      -- filters check.
      DROP INDEX intakes_submitted;
      CREATE INDEX intakes_submitted ON intakes (submitted_at, id, status, visit_date, patient_id)
        WHERE submitted_at IS NOT NULL;

      -- Counting intakes by status reads intakes_worklist (status comes first there): this one
      -- only cost every submit and sign-off another index update.
      DROP INDEX intakes_by_status_submitted;

      -- The same columns by intake id: checking or sorting a set of intakes found through a
      -- filter (a red flag, a patient, a date range) reads this, never the rows.
      CREATE INDEX intakes_list
        ON intakes (id, status, urgency_rank, submitted_at, visit_date, patient_id);

      -- Each flagged cause and red flag carries its intake's status, kept by the triggers below,
      -- so "cauda equina, awaiting review" is one range of one index, not a look at every cauda
      -- equina intake ever seen (nearly all of them signed long ago).
      ALTER TABLE intake_red_flags ADD COLUMN intake_status TEXT NOT NULL DEFAULT 'submitted'
        CHECK (intake_status IN ('draft', 'submitted', 'reviewed'));
      ALTER TABLE intake_causes ADD COLUMN intake_status TEXT NOT NULL DEFAULT 'submitted'
        CHECK (intake_status IN ('draft', 'submitted', 'reviewed'));
      UPDATE intake_red_flags
        SET intake_status = (SELECT status FROM intakes WHERE intakes.id = intake_id);
      UPDATE intake_causes
        SET intake_status = (SELECT status FROM intakes WHERE intakes.id = intake_id);
      DROP INDEX intake_red_flags_by_flag;
      CREATE INDEX intake_red_flags_by_flag
        ON intake_red_flags (flag_id, intake_status, intake_id);
      DROP INDEX intake_causes_by_cause;
      CREATE INDEX intake_causes_by_cause
        ON intake_causes (cause_id, tier, intake_status, intake_id);

      -- The status is copied whatever code writes the rows: on insert, and whenever the
      -- intake's status changes (submit, sign-off).
      CREATE TRIGGER intake_red_flags_take_status AFTER INSERT ON intake_red_flags
      BEGIN
        UPDATE intake_red_flags
          SET intake_status = (SELECT status FROM intakes WHERE id = NEW.intake_id)
          WHERE intake_id = NEW.intake_id AND flag_id = NEW.flag_id;
      END;
      CREATE TRIGGER intake_causes_take_status AFTER INSERT ON intake_causes
      BEGIN
        UPDATE intake_causes
          SET intake_status = (SELECT status FROM intakes WHERE id = NEW.intake_id)
          WHERE intake_id = NEW.intake_id AND cause_id = NEW.cause_id;
      END;
      CREATE TRIGGER intakes_status_to_flags_and_causes AFTER UPDATE OF status ON intakes
      BEGIN
        UPDATE intake_red_flags SET intake_status = NEW.status WHERE intake_id = NEW.id;
        UPDATE intake_causes SET intake_status = NEW.status WHERE intake_id = NEW.id;
      END;

      -- Patient search lists matches in name order; when a short prefix matches thousands,
      -- the first page is read off this index instead of sorting them all.
      CREATE INDEX patients_by_name
        ON patients (family_name COLLATE NOCASE, given_name COLLATE NOCASE);

      -- The name index again, now with prefix indexes for 1 to 3 letters: what staff type first
      -- matches thousands of names, which FTS5 otherwise gathers term by term.
      CREATE VIRTUAL TABLE patient_name_index_prefixed USING fts5 (
        names, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
      );
      INSERT INTO patient_name_index_prefixed (rowid, names)
        SELECT rowid, names FROM patient_name_index;
      DROP TABLE patient_name_index;
      ALTER TABLE patient_name_index_prefixed RENAME TO patient_name_index;
    `)
  },
}
