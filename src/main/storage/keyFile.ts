import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deriveInstallationKeys, SECRET_BYTES } from './installationKeys'
import type { InstallationKeys } from './installationKeys'

export const KEY_FILE_NAME = 'installation.key'

/**
 * The server's and browser shell's keeper of the installation secret: a file readable by the
 * app's account only (0600), created with a fresh random secret on first start.
 */
export function loadOrCreateKeyFile(dataDir: string): InstallationKeys {
  const file = join(dataDir, KEY_FILE_NAME)
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    // 'wx': two processes starting at once cannot both write a secret; the loser reads.
    try {
      writeFileSync(file, `${randomBytes(SECRET_BYTES).toString('base64')}\n`, {
        mode: 0o600,
        flag: 'wx',
      })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
  const secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')
  return deriveInstallationKeys(secret)
}
