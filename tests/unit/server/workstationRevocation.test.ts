import { describe, expect, it } from 'vitest'
import { useTestServer } from './serverSupport'
import type { Browser, TestServer } from './serverSupport'

const startServer = useTestServer()

function sessionsOf(server: TestServer) {
  const core = server.server.host.core()
  if (!core) throw new Error('no core')
  return core.sessions
}

/** The registry's view of one tab's sign-in, found by the session id in that tab's cookie. */
function sessionState(server: TestServer, browser: Browser, workstation: number, tab: string) {
  const id = browser.cookies.get(`__Host-clinic-session-${tab}`)
  if (!id) throw new Error(`no session cookie for ${tab}`)
  return sessionsOf(server).peek(`ws${workstation}:${id}`).state
}

describe('revoking a workstation', () => {
  it('ends every sign-in on that workstation at once, and no other', async () => {
    const server = await startServer()
    await server.addUser('frontdesk', 'front_desk')
    await server.addUser('clinician', 'clinician')
    await server.addUser('boss', 'admin')
    const desk = server.browser()
    const office = server.browser()
    expect((await desk.pair('Front desk')).json()).toMatchObject({ value: { workstationId: 1 } })
    expect((await office.pair('Office')).json()).toMatchObject({ value: { workstationId: 2 } })
    await desk.signIn('frontdesk', 'tab-desk-0001')
    await desk.signIn('clinician', 'tab-desk-0002')
    await office.signIn('boss', 'tab-office-01')
    expect(sessionState(server, desk, 1, 'tab-desk-0001')).toBe('active')
    expect(sessionState(server, desk, 1, 'tab-desk-0002')).toBe('active')

    const revoked = await office.call('workstations.revoke', { id: 1 }, 'tab-office-01')
    expect(revoked.json(), revoked.body).toMatchObject({ ok: true })

    // Gone from the server before the workstation makes another call: nothing of either
    // sign-in is left for a later call (or a stream's next check) to find.
    expect(sessionState(server, desk, 1, 'tab-desk-0001')).toBe('signed_out')
    expect(sessionState(server, desk, 1, 'tab-desk-0002')).toBe('signed_out')
    // The administrator's own sign-in on another workstation is untouched.
    expect(sessionState(server, office, 2, 'tab-office-01')).toBe('active')
    const next = await desk.call('auth.status', {}, 'tab-desk-0001')
    expect(next.status).toBe(401)
    expect(next.json().error).toMatchObject({ reason: 'workstation_revoked' })
  })
})
