import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeAuditVerification } from '../../../src/main/cli/auditVerificationText'
import { CHECKPOINT_FILE_NAME } from '../../../src/main/audit/checkpointFile'
import { AUDIT_PROBLEMS } from '../../../src/shared/audit/auditEntry'
import { useTempDir } from '../support/tempDataDir'
import { addCliniciansThroughCli, runCli } from './runCli'

// Each of these starts the CLI several times (tsx, then the database): slow on a busy machine.
const CLI_TEST_TIMEOUT_MS = 120_000
const tempDir = useTempDir()

describe('verify-audit', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('says every problem verify can find in plain words, with where and what to do', () => {
    const texts = AUDIT_PROBLEMS.map((problem) =>
      describeAuditVerification({ intact: false, entries: 6, firstBadId: 7, problem }),
    )
    for (const text of texts) {
      expect(text).toMatch(/^The audit trail has been altered: entry #7 /)
      expect(text).toContain('The 6 entries before it are intact.')
      expect(text).toContain('contact your IT support')
      expect(text).not.toMatch(/undefined|_/)
    }
    // Each problem reads differently.
    expect(new Set(texts).size).toBe(AUDIT_PROBLEMS.length)
    expect(
      describeAuditVerification({
        intact: false,
        entries: 3,
        firstBadId: null,
        problem: 'checkpoint_missing',
      }),
    ).toMatch(/^The audit trail cannot be confirmed: its signed checkpoint is missing/)
    expect(
      describeAuditVerification({
        intact: false,
        entries: 3,
        firstBadId: null,
        problem: 'checkpoint_invalid',
      }),
    ).toMatch(/^The audit trail cannot be confirmed: its checkpoint was not signed by this/)
    expect(describeAuditVerification({ intact: true, entries: 3 })).toBe(
      'The audit trail is intact: 3 entries checked, none changed, removed or added.',
    )
  })

  it('checks the keyed trail and its checkpoint file through the door', () => {
    const dataDir = join(tempDir(), 'data')
    addCliniciansThroughCli(dataDir, ['first-user', 'second-user'])
    expect(runCli(['verify-audit', '--data-dir', dataDir])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('intact: 2 entries'),
    })
    // Someone removes the checkpoint file to hide that the newest entries went with it.
    rmSync(join(dataDir, CHECKPOINT_FILE_NAME))
    expect(runCli(['verify-audit', '--data-dir', dataDir])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('its signed checkpoint is missing'),
    })
  })
})
