import { parseArgs } from 'node:util'

export interface ServerArgs {
  readonly dataDir?: string
  /** The address to listen on and to print (also added to the certificate's names). */
  readonly host?: string
  readonly port?: number
  readonly passphrase?: boolean
  readonly idleLockSeconds?: number
}

export const DEFAULT_SERVER_PORT = 8443
export const DEFAULT_SERVER_HOST = '0.0.0.0'

function wholeNumber(text: string, flag: string, min: number, max: number): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${flag} must be a whole number from ${min} to ${max}, not "${text}"`)
  }
  return value
}

/** `--data-dir DIR [--host ADDR] [--port N] [--passphrase] [--idle-lock-seconds N]`. */
export function parseServerArgs(argv: string[]): ServerArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      passphrase: { type: 'boolean' },
      'idle-lock-seconds': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  })
  const idle = values['idle-lock-seconds']
  return {
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    ...(values.host ? { host: values.host } : {}),
    ...(values.port !== undefined ? { port: wholeNumber(values.port, '--port', 0, 65535) } : {}),
    ...(values.passphrase ? { passphrase: true } : {}),
    ...(idle !== undefined
      ? { idleLockSeconds: wholeNumber(idle, '--idle-lock-seconds', 1, 86_400) }
      : {}),
  }
}
