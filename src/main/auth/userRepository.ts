import type { Database } from 'better-sqlite3-multiple-ciphers'
import { UserSchema } from '../../shared/auth/user'
import type { User } from '../../shared/auth/user'
import type { Role } from '../../shared/contract/roles'
import { FieldValidationError, NotFoundError } from '../door/errors'

interface UserRow {
  id: number
  username: string
  display_name: string
  role: string
  password_hash: string
  disabled: number
  failed_attempts: number
  last_failed_at: string | null
  locked_until: string | null
  password_changed_at: string
  must_change_password: number
  temporary_password_hash: string | null
  created_at: string
  updated_at: string
}

/**
 * An account with what sign-in needs; the hashes never leave the main process. Its failed
 * sign-ins are counted per place in `sign_in_failures`; the old per-account columns are unused.
 * `temporaryPasswordHash`: the last temporary password an administrator gave it (m016), kept
 * after its owner replaced it, so the owner cannot take it back as their own.
 */
export type StoredUser = User & {
  readonly passwordHash: string
  readonly temporaryPasswordHash: string | null
}

function toStoredUser(row: UserRow): StoredUser {
  const user = UserSchema.parse({
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled === 1,
    lockedUntil: null,
    failedAttempts: 0,
    passwordChangedAt: row.password_changed_at,
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  })
  return {
    ...user,
    passwordHash: row.password_hash,
    temporaryPasswordHash: row.temporary_password_hash,
  }
}

/** Strips what only sign-in needs, for replies to the renderer, with its sign-in failures. */
export function publicUser(
  user: StoredUser,
  failures: { readonly failedAttempts: number; readonly lockedUntil: string | null },
): User {
  return UserSchema.parse({ ...user, ...failures })
}

const USERNAME_TAKEN = new FieldValidationError([
  { path: ['username'], message: 'This username is already taken' },
])

export interface NewUserRecord {
  readonly username: string
  readonly displayName: string
  readonly role: Role
  readonly passwordHash: string
  /**
   * Someone other than the owner chose this password (an administrator, or IT at the console):
   * a temporary one, which the owner must replace at the first sign-in, exactly as after a
   * reset. Its hash is remembered as the account's temporary password.
   */
  readonly mustChangePassword: boolean
}

export function createUserRepository(db: Database) {
  const byId = db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?')
  const byUsername = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?')
  const all = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY disabled, username')
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users')
  const insert = db.prepare<
    [
      Omit<NewUserRecord, 'mustChangePassword'> & {
        readonly mustChange: number
        readonly now: string
      },
    ],
    UserRow
  >(`
    INSERT INTO users (username, display_name, role, password_hash, must_change_password,
      temporary_password_hash, password_changed_at, created_at, updated_at)
    VALUES (@username, @displayName, @role, @passwordHash, @mustChange,
      CASE WHEN @mustChange = 1 THEN @passwordHash END, @now, @now, @now)
    RETURNING *`)
  const setDisabled = db.prepare<[{ id: number; disabled: number; now: string }], UserRow>(`
    UPDATE users SET disabled = @disabled, updated_at = @now WHERE id = @id RETURNING *`)
  // A temporary password and the record of it are written in one statement, so neither can be
  // set without the other; the owner's own password leaves the record of the last one as it is.
  const setPassword = db.prepare<
    [{ id: number; passwordHash: string; mustChange: number; now: string }],
    UserRow
  >(`
    UPDATE users SET password_hash = @passwordHash, password_changed_at = @now,
      must_change_password = @mustChange,
      temporary_password_hash =
        CASE WHEN @mustChange = 1 THEN @passwordHash ELSE temporary_password_hash END,
      updated_at = @now
    WHERE id = @id RETURNING *`)

  function found(row: UserRow | undefined): StoredUser {
    if (!row) throw new NotFoundError('This account does not exist.', { code: 'account_missing' })
    return toStoredUser(row)
  }

  function create(record: NewUserRecord, now: string): StoredUser {
    const { username, displayName, role, passwordHash, mustChangePassword } = record
    const mustChange = mustChangePassword ? 1 : 0
    try {
      return toStoredUser(
        insert.get({ username, displayName, role, passwordHash, mustChange, now }) as UserRow,
      )
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw USERNAME_TAKEN
      }
      throw error
    }
  }

  return {
    count: () => (count.get() as { n: number }).n,
    get: (id: number) => found(byId.get(id)),
    find: (id: number): StoredUser | null => {
      const row = byId.get(id)
      return row ? toStoredUser(row) : null
    },
    findByUsername: (username: string): StoredUser | null => {
      const row = byUsername.get(username)
      return row ? toStoredUser(row) : null
    },
    list: () => all.all().map(toStoredUser),
    create,
    /**
     * Creates the first account only if there is none yet (the first-run screen). `alongside`
     * runs in the same transaction (the clinic's details the screen asks for with it), so the
     * first run saves both or neither.
     */
    createFirst(
      record: NewUserRecord,
      now: string,
      alongside: (admin: StoredUser) => void = () => {},
    ): StoredUser | null {
      return db
        .transaction(() => {
          if (count.get()?.n !== 0) return null
          const admin = create(record, now)
          alongside(admin)
          return admin
        })
        .immediate()
    },
    setDisabled: (id: number, disabled: boolean, now: string) =>
      found(setDisabled.get({ id, disabled: disabled ? 1 : 0, now })),
    /**
     * A temporary password chosen by someone other than the owner (an administrator's reset):
     * the owner must replace it at the next sign-in, and it replaces the remembered one.
     */
    setTemporaryPassword: (id: number, passwordHash: string, now: string) =>
      found(setPassword.get({ id, passwordHash, mustChange: 1, now })),
    /** The owner's own password, which ends a forced change. */
    setOwnPassword: (id: number, passwordHash: string, now: string) =>
      found(setPassword.get({ id, passwordHash, mustChange: 0, now })),
  }
}

export type UserRepository = ReturnType<typeof createUserRepository>
