import { existsSync } from 'node:fs'
import { databaseFile } from '../dataDir'
import { CommandError } from './consoleDoor'
import { runVerifyAudit } from './verifyAuditCommand'

/**
 * verify-audit's preconditions: a data folder with a database in it (checking a folder that
 * does not exist must not create an empty database and call it intact). Checked here, before the
 * door is opened, so nothing is created. The folder's lock is then taken by the host the command
 * opens, like every other command (opening the database writes its session marker and may
 * migrate it; the running app's Audit screen verifies the trail while it runs).
 */
export async function runVerifyAuditCommand(dataDir: string): Promise<number> {
  if (!existsSync(databaseFile(dataDir))) {
    throw new CommandError(
      `There is no Clinic Intake database in ${dataDir}. Check the --data-dir folder; nothing was created.`,
    )
  }
  return runVerifyAudit(dataDir)
}
