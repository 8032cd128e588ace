import { parseArgs } from 'node:util'

/** Flags shared by the shells and the CLI; unknown flags are an error, not silently ignored. */
export function parseShellArgs(argv: string[]): { dataDir?: string; port?: number } {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  })
  const port = values.port === undefined ? undefined : Number(values.port)
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`)
  }
  return {
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    ...(port !== undefined ? { port } : {}),
  }
}
