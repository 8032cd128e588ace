import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { restrictNewFiles } from '../storage/fileModes'
import { exportSelection, runExportPdf } from './exportPdfCommand'
import { fhirExportSelection, runExportFhir } from './exportFhirCommand'
import { runAddUser } from './addUserCommand'
import { runBackup } from './backupCommand'
import { CommandError } from './consoleDoor'
import { runRestore } from './restoreCommand'
import { runSeedDemo } from './seedDemoCommand'
import { runUnlockUser } from './unlockUserCommand'
import { runVerifyAuditCommand } from './verifyAuditGuard'
import { runAgreement } from './agreementCommand'
import { configureConsoleUnlock } from './consoleKeys'
import { createSecretInput } from './secretInput'
import { runPairCode } from './pairCodeCommand'

const USAGE = `Usage: npm run cli -- <command> --data-dir DIR [options]

Commands:
  seed-demo [--patients N]   add N obviously fake demo patients with intakes (default 50)
  export-pdf --out DIR (--intake ID | --all) [--full-answers]
                             write the PDF summary of one or every submitted intake;
                             --full-answers appends every question of the form
  export-fhir --out DIR (--intake ID | --all)
                             write the FHIR R4 Bundle of one or every submitted intake,
                             and the Questionnaire they answer, into DIR
  add-user --username U --role front_desk|clinician|admin --display-name N [--own-password]
                             add a staff account; the password is read from standard
                             input when piped, else asked for (never on the command line).
                             It is temporary: the person must choose their own when they
                             first sign in. --own-password: the first administrator of a
                             new data folder, typing their own password, keeps it (refused
                             for any other account)
  unlock-user --username U   lift a sign-in lockout (e.g. the admin's)
  backup --to FILE           write a checked backup, signed by this installation
  restore --from FILE [--accept-foreign]
                             check a backup and put it in place, keeping the current
                             database aside; shows what the backup holds, and needs
                             --accept-foreign for one this installation did not make
  verify-audit               check the audit trail's hash chain; exit 1 at the first
                             changed or missing entry
  agreement [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--engine-version V]
                             how often the rules agree with signed reviews, per cause
                             and red flag (signed on those days, that rules version)
  pair-code                  a one-time code (10 minutes) to pair a workstation with the
                             clinic server; while the server runs, use its admin screen

Options of every command:
  --data-dir DIR             the data folder (or set CLINIC_INTAKE_DATA_DIR)
  --passphrase               the data folder is protected by a passphrase (the server's
                             --passphrase): it is asked for at a hidden prompt, or read
                             from the first line of standard input when piped. A folder
                             protected by one is never opened without it. With add-user,
                             piped input is two lines: the passphrase, then the password.

Every command works through the same door as the app (checked, audited as "cli") and
needs the data folder to itself: stop the desktop app or browser shell using it first.
Only add-user, seed-demo and restore may start a new data folder.`

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
        'full-answers': { type: 'boolean' },
        username: { type: 'string' },
        role: { type: 'string' },
        'display-name': { type: 'string' },
        'own-password': { type: 'boolean' },
        to: { type: 'string' },
        from: { type: 'string' },
        'accept-foreign': { type: 'boolean' },
        'engine-version': { type: 'string' },
        passphrase: { type: 'boolean' },
      },
    })
  } catch (error) {
    fail(error instanceof Error ? error.message : 'Could not read the options.')
  }
  const [command, ...rest] = parsed.positionals
  if (!command) fail('Name a command.')
  if (rest.length) fail(`Unexpected argument: ${rest[0]}`)
  const dataDirFlag = parsed.values['data-dir'] ?? process.env.CLINIC_INTAKE_DATA_DIR
  if (!dataDirFlag) fail('Give --data-dir DIR (or set CLINIC_INTAKE_DATA_DIR).')
  const dataDir = resolve(dataDirFlag)
  configureConsoleUnlock({
    passphrase: parsed.values.passphrase === true,
    secrets: createSecretInput(),
  })

  switch (command) {
    case 'seed-demo':
      return finish(runSeedDemo(dataDir, positiveInt(parsed.values.patients, 50, '--patients')))
    case 'export-pdf': {
      const chosen = exportSelection(parsed.values)
      if (typeof chosen === 'string') fail(chosen)
      void runExportPdf(dataDir, chosen).then(
        (code) => (process.exitCode = code),
        (error: unknown) => {
          console.error(error instanceof Error ? error.message : 'The export failed.')
          process.exitCode = 1
        },
      )
      return
    }
    case 'export-fhir': {
      const chosen = fhirExportSelection(parsed.values)
      if (typeof chosen === 'string') fail(chosen)
      return finish(runExportFhir(dataDir, chosen.outDir, chosen.selection))
    }
    case 'add-user':
      return finish(runAddUser(dataDir, parsed.values))
    case 'backup':
      return finish(runBackup(dataDir, parsed.values.to))
    case 'restore':
      return finish(
        runRestore(dataDir, parsed.values.from, parsed.values['accept-foreign'] === true),
      )
    case 'unlock-user':
      return finish(runUnlockUser(dataDir, parsed.values.username))
    case 'verify-audit':
      return finish(runVerifyAuditCommand(dataDir))
    case 'agreement':
      return finish(runAgreement(dataDir, parsed.values))
    case 'pair-code':
      return finish(runPairCode(dataDir))
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
      process.exitCode = error instanceof CommandError ? error.exitCode : 1
    },
  )
}

try {
  // Before anything is written: backups, exports and keys are for this account only.
  restrictNewFiles()
  main(process.argv.slice(2))
} catch (error) {
  console.error(error instanceof Error ? error.message : 'The command failed.')
  process.exit(1)
}
