import { spawnSync } from 'node:child_process'
import type { Role } from '../../../src/shared/contract/roles'
import type { BrowserShell } from './browserShell'

/** Every e2e account's password: long enough for the rules, obviously a test value. */
export const E2E_PASSWORD = 'e2e-password-0000'

/**
 * The password an administrator (or add-user) gives a new account: a temporary one, which the
 * person replaces with `E2E_PASSWORD` at their first sign-in (`firstSignInThroughScreen`).
 */
export const E2E_TEMPORARY_PASSWORD = 'e2e-temporary-7319-kite'

/** The clinic the first-run setup names, as a clinic's administrator would. */
export const E2E_CLINIC_NAME = 'Harbor Demo Spine Clinic'

/** The account each role signs in with in the e2e specs. */
export const E2E_ACCOUNTS: Record<Role, { username: string; displayName: string }> = {
  admin: { username: 'admin', displayName: 'Ada Admin' },
  front_desk: { username: 'frontdesk', displayName: 'Fran Desk' },
  clinician: { username: 'clinician', displayName: 'Dr Cleo Clinician' },
}

interface Envelope {
  ok: boolean
  value?: unknown
  error?: { kind: string; message: string }
}

/** One call to the shell's one door, as the renderer makes it (same token, same session). */
export async function rpc<T = unknown>(
  shell: BrowserShell,
  channel: string,
  payload: unknown = {},
): Promise<T> {
  const response = await fetch(`${shell.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${shell.token}` },
    body: JSON.stringify(payload),
  })
  const reply = (await response.json()) as Envelope
  if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`)
  return reply.value as T
}

/**
 * Makes sure the shell's database has the e2e accounts for `role` (and the administrator who
 * creates it), the way a clinic would: the first-run setup creates the administrator and names
 * the clinic, and the administrator adds the others. Idempotent: a restarted shell on the same data folder finds them. Leaves the
 * shell's session signed out.
 */
export async function ensureAccount(shell: BrowserShell, role: Role): Promise<void> {
  const admin = E2E_ACCOUNTS.admin
  const status = (await rpc(shell, 'auth.status')) as { state: string }
  if (status.state === 'setup_required') {
    await rpc(shell, 'auth.setupAdmin', {
      username: admin.username,
      displayName: admin.displayName,
      password: E2E_PASSWORD,
      clinicName: E2E_CLINIC_NAME,
    })
  } else {
    await rpc(shell, 'auth.signIn', { username: admin.username, password: E2E_PASSWORD })
  }
  if (role !== 'admin') {
    const { users } = (await rpc(shell, 'users.list')) as { users: { username: string }[] }
    const account = E2E_ACCOUNTS[role]
    if (!users.some((user) => user.username === account.username)) {
      await rpc(shell, 'users.create', { ...account, role, password: E2E_TEMPORARY_PASSWORD })
      // The person's first sign-in: the temporary password, then one of their own.
      await rpc(shell, 'auth.signOut')
      await rpc(shell, 'auth.signIn', {
        username: account.username,
        password: E2E_TEMPORARY_PASSWORD,
      })
      await rpc(shell, 'auth.changePassword', {
        currentPassword: E2E_TEMPORARY_PASSWORD,
        newPassword: E2E_PASSWORD,
      })
    }
  }
  await rpc(shell, 'auth.signOut')
}

/**
 * The desktop shell has no HTTP door to make accounts through: make them on its data folder with
 * the CLI before it starts (`add-user`, password on standard input), as an installer script would.
 * The administrator is the folder's first account, typing their own password (`--own-password`,
 * as in the README's install); anyone else gets `E2E_TEMPORARY_PASSWORD` and signs in first with
 * `firstSignInThroughScreen`. Idempotent: an account that already exists is left as it is.
 */
export function addAccountWithCli(dataDir: string, role: Role): void {
  const account = E2E_ACCOUNTS[role]
  const own = role === 'admin'
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      'src/main/cli/index.ts',
      'add-user',
      '--data-dir',
      dataDir,
      '--username',
      account.username,
      '--role',
      role,
      '--display-name',
      account.displayName,
      ...(own ? ['--own-password'] : []),
    ],
    { input: `${own ? E2E_PASSWORD : E2E_TEMPORARY_PASSWORD}\n`, encoding: 'utf8' },
  )
  if (result.status !== 0 && !result.stderr.includes('already taken')) {
    throw new Error(`add-user failed: ${result.stderr}`)
  }
}
