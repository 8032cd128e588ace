import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { FingerprintSchema } from '../../../shared/workstations/workstation'
import type { Logger } from '../../log'
import { writeFileAtomic } from '../../storage/atomicFile'
import { PRIVATE_FOLDER_MODE } from '../../storage/fileModes'
import type { PinnedServer } from '../../server/pinnedClient'
import type { SafeStorageLike } from '../keystoreKeys'

/** In the desktop app's data folder (its userData), beside the database a local install keeps. */
export const CONNECTION_FILE_NAME = 'connection.json'

/**
 * The device credential at rest: wrapped by the system keystore (Electron safeStorage) where
 * there is a usable one, else in the clear in this 0600 file (and a warning is logged), as the
 * installation key falls back to its key file.
 */
const StoredCredentialSchema = z.discriminatedUnion('keeper', [
  z.object({ keeper: z.literal('keystore'), wrapped: z.base64() }),
  z.object({ keeper: z.literal('file'), credential: z.string().min(1).max(200) }),
])

const ConnectionFileSchema = z.discriminatedUnion('mode', [
  z.object({ version: z.literal(1), mode: z.literal('local') }),
  z.object({
    version: z.literal(1),
    mode: z.literal('server'),
    origin: z.url({ protocol: /^https$/ }),
    caCertificate: z.string().min(1).max(20_000),
    caFingerprint: FingerprintSchema,
    workstationId: z.int().positive(),
    workstationName: z.string().min(1).max(60),
    pairedAt: z.string(),
    credential: StoredCredentialSchema,
  }),
])
type ConnectionFile = z.infer<typeof ConnectionFileSchema>

/** What this computer remembers about how it works, with the credential in the clear. */
export type ConnectionChoice =
  | { readonly mode: 'local' }
  | {
      readonly mode: 'server'
      readonly server: PinnedServer
      readonly workstationId: number
      readonly workstationName: string
      readonly credential: string
    }

/** The connection file is there but cannot be used: never guessed around, since it says where the data is. */
export class ConnectionFileError extends Error {
  override readonly name = 'ConnectionFileError'
}

export interface ConnectionFileStore {
  /** null when nothing was chosen yet on this computer. */
  read(): ConnectionChoice | null
  write(choice: ConnectionChoice): void
}

function keystoreUsable(safeStorage: SafeStorageLike): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false
  return safeStorage.getSelectedStorageBackend?.() !== 'basic_text'
}

export function createConnectionFileStore(options: {
  readonly dataDir: string
  readonly safeStorage: SafeStorageLike
  readonly log: Logger
  readonly now?: () => Date
}): ConnectionFileStore {
  const { dataDir, safeStorage, log } = options
  const file = join(dataDir, CONNECTION_FILE_NAME)

  function read(): ConnectionChoice | null {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    let parsed: ConnectionFile
    try {
      parsed = ConnectionFileSchema.parse(JSON.parse(text))
    } catch {
      throw new ConnectionFileError(
        `The file that says how this computer connects (${file}) is damaged. Nothing was ` +
          'changed. Ask your administrator to delete it and pair this computer again.',
      )
    }
    if (parsed.mode === 'local') return { mode: 'local' }
    return {
      mode: 'server',
      server: {
        origin: parsed.origin,
        caCertificate: parsed.caCertificate,
        caFingerprint: parsed.caFingerprint,
      },
      workstationId: parsed.workstationId,
      workstationName: parsed.workstationName,
      credential: unwrapCredential(parsed.credential),
    }
  }

  function unwrapCredential(stored: z.infer<typeof StoredCredentialSchema>): string {
    if (stored.keeper === 'file') return stored.credential
    if (!keystoreUsable(safeStorage)) {
      throw new ConnectionFileError(
        'This computer’s pass for the clinic server is kept in the system keystore, which is ' +
          'not available right now. Sign in to this computer as the same user and start the ' +
          'app again.',
      )
    }
    try {
      return safeStorage.decryptString(Buffer.from(stored.wrapped, 'base64'))
    } catch {
      throw new ConnectionFileError(
        'The system keystore could not unlock this computer’s pass for the clinic server (it ' +
          'was made by another user or on another computer). Ask your administrator to pair ' +
          'this computer again.',
      )
    }
  }

  function wrapCredential(credential: string): z.infer<typeof StoredCredentialSchema> {
    if (keystoreUsable(safeStorage)) {
      return {
        keeper: 'keystore',
        wrapped: safeStorage.encryptString(credential).toString('base64'),
      }
    }
    log.error('connection.keystore_unavailable', new Error('safeStorage is not available'), {
      fallback: 'file',
    })
    return { keeper: 'file', credential }
  }

  function write(choice: ConnectionChoice): void {
    const content: ConnectionFile =
      choice.mode === 'local'
        ? { version: 1, mode: 'local' }
        : {
            version: 1,
            mode: 'server',
            origin: choice.server.origin,
            caCertificate: choice.server.caCertificate,
            caFingerprint: choice.server.caFingerprint,
            workstationId: choice.workstationId,
            workstationName: choice.workstationName,
            pairedAt: (options.now?.() ?? new Date()).toISOString(),
            credential: wrapCredential(choice.credential),
          }
    mkdirSync(dataDir, { recursive: true, mode: PRIVATE_FOLDER_MODE })
    // Replaced whole, so a crash mid-write never leaves half a file behind.
    writeFileAtomic(file, JSON.stringify(content, null, 2))
    log.info('connection.saved', { mode: choice.mode })
  }

  return { read, write }
}
