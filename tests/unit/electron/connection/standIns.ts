import type { SafeStorageLike } from '../../../../src/main/electron/keystoreKeys'
import type { Logger } from '../../../../src/main/log'

/** Stands in for Electron's safeStorage: reversible, but never the plain text on disk. */
export function standInKeystore(options: { available?: boolean } = {}): SafeStorageLike {
  const mask = (data: Buffer) => Buffer.from(data.map((byte) => byte ^ 0x5a))
  return {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: (text) => Buffer.concat([Buffer.from('v10'), mask(Buffer.from(text))]),
    decryptString: (data) => {
      if (!data.subarray(0, 3).equals(Buffer.from('v10'))) throw new Error('not ours')
      return mask(data.subarray(3)).toString()
    },
  }
}

export function recordingLog(): Logger & { events: string[] } {
  const events: string[] = []
  return {
    events,
    info: (event) => events.push(event),
    error: (event) => events.push(event),
  }
}
