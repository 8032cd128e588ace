import type { Migration } from './migration'

/**
 * Emergency alerts as records (see src/main/alerts): one per submitted intake whose assessment
 * raised an emergency red flag, written in the submit's own transaction, open until a clinician
 * acknowledges it. A workstation that was offline when the intake came in still finds it here.
 *
 * Intakes submitted before this version get no alert: they are already on the worklist, most
 * urgent first, and raising every past emergency at once would bury any real new one.
 */
export const m012Alerts: Migration = {
  version: 12,
  name: 'emergency alerts until acknowledged',
  up: (db) => {
    db.exec(`
      CREATE TABLE alerts (
        id              INTEGER PRIMARY KEY,
        intake_id       INTEGER NOT NULL UNIQUE REFERENCES intakes (id),
        patient_id      INTEGER NOT NULL REFERENCES patients (id),
        raised_at       TEXT NOT NULL,
        acknowledged_by INTEGER REFERENCES users (id),
        acknowledged_at TEXT,
        -- Acknowledged means by someone at some time: both or neither.
        CHECK ((acknowledged_by IS NULL) = (acknowledged_at IS NULL))
      ) STRICT;

      -- Every workstation asks for the open ones on load and on each alert event.
      CREATE INDEX alerts_open ON alerts (raised_at, id) WHERE acknowledged_at IS NULL;
    `)
  },
}
