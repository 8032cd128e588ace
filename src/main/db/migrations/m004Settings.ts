import type { Migration } from './migration'

export const m004Settings: Migration = {
  version: 4,
  name: 'clinic settings (name, address, paper size)',
  up: (db) => {
    db.exec(`
      -- One row per data folder: the CHECK keeps it that way, the INSERT makes it exist, so
      -- reads never have to handle "no settings yet".
      CREATE TABLE settings (
        id             INTEGER PRIMARY KEY CHECK (id = 1),
        clinic_name    TEXT NOT NULL DEFAULT '',
        -- Lines separated by \\n, trimmed, no blank lines (the update schema normalises them).
        clinic_address TEXT NOT NULL DEFAULT '',
        paper_size     TEXT NOT NULL DEFAULT 'A4' CHECK (paper_size IN ('A4', 'LETTER')),
        updated_at     TEXT,
        updated_by     INTEGER,
        version        INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      INSERT INTO settings (id) VALUES (1);
    `)
  },
}
