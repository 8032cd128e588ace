import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONSOLE_CALLER, consoleClient } from '../../../src/main/cli/consoleDoor'
import { CHANNEL_NAMES, contract } from '../../../src/shared/contract/channels'
import { EXPECTED_CONSOLE } from '../access/expectedAccess'
import { openDataDirDatabase } from '../../support/keyedFiles'
import { useTempDir } from '../support/tempDataDir'
import { useTestCore } from '../support/testCore'
import { runCli } from './runCli'

// Each of these starts the CLI several times (tsx, then the database): slow on a busy machine.
const CLI_TEST_TIMEOUT_MS = 120_000
const tempDir = useTempDir()
const openTestCore = useTestCore()

describe('the CLI through the one door', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('admits the console caller to the console channels only, as nobody, audited as cli', async () => {
    const consoleChannels = CHANNEL_NAMES.filter(
      (name) => 'console' in contract[name] && contract[name].console,
    )
    expect([...consoleChannels].sort()).toEqual([...EXPECTED_CONSOLE].sort())
    const { core } = openTestCore()
    const refused = await core.dispatch('patients.search', { query: '' }, CONSOLE_CALLER)
    expect(refused).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    const api = consoleClient(core)
    expect(await api.demo.seed({ patients: 0 })).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    })
    const rows = core.db
      .prepare("SELECT shell, user_id, action, channel, outcome FROM audit_log WHERE shell = 'cli'")
      .all()
    expect(rows).toEqual([
      {
        shell: 'cli',
        user_id: null,
        action: 'refused',
        channel: 'patients.search',
        outcome: 'forbidden',
      },
      {
        shell: 'cli',
        user_id: null,
        action: 'create',
        channel: 'demo.seed',
        outcome: 'validation',
      },
    ])
  })

  it('refuses to verify a data folder that does not exist, and creates nothing', () => {
    const missing = join(tempDir(), 'nonexistent')
    const result = runCli(['verify-audit', '--data-dir', missing])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('There is no Clinic Intake database in')
    expect(result.stdout).not.toContain('intact')
    expect(existsSync(missing)).toBe(false)
    for (const args of [
      ['backup', '--to', join(tempDir(), 'b.sqlite3')],
      ['export-pdf', '--out', join(tempDir(), 'out'), '--all'],
      ['unlock-user', '--username', 'someone'],
    ]) {
      expect(runCli([...args, '--data-dir', missing]).code).toBe(1)
    }
    expect(existsSync(missing)).toBe(false)
  })

  it('records every patient, intake and export that seed-demo and export-pdf make, as cli', () => {
    const dataDir = join(tempDir(), 'data')
    expect(runCli(['seed-demo', '--data-dir', dataDir, '--patients', '3'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Added 3 demo patients'),
    })
    const out = join(tempDir(), 'out')
    expect(runCli(['export-pdf', '--data-dir', dataDir, '--out', out, '--all']).code).toBe(0)

    const db = openDataDirDatabase(dataDir, { readonly: true })
    const count = (sql: string) => db.prepare(sql).pluck().get() as number
    const patients = count('SELECT count(*) FROM patients')
    const intakes = count('SELECT count(*) FROM intakes')
    const submitted = count("SELECT count(*) FROM intakes WHERE status <> 'draft'")
    expect(patients).toBe(3)
    const created = db
      .prepare(
        "SELECT entity_type AS type, count(*) AS n FROM audit_log WHERE shell = 'cli' AND action = 'create' AND patient_id IS NOT NULL GROUP BY entity_type",
      )
      .all() as { type: string; n: number }[]
    expect(Object.fromEntries(created.map((row) => [row.type, row.n]))).toMatchObject({
      patient: patients,
      intake: intakes,
    })
    const exports = db
      .prepare(
        "SELECT channel, entity_type, patient_id FROM audit_log WHERE shell = 'cli' AND action = 'export'",
      )
      .all() as { channel: string; entity_type: string; patient_id: number | null }[]
    expect(exports).toHaveLength(submitted)
    for (const row of exports) {
      expect(row).toMatchObject({
        channel: 'summaries.exportToFolder',
        entity_type: 'intake',
        patient_id: expect.any(Number),
      })
    }
    db.close()
  })
})
