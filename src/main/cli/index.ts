import { parseArgs } from 'node:util'
import { openCore } from '../core'
import { createConsoleLogger } from '../log'
import { exportSelection, runExportPdf } from './exportPdfCommand'
import { seedDemo } from './seedDemo'
import { runAddUser } from './addUserCommand'
import { runBackup } from './backupCommand'
import { runRestore } from './restoreCommand'
import { runVerifyAudit } from './verifyAuditCommand'

const USAGE = `Usage: npm run cli -- <command> --data-dir DIR [options]

Commands:
  seed-demo [--patients N]   add N obviously fake demo patients with intakes (default 50)
  export-pdf --out DIR (--intake ID | --all)
                             write the PDF summary of one or every submitted intake
  add-user --username U --role front_desk|clinician|admin --display-name N
                             add a staff account; the password is read from standard
                             input when piped, else asked for (never on the command line)
  backup --to FILE           write a checked online backup (safe while the app runs)
  restore --from FILE        with the app stopped: check a backup and put it in place,
                             keeping the current database aside under a timestamped name
  verify-audit               check the audit trail's hash chain; exit 1 at the first
                             changed or missing entry`

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
      options: {
        'data-dir': { type: 'string' },
        patients: { type: 'string' },
        out: { type: 'string' },
        intake: { type: 'string' },
        all: { type: 'boolean' },
        username: { type: 'string' },
        role: { type: 'string' },
        'display-name': { type: 'string' },
        to: { type: 'string' },
        from: { type: 'string' },
      },
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
        console.log(
          `Added ${result.patientsCreated} demo patients to ${dataDir}, with ` +
            `${result.drafts} draft and ${result.submitted} submitted intakes ` +
            `(${result.reviewed} of them reviewed)`,
        )
      } finally {
        core.close()
      }
      return
    }
    case 'export-pdf': {
      const chosen = exportSelection(parsed.values)
      if (typeof chosen === 'string') fail(chosen)
      void runExportPdf(dataDir, chosen.outDir, chosen.selection).then(
        (code) => (process.exitCode = code),
        (error: unknown) => {
          console.error(error instanceof Error ? error.message : 'The export failed.')
          process.exitCode = 1
        },
      )
      return
    }
    case 'add-user':
      return finish(runAddUser(dataDir, parsed.values))
    case 'backup':
      return finish(runBackup(dataDir, parsed.values.to))
    case 'restore':
      return finish(runRestore(dataDir, parsed.values.from))
    case 'verify-audit':
      process.exitCode = runVerifyAudit(dataDir)
      return
    default:
      fail(`Unknown command: ${command}`)
  }
}

/** Sets the exit code from an async command; a thrown error is reported in one line. */
function finish(command: Promise<number>): void {
  void command.then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : 'The command failed.')
      process.exitCode = 1
    },
  )
}

try {
  main(process.argv.slice(2))
} catch (error) {
  console.error(error instanceof Error ? error.message : 'The command failed.')
  process.exit(1)
}
