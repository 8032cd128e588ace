import type { SessionUser } from '../../shared/auth/user'
import type { SessionEndCode } from '../../shared/contract/errorCodes'
import type { UserRepository } from './userRepository'

/**
 * The signed-in user of each shell session: a desktop window, or a browser-shell launch (its
 * access token). Kept in memory only: restarting the app signs everyone out.
 */
export type SessionView =
  | {
      readonly state: 'signed_out'
      /** Why the server ended this session itself, while it remembers (see rememberEnd). */
      readonly endedBy?: SessionEndCode
    }
  | {
      readonly state: 'active' | 'locked'
      readonly user: SessionUser
      /** An administrator set this account's password: only a change of password is allowed. */
      readonly mustChangePassword?: boolean
    }

/** Something that happened to a session by itself, for the audit trail. */
export type SessionChange =
  | { readonly kind: 'locked_idle'; readonly user: SessionUser }
  | { readonly kind: 'signed_out_disabled'; readonly user: SessionUser }

export interface ResolvedSession {
  readonly view: SessionView
  readonly change: SessionChange | null
}

export interface SessionRegistry {
  /** The session as a call finds it, after applying the idle lock and account changes. */
  resolve(key: string): ResolvedSession
  /** The session as it is, with no side effects (for the reply to auth.status). */
  peek(key: string): SessionView
  signIn(key: string, userId: number): void
  lock(key: string): void
  unlock(key: string): void
  signOut(key: string): void
  /**
   * Ends every session of one user (a password reset, a changed password), except `keep`, and
   * says how many ended. The clinic server's per-person sessions end the same way. With
   * `reason`, each ended session's next call and auth.status say why.
   */
  endSessionsOf(
    userId: number,
    options?: { readonly keep?: string; readonly reason?: SessionEndCode },
  ): number
  /**
   * Ends every session whose key matches, and says how many ended: the clinic server ends all
   * sessions of a revoked workstation at once (see src/main/http/deviceSessionKeys.ts).
   */
  endSessionsWhere(keyMatches: (key: string) => boolean): number
  /** Records activity: a successful call by the session's user. */
  touch(key: string): void
  idleLockSeconds(): number
}

interface SessionRecord {
  userId: number
  lastActivityMs: number
  locked: boolean
}

/**
 * The server enforces the idle lock as a backstop to the renderer's own (which watches the
 * keyboard and pointer). It allows a little longer, up to one minute, so a renderer's keep-alive
 * sent on its throttled schedule never loses the race against its own lock.
 */
export function serverIdleLimitMs(idleLockSeconds: number): number {
  return (idleLockSeconds + Math.min(60, idleLockSeconds)) * 1000
}

/**
 * How many ended sessions' reasons are kept. Each is a key and a short code; a person's screen
 * asks within seconds of the end, so the oldest can go. Bounded, as everything a client can make
 * the server hold.
 */
export const REMEMBERED_ENDS = 1_000

export function createSessionRegistry(options: {
  readonly users: Pick<UserRepository, 'find'>
  readonly now: () => Date
  readonly idleLockSeconds: () => number
  /** Tests lower it to see the oldest reasons forgotten. */
  readonly rememberedEnds?: number
}): SessionRegistry {
  const sessions = new Map<string, SessionRecord>()
  /** Why sessions the server ended by itself ended, by key, oldest first (in memory only). */
  const ends = new Map<string, SessionEndCode>()
  const endLimit = options.rememberedEnds ?? REMEMBERED_ENDS

  function rememberEnd(key: string, reason: SessionEndCode): void {
    ends.delete(key)
    ends.set(key, reason)
    for (const oldest of ends.keys()) {
      if (ends.size <= endLimit) break
      ends.delete(oldest)
    }
  }

  function signedOut(key: string): SessionView {
    const endedBy = ends.get(key)
    return endedBy ? { state: 'signed_out', endedBy } : { state: 'signed_out' }
  }

  function userOf(record: SessionRecord): SessionUser | null {
    const user = options.users.find(record.userId)
    if (!user) return null
    return { id: user.id, username: user.username, displayName: user.displayName, role: user.role }
  }

  function peek(key: string): SessionView {
    const record = sessions.get(key)
    const stored = record ? options.users.find(record.userId) : null
    // A disabled account's session is over; its next call records the sign-out.
    if (record && stored?.disabled) {
      return { state: 'signed_out', endedBy: 'session_ended_account_disabled' }
    }
    if (!record || !stored) return signedOut(key)
    const { id, username, displayName, role } = stored
    return {
      state: record.locked ? 'locked' : 'active',
      user: { id, username, displayName, role },
      mustChangePassword: stored.mustChangePassword,
    }
  }

  return {
    resolve(key) {
      const record = sessions.get(key)
      if (!record) return { view: signedOut(key), change: null }
      const stored = options.users.find(record.userId)
      const user = userOf(record)
      if (!stored || !user || stored.disabled) {
        sessions.delete(key)
        if (stored?.disabled) rememberEnd(key, 'session_ended_account_disabled')
        return {
          view: signedOut(key),
          change: user ? { kind: 'signed_out_disabled', user } : null,
        }
      }
      const idleMs = options.now().getTime() - record.lastActivityMs
      if (!record.locked && idleMs > serverIdleLimitMs(options.idleLockSeconds())) {
        record.locked = true
        return {
          view: { state: 'locked', user, mustChangePassword: stored.mustChangePassword },
          change: { kind: 'locked_idle', user },
        }
      }
      return { view: peek(key), change: null }
    },
    peek,
    signIn(key, userId) {
      ends.delete(key)
      sessions.set(key, { userId, lastActivityMs: options.now().getTime(), locked: false })
    },
    lock(key) {
      const record = sessions.get(key)
      if (record) record.locked = true
    },
    unlock(key) {
      const record = sessions.get(key)
      if (!record) return
      record.locked = false
      record.lastActivityMs = options.now().getTime()
    },
    signOut(key) {
      sessions.delete(key)
      ends.delete(key)
    },
    endSessionsOf(userId, { keep, reason } = {}) {
      let ended = 0
      for (const [key, record] of sessions) {
        if (record.userId !== userId || key === keep) continue
        sessions.delete(key)
        if (reason) rememberEnd(key, reason)
        ended += 1
      }
      return ended
    },
    endSessionsWhere(keyMatches) {
      let ended = 0
      for (const key of [...sessions.keys()]) {
        if (!keyMatches(key)) continue
        sessions.delete(key)
        ended += 1
      }
      return ended
    },
    touch(key) {
      const record = sessions.get(key)
      if (record && !record.locked) record.lastActivityMs = options.now().getTime()
    },
    idleLockSeconds: options.idleLockSeconds,
  }
}
