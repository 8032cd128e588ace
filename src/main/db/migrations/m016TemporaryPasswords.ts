import type { Migration } from './migration'

/**
 * The hash of the last temporary password an administrator gave an account (at creation or at a
 * reset), kept after its owner replaces it: the administrator knows that password, so it is
 * refused as the owner's own at every later change, not only at the first. A new temporary
 * password replaces it. Accounts waiting for their first change today hold a temporary password
 * already (must_change_password), so theirs is remembered from the start; for the others nobody
 * can tell any more which of their past passwords an administrator chose.
 */
export const m016TemporaryPasswords: Migration = {
  version: 16,
  name: 'remember the last temporary password an administrator gave',
  up: (db) => {
    db.exec(`
      -- scrypt$N$r$p$salt$hash like password_hash; NULL when no administrator ever chose one.
      ALTER TABLE users ADD COLUMN temporary_password_hash TEXT;

      UPDATE users SET temporary_password_hash = password_hash WHERE must_change_password = 1;
    `)
  },
}
