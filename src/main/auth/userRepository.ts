import type { Database } from 'better-sqlite3-multiple-ciphers'
import { UserSchema } from '../../shared/auth/user'
import type { User } from '../../shared/auth/user'
import type { Role } from '../../shared/contract/roles'
import { FieldValidationError, NotFoundError } from '../door/errors'
import type { FailureState } from './signInPolicy'

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
  created_at: string
  updated_at: string
}

/** An account with what sign-in needs; the hash never leaves the main process. */
export type StoredUser = User &
  FailureState & {
    readonly passwordHash: string
  }

function toStoredUser(row: UserRow): StoredUser {
  const user = UserSchema.parse({
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled === 1,
    lockedUntil: row.locked_until,
    failedAttempts: row.failed_attempts,
    passwordChangedAt: row.password_changed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  })
  return { ...user, passwordHash: row.password_hash, lastFailedAt: row.last_failed_at }
}

/** Strips what only sign-in needs, for replies to the renderer. */
export function publicUser(user: StoredUser): User {
  return UserSchema.parse(user)
}

const USERNAME_TAKEN = new FieldValidationError([
  { path: ['username'], message: 'This username is already taken' },
])

export interface NewUserRecord {
  readonly username: string
  readonly displayName: string
  readonly role: Role
  readonly passwordHash: string
}

export function createUserRepository(db: Database) {
  const byId = db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?')
  const byUsername = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?')
  const all = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY disabled, username')
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users')
  const insert = db.prepare<[NewUserRecord & { now: string }], UserRow>(`
    INSERT INTO users (username, display_name, role, password_hash, password_changed_at,
      created_at, updated_at)
    VALUES (@username, @displayName, @role, @passwordHash, @now, @now, @now)
    RETURNING *`)
  const setFailures = db.prepare<[FailureState & { id: number }]>(`
    UPDATE users SET failed_attempts = @failedAttempts, last_failed_at = @lastFailedAt,
      locked_until = @lockedUntil
    WHERE id = @id`)
  const setDisabled = db.prepare<[{ id: number; disabled: number; now: string }], UserRow>(`
    UPDATE users SET disabled = @disabled, updated_at = @now WHERE id = @id RETURNING *`)
  const setPassword = db.prepare<[{ id: number; passwordHash: string; now: string }], UserRow>(`
    UPDATE users SET password_hash = @passwordHash, password_changed_at = @now,
      failed_attempts = 0, last_failed_at = NULL, locked_until = NULL, updated_at = @now
    WHERE id = @id RETURNING *`)

  function found(row: UserRow | undefined): StoredUser {
    if (!row) throw new NotFoundError('This account does not exist.')
    return toStoredUser(row)
  }

  function create(record: NewUserRecord, now: string): StoredUser {
    try {
      return toStoredUser(insert.get({ ...record, now }) as UserRow)
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
    /** Creates the first account only if there is none yet (the first-run screen). */
    createFirst(record: NewUserRecord, now: string): StoredUser | null {
      return db.transaction(() => (count.get()?.n === 0 ? create(record, now) : null)).immediate()
    },
    recordFailures(id: number, state: FailureState): void {
      setFailures.run({ id, ...state })
    },
    clearFailures(id: number): void {
      setFailures.run({ id, failedAttempts: 0, lastFailedAt: null, lockedUntil: null })
    },
    setDisabled: (id: number, disabled: boolean, now: string) =>
      found(setDisabled.get({ id, disabled: disabled ? 1 : 0, now })),
    setPassword: (id: number, passwordHash: string, now: string) =>
      found(setPassword.get({ id, passwordHash, now })),
  }
}

export type UserRepository = ReturnType<typeof createUserRepository>
