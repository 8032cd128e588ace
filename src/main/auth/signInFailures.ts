import { createHmac } from 'node:crypto'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { InstallationKeys } from '../storage/installationKeys'
import type { FailureState } from './signInPolicy'

interface FailureRow {
  failed_attempts: number
  last_failed_at: string
  locked_until: string | null
}

const NO_FAILURES: FailureState = { failedAttempts: 0, lastFailedAt: null, lockedUntil: null }

/** Rows older than this with no lock in force say nothing any more and are removed. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000

/**
 * Failed sign-ins, counted per typed username and per place (a desktop window, the browser
 * shell's launch, later a clinic workstation). Kept the same way whether or not the account
 * exists, so the answers and their timing give nothing away; and per place, so wrong guesses
 * from one place never lock the account's owner out of another.
 */
export function createSignInFailures(db: Database, keys: Pick<InstallationKeys, 'audit'>) {
  // Its own key, worked out from the audit key with a label of its own.
  const key = createHmac('sha256', keys.audit).update('clinic-intake/sign-in-failures/v1').digest()
  const get = db.prepare<[string, string], FailureRow>(
    'SELECT * FROM sign_in_failures WHERE username_key = ? AND place = ?',
  )
  const forUsername = db.prepare<[string], FailureRow>(
    'SELECT * FROM sign_in_failures WHERE username_key = ?',
  )
  const upsert = db.prepare<
    [{ usernameKey: string; place: string } & FailureState & { lastFailedAt: string }]
  >(`
    INSERT INTO sign_in_failures (username_key, place, failed_attempts, last_failed_at, locked_until)
    VALUES (@usernameKey, @place, @failedAttempts, @lastFailedAt, @lockedUntil)
    ON CONFLICT (username_key, place) DO UPDATE SET failed_attempts = excluded.failed_attempts,
      last_failed_at = excluded.last_failed_at, locked_until = excluded.locked_until`)
  const clearPlace = db.prepare<[string, string]>(
    'DELETE FROM sign_in_failures WHERE username_key = ? AND place = ?',
  )
  const clearAll = db.prepare<[string]>('DELETE FROM sign_in_failures WHERE username_key = ?')
  const forgetOld = db.prepare<[string, string]>(
    `DELETE FROM sign_in_failures
     WHERE last_failed_at < ? AND (locked_until IS NULL OR locked_until < ?)`,
  )

  /** Usernames are kept only as a keyed hash: someone may have typed a password there. */
  const usernameKey = (username: string) =>
    createHmac('sha256', key).update(username.toLowerCase()).digest('base64url')

  return {
    get(username: string, place: string): FailureState {
      const row = get.get(usernameKey(username), place)
      return row
        ? {
            failedAttempts: row.failed_attempts,
            lastFailedAt: row.last_failed_at,
            lockedUntil: row.locked_until,
          }
        : NO_FAILURES
    },
    record(username: string, place: string, state: FailureState, now: Date): void {
      if (state.lastFailedAt === null) return
      const oldest = new Date(now.getTime() - FORGET_AFTER_MS).toISOString()
      forgetOld.run(oldest, now.toISOString())
      upsert.run({
        usernameKey: usernameKey(username),
        place,
        ...state,
        lastFailedAt: state.lastFailedAt,
      })
    },
    clear(username: string, place: string): void {
      clearPlace.run(usernameKey(username), place)
    },
    /** Lifts every lock and wait on this username, at every place (an administrator's unlock). */
    clearEverywhere(username: string): number {
      return clearAll.run(usernameKey(username)).changes
    },
    /** What administrators see on the Users screen: the worst place, while it matters. */
    summary(username: string, now: Date): { failedAttempts: number; lockedUntil: string | null } {
      let failedAttempts = 0
      let lockedUntil: string | null = null
      for (const row of forUsername.all(usernameKey(username))) {
        failedAttempts = Math.max(failedAttempts, row.failed_attempts)
        if (row.locked_until && Date.parse(row.locked_until) > now.getTime()) {
          if (!lockedUntil || row.locked_until > lockedUntil) lockedUntil = row.locked_until
        }
      }
      return { failedAttempts, lockedUntil }
    },
  }
}

export type SignInFailures = ReturnType<typeof createSignInFailures>
