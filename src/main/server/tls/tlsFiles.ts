import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stageFile } from '../../storage/atomicFile'
import type { StagedFile } from '../../storage/atomicFile'
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE } from '../../storage/fileModes'
import type { CertificateWithKey } from './certificates'

/** The server's certificates and keys: a `tls` folder in the data folder, this account only. */
export function tlsFolder(dataDir: string): string {
  return join(dataDir, 'tls')
}

export const TLS_FILES = {
  caCertificate: 'ca-certificate.pem',
  caPrivateKey: 'ca-private-key.pem',
  serverCertificate: 'server-certificate.pem',
  serverPrivateKey: 'server-private-key.pem',
} as const

export interface TlsFileNames {
  readonly certificate: string
  readonly privateKey: string
}

export const CA_FILES: TlsFileNames = {
  certificate: TLS_FILES.caCertificate,
  privateKey: TLS_FILES.caPrivateKey,
}
export const SERVER_FILES: TlsFileNames = {
  certificate: TLS_FILES.serverCertificate,
  privateKey: TLS_FILES.serverPrivateKey,
}

/** Creates the folder 0700 (and tightens one made earlier with looser modes). */
export function ensureTlsFolder(dataDir: string): string {
  const folder = tlsFolder(dataDir)
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE })
  chmodSync(dataDir, PRIVATE_FOLDER_MODE)
  chmodSync(folder, PRIVATE_FOLDER_MODE)
  return folder
}

/** Both files, either, or neither: a half-written pair is told apart from a missing one. */
export function readPair(
  folder: string,
  names: TlsFileNames,
): { certificate: string | null; privateKey: string | null } {
  const read = (name: string) => {
    const file = join(folder, name)
    if (!existsSync(file)) return null
    // Tightened on every start, as the data folder's other files (see securePrivateFolder).
    chmodSync(file, PRIVATE_FILE_MODE)
    return readFileSync(file, 'utf8')
  }
  return { certificate: read(names.certificate), privateKey: read(names.privateKey) }
}

/**
 * Writes a pair so that a crash leaves either the old pair or the new one: each file goes to a
 * temporary name first (0600 from the start), then both are renamed, the key first.
 */
export function writePair(folder: string, names: TlsFileNames, pair: CertificateWithKey): void {
  const key = stageFile(join(folder, names.privateKey), pair.privateKey)
  let certificate: StagedFile
  try {
    certificate = stageFile(join(folder, names.certificate), pair.certificate)
  } catch (error) {
    key.discard()
    throw error
  }
  key.commit()
  certificate.commit()
}
