import { vi } from 'vitest'

export function ok<T>(value: T) {
  return { ok: true as const, value }
}

export const frontDesk = {
  id: 2,
  username: 'fdesk',
  displayName: 'Frankie Desk',
  role: 'front_desk' as const,
}

export function signedIn(mustChangePassword = false) {
  return {
    state: 'signed_in' as const,
    user: frontDesk,
    idleLockSeconds: 600,
    ...(mustChangePassword ? { mustChangePassword: true as const } : {}),
  }
}

/** A refusal at the one door, as the dispatcher words it. */
export function fieldRefusal(field: string, message: string) {
  return {
    ok: false as const,
    error: {
      kind: 'validation' as const,
      message: 'Some answers need attention.',
      issues: [{ path: [field], message }],
    },
  }
}

/** The auth namespace of a fake API whose status the test moves along. */
export function fakeAuth(initial = signedIn()) {
  let status: ReturnType<typeof signedIn> = initial
  return {
    setStatus(next: ReturnType<typeof signedIn>) {
      status = next
    },
    auth: {
      status: vi.fn(async () => ok(status)),
      keepAlive: vi.fn(async () => ok({})),
      lock: vi.fn(async () => ok({})),
      signOut: vi.fn(async () => ok({})),
      changePassword: vi.fn(async () => {
        status = signedIn()
        return ok(status)
      }),
    },
  }
}

/** Lets pending promises (fake API calls) settle and Vue re-render. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 8; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}

/** What the client layers make of a server that does not answer. */
export const UNREACHABLE = {
  ok: false,
  error: { kind: 'internal', message: 'The app could not be reached.', ref: 'network' },
} as const

/** The server's reply to a call whose session it no longer knows (a restart, the idle limit). */
export const SIGNED_OUT = {
  ok: false,
  error: { kind: 'unauthenticated', message: 'Sign in to continue.', reason: 'signed_out' },
} as const
