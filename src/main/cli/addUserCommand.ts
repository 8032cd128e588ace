import { CommandError, errorText, withConsoleDoor } from './consoleDoor'
import { consoleSecrets } from './consoleKeys'
import { PASSWORD_PROMPTS } from '../host/readPassword'

export interface AddUserFlags {
  readonly username?: string | undefined
  readonly role?: string | undefined
  readonly 'display-name'?: string | undefined
  readonly 'own-password'?: boolean | undefined
}

/**
 * `add-user --data-dir DIR --username U --role R --display-name N [--own-password]
 * [--passphrase]`, password on stdin (its first line, or the second after the passphrase) or at
 * a prompt. For a first administrator without the app, or scripted set-ups; `users.create`
 * through the one door checks and records it like the Users screen. Whoever runs it knows the
 * password, so it is a temporary one the person must replace at their first sign-in and can never
 * take back (issued as the Users screen issues one: src/main/auth/temporaryPassword.ts), unless
 * `--own-password`: the installation's first administrator, typing their own (the door refuses
 * it for any other account).
 */
export async function runAddUser(dataDir: string, flags: AddUserFlags): Promise<number> {
  if (!flags.username || !flags.role || !flags['display-name']) {
    throw new CommandError(
      'Give --username, --role (front_desk, clinician or admin) and --display-name.',
      2,
    )
  }
  const ownPassword = flags['own-password'] === true
  // Said before the password is asked for; the door checks it again (and that no account exists).
  if (ownPassword && flags.role !== 'admin') {
    throw new CommandError(
      '--own-password is only for the first administrator. Leave it out: the person will choose their own password when they first sign in.',
      2,
    )
  }
  return withConsoleDoor(dataDir, { mayCreate: true }, async (api) => {
    // Asked once the folder is open, so with --passphrase the passphrase comes first (on a
    // terminal, its prompt; when piped, the first line) and the password after it.
    const password = await consoleSecrets().read(PASSWORD_PROMPTS, 'password')
    const result = await api.users.create({
      username: flags.username ?? '',
      // The door checks the role against the contract; the flag is passed as typed.
      role: flags.role as 'admin',
      displayName: flags['display-name'] ?? '',
      password,
      ...(ownPassword ? { ownPassword: true as const } : {}),
    })
    if (!result.ok) {
      const { error } = result
      // The door's refusal of --own-password is about the flag, not a field: said as it is.
      const aboutFlag = error.kind === 'validation' && error.issues[0]?.path[0] === 'ownPassword'
      throw new CommandError(
        aboutFlag ? (error.issues[0]?.message ?? '') : errorText(error),
        error.kind === 'validation' ? 2 : 1,
      )
    }
    const user = result.value
    console.log(
      user.mustChangePassword
        ? `Added ${user.username} (${user.role}) to ${dataDir}. The password is temporary: give it to them in person; they must choose their own when they first sign in.`
        : `Added ${user.username} (${user.role}) to ${dataDir}, with the password they typed as their own.`,
    )
    return 0
  })
}
