import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from './atomicFile'
import { makePrivate, PRIVATE_FOLDER_MODE } from './fileModes'
import { deriveInstallationKeys, SECRET_BYTES } from './installationKeys'
import type { InstallationKeys } from './installationKeys'
import { assertNewSecretAllowed, KEY_FILE_NAME, KeyUnavailableError } from './keyKeepers'

export { KEY_FILE_NAME }

/**
 * The server's and browser shell's keeper of the installation secret: a file readable by the
 * app's account only (0600), created with a fresh random secret on first start. It never makes a
 * new secret over one kept by another keeper, nor beside an encrypted database it cannot open.
 */
export function loadOrCreateKeyFile(dataDir: string): InstallationKeys {
  const file = join(dataDir, KEY_FILE_NAME)
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: PRIVATE_FOLDER_MODE })
    assertNewSecretAllowed(dataDir, 'key_file')
    // Exclusive: two processes starting at once cannot both write a secret; the loser reads the
    // winner's, which appears whole (a full disk or a crash leaves no short key file behind).
    try {
      writeFileAtomic(file, `${randomBytes(SECRET_BYTES).toString('base64')}\n`, {
        exclusive: true,
      })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
  return deriveInstallationKeys(readKeyFileSecret(dataDir) as Buffer)
}

/** The secret in the key file, or null when there is none; the file is made 0600 if it was not. */
export function readKeyFileSecret(dataDir: string): Buffer | null {
  const file = join(dataDir, KEY_FILE_NAME)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  makePrivate(file)
  const secret = Buffer.from(text.trim(), 'base64')
  if (secret.length < SECRET_BYTES) {
    throw new KeyUnavailableError(
      `The key file ${file} is not a key of this app (it is too short). Nothing was changed. ` +
        'Put back the key file from where you keep its copy.',
    )
  }
  return secret
}

/** Once another keeper holds the secret, the plain copy goes. */
export function removeKeyFile(dataDir: string): void {
  rmSync(join(dataDir, KEY_FILE_NAME), { force: true })
}
