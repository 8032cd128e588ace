import { readPassword } from './readPassword'
import type { HiddenPrompts } from './readPassword'
import type { Logger } from '../log'
import type { InstallationKeys } from '../storage/installationKeys'
import { loadOrCreateKeyFile } from '../storage/keyFile'
import {
  hasPassphrase,
  MIN_PASSPHRASE_LENGTH,
  setUpPassphrase,
  unlockWithPassphrase,
} from '../storage/passphraseKeys'

export interface ServerKeyOptions {
  readonly dataDir: string
  /** `--passphrase`: the secret is kept under a passphrase asked at every start. */
  readonly passphrase: boolean
  readonly log: Logger
  readonly input?: NodeJS.ReadStream
  readonly output?: NodeJS.WriteStream
  /**
   * Reads the passphrase instead of `input`: the CLI hands out piped lines in order, so a command
   * that also reads a password (add-user) gets the passphrase first and the password after it.
   */
  readonly readSecret?: (prompts: HiddenPrompts) => Promise<string>
}

const UNLOCK: HiddenPrompts = { first: 'Passphrase: ', repeat: null, mismatch: '' }
const CHOOSE: HiddenPrompts = {
  first: `Choose a passphrase for this data folder (at least ${MIN_PASSPHRASE_LENGTH} characters): `,
  repeat: 'Type the passphrase again: ',
  mismatch: 'The two passphrases are different. Nothing was changed. Start again.',
}

/**
 * The keys of the browser shell, the server and the CLI: from the data folder's 0600 key file,
 * or with `--passphrase` from a passphrase typed at a hidden prompt (or piped on standard
 * input). The first start with `--passphrase` asks for a new one twice, and moves the key file's
 * secret under it. A wrong passphrase throws WrongPassphraseError before the database is opened.
 */
export async function keysForServer(options: ServerKeyOptions): Promise<InstallationKeys> {
  const { dataDir, log } = options
  if (!options.passphrase) return loadOrCreateKeyFile(dataDir)
  const input = options.input ?? process.stdin
  const output = options.output ?? process.stderr
  const read = options.readSecret ?? ((prompts) => readPassword(input, output, prompts))
  if (hasPassphrase(dataDir)) {
    const keys = unlockWithPassphrase(dataDir, await read(UNLOCK))
    log.info('keys.unlocked', { keeper: 'passphrase' })
    return keys
  }
  const keys = setUpPassphrase(dataDir, await read(CHOOSE))
  log.info('keys.passphrase_set_up')
  return keys
}
