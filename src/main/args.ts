import { parseArgs } from 'node:util'

export interface ShellArgs {
  dataDir?: string
  port?: number
  /** Lock the screen after this many idle seconds, whatever the admin's setting (tests, kiosks). */
  idleLockSeconds?: number
  /** Keep the installation key under a passphrase asked at start, not in the key file. */
  passphrase?: boolean
}

function wholeNumber(text: string, flag: string, min: number, max: number): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${flag} must be a whole number from ${min} to ${max}, not "${text}"`)
  }
  return value
}

/** Flags shared by the shells and the CLI; unknown flags are an error, not silently ignored. */
export function parseShellArgs(argv: string[]): ShellArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'idle-lock-seconds': { type: 'string' },
      passphrase: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  })
  const port = values.port === undefined ? undefined : wholeNumber(values.port, '--port', 0, 65535)
  const idle = values['idle-lock-seconds']
  const idleLockSeconds =
    idle === undefined ? undefined : wholeNumber(idle, '--idle-lock-seconds', 1, 86_400)
  return {
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    ...(port !== undefined ? { port } : {}),
    ...(idleLockSeconds !== undefined ? { idleLockSeconds } : {}),
    ...(values.passphrase ? { passphrase: true } : {}),
  }
}
