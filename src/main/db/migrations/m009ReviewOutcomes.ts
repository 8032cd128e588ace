import type { Migration } from './migration'

export const m009ReviewOutcomes: Migration = {
  version: 9,
  name: 'other diagnoses in reviews, and each signed review outcome per cause for the agreement report',
  up: (db) => {
    db.exec(`
      -- Diagnoses outside the thirteen causes that the clinician confirmed (src/shared/review/
      -- decisions.ts, OtherDiagnosesSchema), read and written whole like the decisions.
      ALTER TABLE reviews ADD COLUMN other_diagnoses_json TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(other_diagnoses_json));
      ALTER TABLE review_amendments ADD COLUMN other_diagnoses_json TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(other_diagnoses_json));

      -- The current content of each signed review (the newest amendment, else as signed), one row
      -- per cause decided, beside the tier the stored assessment gave it ('unlikely' for a cause
      -- the rules did not flag and the clinician confirmed). Derived from the record, rewritten
      -- at sign-off and at each amendment, so the agreement report counts with indexes instead
      -- of reading every review's JSON.
      CREATE TABLE review_outcomes (
        intake_id INTEGER NOT NULL REFERENCES intakes (id),
        cause_id  TEXT NOT NULL,
        tier      TEXT NOT NULL CHECK (tier IN ('likely', 'possible', 'unlikely')),
        decision  TEXT NOT NULL CHECK (decision IN ('confirm', 'rule_out', 'open')),
        PRIMARY KEY (intake_id, cause_id)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO review_outcomes (intake_id, cause_id, tier, decision)
      SELECT r.intake_id, json_extract(d.value, '$.causeId'),
        COALESCE(c.tier, 'unlikely'), json_extract(d.value, '$.decision')
      FROM reviews r
      JOIN json_each(COALESCE(
        (SELECT a.decisions_json FROM review_amendments a WHERE a.review_id = r.id
         ORDER BY a.id DESC LIMIT 1),
        r.decisions_json)) d
      LEFT JOIN intake_causes c
        ON c.intake_id = r.intake_id AND c.cause_id = json_extract(d.value, '$.causeId')
      WHERE r.status = 'signed' AND json_extract(d.value, '$.decision') IS NOT NULL;
    `)
  },
}
