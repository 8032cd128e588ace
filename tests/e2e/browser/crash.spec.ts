import { verifyAuditChain } from '../../../src/main/audit/verifyAuditChain'
import { loadOrCreateKeyFile } from '../../../src/main/storage/keyFile'
import { openDataDirDatabase } from '../../support/keyedFiles'
import { startBrowserShell } from '../support/browserShell'
import type { BrowserShell } from '../support/browserShell'
import { expect, test } from '../support/fixtures'
import { E2E_ACCOUNTS, E2E_PASSWORD, ensureAccount, rpc } from '../support/staffAccounts'

const STREAMS = 4

/** Saves patients one after another until the server stops answering; returns those it acknowledged. */
async function saveUntilGone(
  shell: BrowserShell,
  stream: number,
  acknowledged: string[],
): Promise<void> {
  for (let i = 0; ; i++) {
    const recordNumber = `CRASH-${stream}-${i}`
    try {
      const response = await fetch(`${shell.origin}/rpc/patients.create`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${shell.token}` },
        body: JSON.stringify({
          givenName: 'Crash',
          familyName: `Test-${stream}-${i}`,
          dateOfBirth: '1960-01-01',
          sex: 'unknown',
          recordNumber,
        }),
      })
      const reply = (await response.json()) as { ok: boolean }
      if (!reply.ok) throw new Error(`save refused: ${JSON.stringify(reply)}`)
      acknowledged.push(recordNumber)
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('save refused')) throw error
      return // the server is gone: this save was never acknowledged
    }
  }
}

test('killing the server mid-stream of saves loses nothing it acknowledged and leaves the database intact', async ({
  dataDir,
}) => {
  test.setTimeout(90_000)
  const shell = await startBrowserShell(dataDir)
  await ensureAccount(shell, 'front_desk')
  await rpc(shell, 'auth.signIn', {
    username: E2E_ACCOUNTS.front_desk.username,
    password: E2E_PASSWORD,
  })

  const acknowledged: string[] = []
  const streams = Array.from({ length: STREAMS }, (_, stream) =>
    saveUntilGone(shell, stream, acknowledged),
  )
  await expect.poll(() => acknowledged.length, { timeout: 30_000 }).toBeGreaterThan(200)
  const exited = new Promise((resolve) => shell.process.once('exit', resolve))
  shell.process.kill('SIGKILL')
  await exited
  await Promise.all(streams)
  expect(acknowledged.length).toBeGreaterThan(200)

  // The app starts again on the same folder (its quick check passes: no damaged-database screen).
  const restarted = await startBrowserShell(dataDir)
  expect(await rpc(restarted, 'auth.status')).toEqual({ state: 'signed_out' })
  await restarted.stop()

  const db = openDataDirDatabase(dataDir)
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const stored = new Set(
      db
        .prepare("SELECT record_number FROM patients WHERE record_number LIKE 'CRASH-%'")
        .pluck()
        .all(),
    )
    const lost = acknowledged.filter((recordNumber) => !stored.has(recordNumber))
    expect(lost).toEqual([])
    // Each acknowledged save's creation is in the audit trail, and the chain is whole.
    const created = db
      .prepare(
        "SELECT count(*) FROM audit_log WHERE channel = 'patients.create' AND outcome = 'ok'",
      )
      .pluck()
      .get() as number
    expect(created).toBeGreaterThanOrEqual(acknowledged.length)
    expect(verifyAuditChain(db, loadOrCreateKeyFile(dataDir).audit)).toMatchObject({ intact: true })
  } finally {
    db.close()
  }
})
