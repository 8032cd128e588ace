import type { Migration } from './migration'

/**
 * Two worklist paths read table rows only to learn one column, and on the encrypted database
 * every row read is a page decrypted (AES and an HMAC per page), so each costs thousands of
 * decryptions per page of the worklist at clinic scale (measured by `npm run bench`):
 *
 * - The patient filter (a name prefix, a date of birth, a record number) finds the matching
 *   patients' intakes through `intakes_by_patient` and keeps those with the tab's status, which
 *   was not in the index: a two-letter prefix read thousands of intake rows, taking the filter
 *   from a few milliseconds to a hundred. The patient's history (by visit day, then id, some
 *   statuses) reads the same index, still in its order: the id is named before the status.
 * - The reviewed tab reads signed reviews newest first off `reviews_by_status_signed`, and
 *   sorts a filter's matches by their review's signature: both read each review's row for its
 *   intake or its signature. With those in the indexes, neither opens a review; the id stays
 *   before the intake in the first, so it is still read in its order (newest, then by id).
 */
export const m014WorklistIndexes: Migration = {
  version: 14,
  name: 'worklist indexes that carry the status and signature they are read for',
  up: (db) => {
    db.exec(`
      DROP INDEX intakes_by_patient;
      CREATE INDEX intakes_by_patient ON intakes (patient_id, visit_date, id, status);

      DROP INDEX reviews_by_status_signed;
      CREATE INDEX reviews_by_status_signed ON reviews (status, signed_at, id, intake_id);
      CREATE INDEX reviews_by_intake ON reviews (intake_id, status, signed_at);
    `)
  },
}
