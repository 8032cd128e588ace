import { afterEach, describe, expect, it } from 'vitest'
import { createCookieJars } from '../../../../src/main/electron/connection/cookieJars'
import { createRemoteDispatch } from '../../../../src/main/electron/connection/remoteDispatch'
import { pairWithServer } from '../../../../src/main/server/pairWithServer'
import { createPinnedClient } from '../../../../src/main/server/pinnedClient'
import type { PinnedClient } from '../../../../src/main/server/pinnedClient'
import { PASSWORD, useTestServer } from '../../server/serverSupport'
import { recordingLog } from './standIns'

const startServer = useTestServer()
const clients: PinnedClient[] = []
afterEach(() => {
  while (clients.length) clients.pop()?.close()
})
const windowA = { shell: 'desktop', sessionKey: 'window-1' } as const
const windowB = { shell: 'desktop', sessionKey: 'window-2' } as const

/** A desktop app paired with the real clinic server, calling it as its windows do. */
async function pairedDesktop() {
  const server = await startServer()
  await server.addUser('frontdesk', 'front_desk')
  await server.addUser('clinician', 'clinician')
  const pairing = await pairWithServer({
    origin: server.origin,
    code: await server.pairingCode(),
    workstationName: 'Room 3',
    timeoutMs: 5_000,
  })
  if (!pairing.ok) throw new Error(pairing.error.message)
  const client = createPinnedClient(pairing.value.server, { timeoutMs: 5_000 })
  clients.push(client)
  const cookies = createCookieJars()
  const dispatch = createRemoteDispatch({
    client,
    credential: pairing.value.credential,
    cookies,
    log: recordingLog(),
    onCertificateMismatch: () => {},
  })
  return { dispatch, cookies }
}

async function whoIsIn(
  dispatch: Awaited<ReturnType<typeof pairedDesktop>>['dispatch'],
  window: typeof windowA | typeof windowB,
): Promise<string | null> {
  const status = await dispatch('auth.status', {}, window)
  if (!status.ok) throw new Error(status.error.message)
  const value = status.value as { state: string; user?: { username: string } }
  return value.state === 'signed_in' ? (value.user?.username ?? null) : null
}

describe('desktop windows on a clinic server', () => {
  it('sign in each on their own: a sign-in in one window changes nobody in another', async () => {
    const { dispatch } = await pairedDesktop()
    const signIn = (username: string, window: typeof windowA | typeof windowB) =>
      dispatch('auth.signIn', { username, password: PASSWORD }, window)
    expect(await signIn('frontdesk', windowA)).toMatchObject({ ok: true })
    expect(await whoIsIn(dispatch, windowB)).toBeNull()
    expect(await signIn('clinician', windowB)).toMatchObject({ ok: true })
    expect(await whoIsIn(dispatch, windowA)).toBe('frontdesk')
    expect(await whoIsIn(dispatch, windowB)).toBe('clinician')
    // Signing out in one window leaves the other signed in.
    expect(await dispatch('auth.signOut', {}, windowB)).toMatchObject({ ok: true })
    expect(await whoIsIn(dispatch, windowB)).toBeNull()
    expect(await whoIsIn(dispatch, windowA)).toBe('frontdesk')
  })

  it('forgets a closed window’s sign-in: a new window with its key starts signed out', async () => {
    const { dispatch, cookies } = await pairedDesktop()
    await dispatch('auth.signIn', { username: 'frontdesk', password: PASSWORD }, windowA)
    expect(await whoIsIn(dispatch, windowA)).toBe('frontdesk')
    cookies.forget(windowA.sessionKey)
    expect(await whoIsIn(dispatch, windowA)).toBeNull()
  })
})
