import type { Database } from 'better-sqlite3-multiple-ciphers'

/** What someone with the database file and a SQLite shell could do: drop the triggers first. */
export function tamper(db: Database, sql: string): void {
  db.exec(`
    DROP TRIGGER audit_log_never_changes;
    DROP TRIGGER audit_log_never_deleted;
    ${sql};
  `)
}
