// `npm run cli -- agreement --data-dir DIR`: the report as a table on the server's console,
// through the one door (validated and audited as cli).
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../cli/runCli'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()

describe('the agreement command', () => {
  it('prints each cause and red flag of the signed demo reviews', () => {
    const dataDir = join(tempDir(), 'data')
    expect(runCli(['seed-demo', '--data-dir', dataDir, '--patients', '12']).code).toBe(0)
    const result = runCli(['agreement', '--data-dir', dataDir])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/\d+ signed review\(s\), signed at any time, rules version all/)
    expect(result.stdout).toContain('Muscle or ligament strain')
    expect(result.stdout).toContain('Right when likely')
    expect(result.stdout).toContain('Red flag')
  })

  it('refuses a date that does not exist, saying which option, with exit code 2', () => {
    const dataDir = join(tempDir(), 'data')
    expect(runCli(['seed-demo', '--data-dir', dataDir, '--patients', '2']).code).toBe(0)
    const result = runCli(['agreement', '--data-dir', dataDir, '--from', '2026-02-30'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('from: This date does not exist; check the day and month')
  })

  it('counts one engine version when asked', () => {
    const dataDir = join(tempDir(), 'data')
    expect(runCli(['seed-demo', '--data-dir', dataDir, '--patients', '4']).code).toBe(0)
    const result = runCli(['agreement', '--data-dir', dataDir, '--engine-version', '0.9.0'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('0 signed review(s)')
    expect(result.stdout).toContain('No signed reviews match')
  })
})
