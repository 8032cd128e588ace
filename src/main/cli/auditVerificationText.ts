import type { AuditProblem, AuditVerification } from '../../shared/audit/auditEntry'

/** What happened to an entry, said of entry #N; one line for every problem verify can find. */
const ENTRY_PROBLEMS: Record<AuditProblem, string> = {
  edited: 'was changed after it was written',
  missing: 'is missing or does not follow the entry before it: entries were removed',
  out_of_order: 'is out of order: entries were moved or renumbered',
  added: 'was not written by Clinic Intake: entries were added',
  checkpoint_missing: 'is past the signed checkpoint, which is missing',
  checkpoint_invalid: 'is past a checkpoint this installation did not sign',
}

/**
 * Problems with the signed checkpoint rather than with one entry (the checkpoint file
 * `audit-checkpoint.json` beside the database, or the one inside it): the trail may look whole,
 * but its newest entries cannot be vouched for.
 */
const CHECKPOINT_PROBLEMS: Partial<Record<AuditProblem, string>> = {
  checkpoint_missing:
    'The audit trail cannot be confirmed: its signed checkpoint is missing, so the newest entries may have been removed.',
  checkpoint_invalid:
    'The audit trail cannot be confirmed: its checkpoint was not signed by this installation (it was edited, or copied from another computer).',
}

const WHAT_TO_DO =
  'Keep a copy of the whole data folder as it is now and contact your IT support; do not restore or delete anything before they have looked at it.'

/**
 * The result of `audit.verify` in plain sentences for the console: what was checked, what is
 * wrong and where, and what to do. The first line alone says whether the trail holds.
 */
export function describeAuditVerification(result: AuditVerification): string {
  const imported = result.importedThrough ? `\n${importedText(result.importedThrough)}` : ''
  return `${describeChain(result)}${imported}`
}

/** Entries a confirmed restore brought in from another installation's backup. */
export function importedText(lastImported: number): string {
  return `Entries 1 to ${lastImported} came from another installation's backup, restored with an administrator's confirmation: they were imported unverified, because this installation's key cannot check them. The check covers the entries after them.`
}

function describeChain(result: AuditVerification): string {
  if (result.intact) {
    return `The audit trail is intact: ${result.entries} entries checked, none changed, removed or added.`
  }
  const checkpoint = CHECKPOINT_PROBLEMS[result.problem]
  const what =
    checkpoint && result.firstBadId === null
      ? checkpoint
      : result.firstBadId === null
        ? `The audit trail has been altered: an entry ${ENTRY_PROBLEMS[result.problem]}.`
        : `The audit trail has been altered: entry #${result.firstBadId} ${ENTRY_PROBLEMS[result.problem]}.`
  const before =
    result.firstBadId === null
      ? `${result.entries} entries were checked.`
      : `The ${Math.min(result.entries, result.firstBadId - 1)} entries before it are intact.`
  return `${what} ${before}\n${WHAT_TO_DO}`
}
