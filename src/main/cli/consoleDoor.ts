import { existsSync } from 'node:fs'
import { createClient } from '../../shared/contract/client'
import type { ClinicApi } from '../../shared/contract/client'
import type { RpcError } from '../../shared/contract/errors'
import { databaseFile } from '../dataDir'
import type { Caller, Dispatch } from '../door/dispatcher'
import { openCoreHost } from '../host/coreHost'
import { createStartupProgressReporter } from '../host/startupProgressReporter'
import { createShellLogger } from '../logging/shellLogger'
import { assertDataDirFree, DataFolderInUseError } from '../storage/dataDirLock'
import { consoleKeys } from './consoleKeys'

/** The server's console: admitted to the contract's `console` channels, audited as `cli`. */
export const CONSOLE_CALLER: Caller = { shell: 'cli', sessionKey: 'console' }

/** The typed client over a door, as the console caller. */
export function consoleClient(door: { readonly dispatch: Dispatch }): ClinicApi {
  return createClient((channel, payload) => door.dispatch(channel, payload, CONSOLE_CALLER))
}

/** A refusal the person can act on; printed without a stack, exit code 1 (2 for bad input). */
export class CommandError extends Error {
  override readonly name = 'CommandError'
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}

/** A door's refusal in plain lines: the field problems of a validation error, else its message. */
export function errorText(error: RpcError): string {
  if (error.kind !== 'validation') return error.message
  return error.issues
    .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
    .join('\n')
}

/** The value of a door's reply, or a CommandError with its message. */
export function valueOf<T>(result: { ok: true; value: T } | { ok: false; error: RpcError }): T {
  if (result.ok) return result.value
  throw new CommandError(errorText(result.error), result.error.kind === 'validation' ? 2 : 1)
}

export interface ConsoleDoorOptions {
  /**
   * Whether the command may start a new data folder (add-user, seed-demo, restore). The others
   * only read what is there: they refuse a folder without a database, and create nothing.
   */
  readonly mayCreate: boolean
}

/**
 * Runs a command against the data folder through the one door. The host it opens takes the
 * folder's lock first: while the desktop app, the browser shell or a server has the folder,
 * the command is refused (naming which) before the database is even opened, and while the
 * command runs, none of them can start.
 */
export async function withConsoleDoor<T>(
  dataDir: string,
  options: ConsoleDoorOptions,
  work: (api: ClinicApi, door: { readonly dispatch: Dispatch }) => Promise<T>,
): Promise<T> {
  if (!options.mayCreate && !existsSync(databaseFile(dataDir))) {
    throw new CommandError(
      `There is no Clinic Intake database in ${dataDir}. Check the --data-dir folder; nothing was created.`,
    )
  }
  // Entries go to the data folder's log file, as the app's do; only errors reach the terminal.
  const log = createShellLogger(undefined, { consoleInfo: false })
  let host
  try {
    // Refused before any prompt when another program has the folder; then the keys (the
    // passphrase asked for first, with --passphrase), then the host, which takes the lock.
    assertDataDirFree(dataDir)
    log.writeToDataDir(dataDir)
    const keys = await consoleKeys(dataDir, log)
    // A first start after an upgrade can take a minute: said on stderr (stdout is the result).
    const progress = createStartupProgressReporter({
      write: (line) => process.stderr.write(line),
      log,
    })
    host = openCoreHost({ dataDir, log, shell: 'cli', keys, onProgress: progress.onProgress })
  } catch (error) {
    if (error instanceof DataFolderInUseError) throw new CommandError(error.message)
    throw error
  }
  try {
    return await work(consoleClient(host), host)
  } finally {
    host.close()
    await log.close()
  }
}
