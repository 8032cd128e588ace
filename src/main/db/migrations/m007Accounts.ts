import type { Migration } from './migration'

/**
 * Accounts: a password an administrator set must be changed at the next sign-in, and failed
 * sign-ins are counted per place (the window or workstation they come from) and per typed
 * username, whether or not such an account exists, so that a guesser at one place can neither
 * lock the account out everywhere nor tell which usernames exist.
 */
export const m007Accounts: Migration = {
  version: 7,
  name: 'forced password change and sign-in failures per place',
  up: (db) => {
    db.exec(`
      ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
        CHECK (must_change_password IN (0, 1));

      -- username_key is a keyed hash of the username as typed (lower case): people sometimes type
      -- their password into the username box, and that must not be kept readable.
      CREATE TABLE sign_in_failures (
        username_key    TEXT NOT NULL,
        place           TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL CHECK (failed_attempts > 0),
        last_failed_at  TEXT NOT NULL,
        locked_until    TEXT,
        PRIMARY KEY (username_key, place)
      ) STRICT, WITHOUT ROWID;
    `)
  },
}
