import { describeAuditVerification } from './auditVerificationText'
import { valueOf, withConsoleDoor } from './consoleDoor'

/**
 * `verify-audit --data-dir DIR`: `audit.verify` through the one door, as the Audit screen calls
 * it (the trail keyed with this installation's key, both checkpoints compared). Exit 0 when the
 * whole trail holds, 1 with the first problem in plain words.
 */
export async function runVerifyAudit(dataDir: string): Promise<number> {
  return withConsoleDoor(dataDir, { mayCreate: false }, async (api) => {
    const result = valueOf(await api.audit.verify({}))
    const text = describeAuditVerification(result)
    if (result.intact) {
      console.log(text)
      return 0
    }
    console.error(text)
    return 1
  })
}
