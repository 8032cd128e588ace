import { CommandError, valueOf, withConsoleDoor } from './consoleDoor'
import { consoleSecrets } from './consoleKeys'
import { PASSWORD_PROMPTS } from '../host/readPassword'

export interface AddUserFlags {
  readonly username?: string | undefined
  readonly role?: string | undefined
  readonly 'display-name'?: string | undefined
}

/**
 * `add-user --data-dir DIR --username U --role R --display-name N [--passphrase]`, password on
 * stdin (its first line, or the second after the passphrase) or at a prompt. For a first administrator without the app, or scripted set-ups; `users.create`
 * through the one door checks and records it like the Users screen.
 */
export async function runAddUser(dataDir: string, flags: AddUserFlags): Promise<number> {
  if (!flags.username || !flags.role || !flags['display-name']) {
    throw new CommandError(
      'Give --username, --role (front_desk, clinician or admin) and --display-name.',
      2,
    )
  }
  return withConsoleDoor(dataDir, { mayCreate: true }, async (api) => {
    // Asked once the folder is open, so with --passphrase the passphrase comes first (on a
    // terminal, its prompt; when piped, the first line) and the password after it.
    const password = await consoleSecrets().read(PASSWORD_PROMPTS, 'password')
    const user = valueOf(
      await api.users.create({
        username: flags.username ?? '',
        // The door checks the role against the contract; the flag is passed as typed.
        role: flags.role as 'admin',
        displayName: flags['display-name'] ?? '',
        password,
      }),
    )
    console.log(`Added ${user.username} (${user.role}) to ${dataDir}`)
    return 0
  })
}
