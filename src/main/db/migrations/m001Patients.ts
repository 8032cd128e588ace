import type { Migration } from './migration'

export const m001Patients: Migration = {
  version: 1,
  name: 'patients with name search',
  up: (db) => {
    db.exec(`
        CREATE TABLE patients (
          id            INTEGER PRIMARY KEY,
          given_name    TEXT NOT NULL,
          family_name   TEXT NOT NULL,
          date_of_birth TEXT NOT NULL,
          sex           TEXT NOT NULL,
          record_number TEXT COLLATE NOCASE UNIQUE,
          phone         TEXT,
          created_at    TEXT NOT NULL,
          updated_at    TEXT NOT NULL,
          version       INTEGER NOT NULL DEFAULT 1
        ) STRICT;
        CREATE INDEX patients_by_date_of_birth ON patients (date_of_birth);
        CREATE INDEX patients_by_updated_at ON patients (updated_at);

        -- Name search. The repository writes each patient's names here, folded by
        -- foldForSearch() (so "Lukasz" finds "Łukasz"), in the same transaction as the patient.
        CREATE VIRTUAL TABLE patient_name_index USING fts5 (
          names, tokenize = 'unicode61 remove_diacritics 2'
        );
      `)
  },
}
