import { resolve } from 'node:path'
import type { BackupInspection } from '../../shared/backups/inspection'
import { CommandError, valueOf, withConsoleDoor } from './consoleDoor'

const ORIGINS: Record<BackupInspection['origin'], string> = {
  this_installation: 'made by this installation (signature checked)',
  other_installation: 'signed by ANOTHER installation',
  signature_invalid: 'its signature DOES NOT HOLD: the file was changed after it was made',
  unsigned: 'NOT SIGNED: from elsewhere, or from a version before backups were signed',
}

/** What the backup holds and where it came from, as the Backups screen shows it. */
export function describeInspection(inspection: BackupInspection): string {
  const accounts = inspection.accounts
    .map(
      (account) =>
        `    ${account.username} (${account.role}${account.disabled ? ', disabled' : ''})`,
    )
    .join('\n')
  return [
    `Backup ${inspection.name}`,
    `  Origin:         ${ORIGINS[inspection.origin]}`,
    `  Installation:   ${inspection.installationId ?? 'unknown'}`,
    `  Made at:        ${inspection.createdAt ?? 'unknown'}`,
    `  Schema version: ${inspection.schemaVersion}`,
    `  Audit trail:    ${inspection.auditTrail === 'intact' ? 'intact' : 'not verified with this installation’s key'}`,
    `  Holds:          ${inspection.patients} patients, ${inspection.intakes} intakes, ${inspection.accounts.length} accounts`,
    `  Accounts:`,
    accounts || '    (none)',
    `  Fingerprint:    ${inspection.sha256}`,
  ].join('\n')
}

/**
 * `restore --data-dir DIR --from FILE [--accept-foreign]`, with the app stopped: checks the
 * backup on a copy, shows what it holds, and puts it in place through the one door, keeping the
 * current database aside. A backup this installation did not make needs --accept-foreign, given
 * after reading what it holds.
 */
export async function runRestore(
  dataDir: string,
  from: string | undefined,
  acceptForeign: boolean,
): Promise<number> {
  if (!from) throw new CommandError('Give --from FILE: the backup to restore.', 2)
  const file = resolve(from)
  return withConsoleDoor(dataDir, { mayCreate: true }, async (api) => {
    const inspection = valueOf(await api.backups.inspectFile({ file }))
    console.log(describeInspection(inspection))
    if (inspection.needsConfirmation && !acceptForeign) {
      throw new CommandError(
        'This backup was not made by this installation. Check the accounts and counts above; if it is the backup you mean, run the command again with --accept-foreign. Nothing was changed.',
      )
    }
    const restored = valueOf(
      await api.backups.restoreFile({
        file,
        ...(inspection.needsConfirmation ? { confirmedSha256: inspection.sha256 } : {}),
      }),
    )
    console.log(`Restored ${dataDir} from ${file}.`)
    if (restored.keptAsidePath) {
      console.log(
        `The previous database was kept as ${restored.keptAsideAs} (${restored.keptAsidePath}).`,
      )
    }
    return 0
  })
}
