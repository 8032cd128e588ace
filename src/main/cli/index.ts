import { parseArgs } from 'node:util'
import { openCore } from '../core'
import { createConsoleLogger } from '../log'
import { seedDemo } from './seedDemo'

const USAGE = `Usage: npm run cli -- <command> --data-dir DIR [options]

Commands:
  seed-demo [--patients N]   add N obviously fake demo patients (default 50)`

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`)
  process.exit(2)
}

function positiveInt(text: string | undefined, fallback: number, flag: string): number {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1 || value > 1_000_000) {
    fail(`${flag} must be a whole number from 1 to 1000000, not "${text}"`)
  }
  return value
}

/** The admin command line: `npm run cli -- <command> --data-dir DIR`. */
function main(argv: string[]): void {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { 'data-dir': { type: 'string' }, patients: { type: 'string' } },
    })
  } catch (error) {
    fail(error instanceof Error ? error.message : 'Could not read the options.')
  }
  const [command, ...rest] = parsed.positionals
  if (!command) fail('Name a command.')
  if (rest.length) fail(`Unexpected argument: ${rest[0]}`)
  const dataDir = parsed.values['data-dir'] ?? process.env.CLINIC_INTAKE_DATA_DIR
  if (!dataDir) fail('Give --data-dir DIR (or set CLINIC_INTAKE_DATA_DIR).')

  switch (command) {
    case 'seed-demo': {
      const count = positiveInt(parsed.values.patients, 50, '--patients')
      const core = openCore({ dataDir, log: createConsoleLogger() })
      try {
        const result = seedDemo(core.db, count)
        console.log(`Added ${result.patientsCreated} demo patients to ${dataDir}`)
      } finally {
        core.close()
      }
      return
    }
    default:
      fail(`Unknown command: ${command}`)
  }
}

try {
  main(process.argv.slice(2))
} catch (error) {
  console.error(error instanceof Error ? error.message : 'The command failed.')
  process.exit(1)
}
