import type { Logger } from '../log'
import type { InstallationKeys } from '../storage/installationKeys'
import { keeperOf, KEY_FILE_NAME } from '../storage/keyKeepers'
import { keysForServer } from '../host/shellKeys'
import { CommandError } from './consoleDoor'
import { createSecretInput } from './secretInput'
import type { SecretInput } from './secretInput'

/** How this run of the CLI unlocks the data folder: set once from the command line. */
export interface ConsoleUnlock {
  /** `--passphrase`: the folder's key is kept under a passphrase, asked for (or piped) first. */
  readonly passphrase: boolean
  /** Where the passphrase and any password come from, in that order. */
  readonly secrets: SecretInput
}

// The CLI runs one command per process, so its unlock settings are the process's: every
// command opens the folder through withConsoleDoor, which asks here for the keys.
let unlock: ConsoleUnlock = { passphrase: false, secrets: createSecretInput() }

export function configureConsoleUnlock(settings: ConsoleUnlock): void {
  unlock = settings
}

/** The secrets of this run, for a command that also reads a password after the passphrase. */
export function consoleSecrets(): SecretInput {
  return unlock.secrets
}

export const NEEDS_PASSPHRASE =
  'This data folder is protected by a passphrase. Run the command again with --passphrase: it asks for the passphrase (when standard input is piped, its first line is the passphrase). Nothing was changed.'

const NOT_UNDER_PASSPHRASE =
  `This data folder is not protected by a passphrase (its key is in ${KEY_FILE_NAME}). ` +
  'Run the command again without --passphrase. Nothing was changed.'

/**
 * The installation keys for a CLI command, or a refusal the person can act on: a folder kept
 * under a passphrase is never opened without `--passphrase`, and `--passphrase` never quietly
 * moves a folder that has a key file under a passphrase (the server does that, at its start).
 * A folder with no key yet (new, or from before encryption) given `--passphrase` is set up under
 * one, as the server would; one kept in the desktop app's keystore is refused with that
 * keeper's own message, before any prompt.
 */
export async function consoleKeys(dataDir: string, log: Logger): Promise<InstallationKeys> {
  const keeper = keeperOf(dataDir)
  if (keeper === 'passphrase' && !unlock.passphrase) throw new CommandError(NEEDS_PASSPHRASE)
  if (keeper === 'key_file' && unlock.passphrase) throw new CommandError(NOT_UNDER_PASSPHRASE)
  return keysForServer({
    dataDir,
    passphrase: unlock.passphrase && keeper !== 'keystore',
    log,
    readSecret: (prompts) => unlock.secrets.read(prompts, 'passphrase'),
  })
}
