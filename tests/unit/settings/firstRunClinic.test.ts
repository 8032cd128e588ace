import { describe, expect, it } from 'vitest'
import { signedOutClient } from '../support/signedInClient'
import { expectOk, useTestCore } from '../support/testCore'
import { PASSWORD } from '../auth/authSupport'

const openTestCore = useTestCore({ role: 'admin' })

/** A database with no account yet: the first-run screen's situation. */
function firstRun() {
  const opened = openTestCore()
  // useTestCore signs an admin in; the first run needs a database with no accounts.
  opened.core.db.exec('DELETE FROM users')
  opened.core.sessions.signOut('test-session-admin')
  return { core: opened.core, screen: signedOutClient(opened.core) }
}

const ACCOUNT = { username: 'boss', displayName: 'The Boss', password: PASSWORD }

describe('the first run names the clinic', () => {
  it('saves the clinic name and address with the administrator, in the same call', async () => {
    const { screen } = firstRun()
    expectOk(
      await screen.auth.setupAdmin({
        ...ACCOUNT,
        clinicName: '  Harbor Demo Spine Clinic ',
        clinicAddress: '12 Example Street\n\n Sampletown AB1 2CD ',
      }),
    )
    // The first run signs the new administrator in on this screen's session.
    const settings = expectOk(await screen.settings.get({}))
    expect(settings).toMatchObject({
      clinicName: 'Harbor Demo Spine Clinic',
      clinicAddress: '12 Example Street\nSampletown AB1 2CD',
      paperSize: 'A4',
    })
    expect(settings.updatedAt).not.toBeNull()
  })

  it('leaves the settings untouched when the name is not given (an older client)', async () => {
    const { screen } = firstRun()
    expectOk(await screen.auth.setupAdmin(ACCOUNT))
    const settings = expectOk(await screen.settings.get({}))
    expect(settings).toMatchObject({ clinicName: '', clinicAddress: '', updatedAt: null })
  })

  it('refuses a bad clinic name at its field and creates nothing', async () => {
    const { core, screen } = firstRun()
    const refused = await screen.auth.setupAdmin({ ...ACCOUNT, clinicName: 'Two\nlines' })
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['clinicName'] }] },
    })
    expect(core.db.prepare('SELECT COUNT(*) AS n FROM users').get()).toEqual({ n: 0 })
    expect(expectOk(await screen.auth.status({}))).toEqual({ state: 'setup_required' })
  })
})
