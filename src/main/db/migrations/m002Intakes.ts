import type { Migration } from './migration'

export const m002Intakes: Migration = {
  version: 2,
  name: 'intakes with drafts, stored assessments and list columns',
  up: (db) => {
    db.exec(`
      CREATE TABLE intakes (
        id                INTEGER PRIMARY KEY,
        patient_id        INTEGER NOT NULL REFERENCES patients (id),
        status            TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'reviewed')),
        visit_date        TEXT NOT NULL,
        step              TEXT NOT NULL DEFAULT '',
        -- What staff typed, as typed (may not pass the answer schema until submit).
        draft_json        TEXT NOT NULL DEFAULT '{}',
        -- Set at submit: validated answers and the assessment with its engine version.
        answers_json      TEXT,
        assessment_json   TEXT,
        engine_version    TEXT,
        -- Copied out of the assessment so lists sort and filter on indexed columns.
        highest_urgency   TEXT CHECK (highest_urgency IN ('emergency', 'urgent', 'soon', 'none')),
        urgency_rank      INTEGER,
        pain_now          INTEGER,
        pain_worst_week   INTEGER,
        pain_average_week INTEGER,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        created_by        INTEGER,
        submitted_at      TEXT,
        submitted_by      INTEGER,
        version           INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX intakes_by_patient ON intakes (patient_id, visit_date);
      CREATE INDEX intakes_by_status_updated ON intakes (status, updated_at);
      CREATE INDEX intakes_worklist ON intakes (status, urgency_rank, submitted_at);

      -- The causes an assessment flagged (likely or possible), for the worklist's cause filter.
      CREATE TABLE intake_causes (
        intake_id INTEGER NOT NULL REFERENCES intakes (id),
        cause_id  TEXT NOT NULL,
        tier      TEXT NOT NULL CHECK (tier IN ('likely', 'possible')),
        PRIMARY KEY (intake_id, cause_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX intake_causes_by_cause ON intake_causes (cause_id, tier, intake_id);

      CREATE TABLE intake_red_flags (
        intake_id INTEGER NOT NULL REFERENCES intakes (id),
        flag_id   TEXT NOT NULL,
        urgency   TEXT NOT NULL CHECK (urgency IN ('emergency', 'urgent', 'soon')),
        PRIMARY KEY (intake_id, flag_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX intake_red_flags_by_flag ON intake_red_flags (flag_id, intake_id);
    `)
  },
}
