import { describe, expect, it, vi } from 'vitest'
import { createCookieJars } from '../../../../src/main/electron/connection/cookieJars'
import { createRemoteDispatch } from '../../../../src/main/electron/connection/remoteDispatch'
import {
  CertificateMismatchError,
  ServerUnreachableError,
} from '../../../../src/main/server/pinnedClient'
import type { PinnedRequest, PinnedResponse } from '../../../../src/main/server/pinnedClient'
import { recordingLog } from './standIns'

const ORIGIN = 'https://clinic.local:8443'
const PINNED = Array.from({ length: 32 }, () => 'AA').join(':')
const PRESENTED = Array.from({ length: 32 }, () => 'BB').join(':')
const windowA = { shell: 'desktop', sessionKey: 'window-1' } as const
const windowB = { shell: 'desktop', sessionKey: 'window-2' } as const

function reply(value: unknown, headers: PinnedResponse['headers'] = {}): PinnedResponse {
  return { status: 200, headers, body: Buffer.from(JSON.stringify(value)) }
}

/** A stand-in for the pinned client: records each request and answers with `answer`. */
function standInClient(answer: (request: PinnedRequest) => Promise<PinnedResponse>) {
  const sent: PinnedRequest[] = []
  return {
    sent,
    client: {
      server: { origin: ORIGIN, caCertificate: 'pem', caFingerprint: PINNED },
      request: vi.fn(async (request: PinnedRequest) => {
        sent.push(request)
        return answer(request)
      }),
    },
  }
}

function remote(answer: (request: PinnedRequest) => Promise<PinnedResponse>) {
  const { client, sent } = standInClient(answer)
  const cookies = createCookieJars()
  const mismatches: CertificateMismatchError[] = []
  const dispatch = createRemoteDispatch({
    client,
    credential: 'device-credential',
    cookies,
    log: recordingLog(),
    onCertificateMismatch: (error) => mismatches.push(error),
  })
  return { dispatch, sent, cookies, mismatches }
}

describe('the remote door of a paired workstation', () => {
  it('posts each call as JSON to /rpc/<channel> with the device credential and its origin', async () => {
    const { dispatch, sent } = remote(async () => reply({ ok: true, value: { patients: [] } }))
    const result = await dispatch('patients.search', { query: 'smi' }, windowA)
    expect(result).toEqual({ ok: true, value: { patients: [] } })
    expect(sent[0]).toMatchObject({
      method: 'POST',
      path: '/rpc/patients.search',
      headers: {
        'content-type': 'application/json',
        'x-clinic-workstation': 'device-credential',
        origin: ORIGIN,
        'sec-fetch-site': 'same-origin',
      },
    })
    expect(JSON.parse(String(sent[0]?.body))).toEqual({ query: 'smi' })
  })

  it('keeps each window’s session cookie to itself, and forgets it when the window closes', async () => {
    const { dispatch, sent, cookies } = remote(async (request) =>
      request.path === '/rpc/auth.signIn'
        ? reply(
            { ok: true, value: null },
            { 'set-cookie': ['clinic_session=abc123; Path=/; Secure; HttpOnly; SameSite=Strict'] },
          )
        : reply({ ok: true, value: null }),
    )
    await dispatch('auth.signIn', { username: 'a', password: 'b' }, windowA)
    await dispatch('auth.status', {}, windowA)
    await dispatch('auth.status', {}, windowB)
    expect(sent[1]?.headers?.cookie).toBe('clinic_session=abc123')
    expect(sent[2]?.headers?.cookie).toBeUndefined()

    cookies.forget(windowA.sessionKey)
    await dispatch('auth.status', {}, windowA)
    expect(sent[3]?.headers?.cookie).toBeUndefined()
  })

  it('names each window’s own tab to the server, the same for the window’s whole life', async () => {
    const { dispatch, sent, cookies } = remote(async () => reply({ ok: true, value: null }))
    await dispatch('auth.status', {}, windowA)
    await dispatch('auth.status', {}, windowB)
    await dispatch('auth.status', {}, windowA)
    const tabs = sent.map((request) => request.headers?.['x-clinic-tab'])
    // The form the server accepts as a tab id (see src/main/http/sessionCookies.ts).
    for (const tab of tabs) expect(tab).toMatch(/^[A-Za-z0-9_-]{8,32}$/)
    expect(tabs[0]).toBe(tabs[2])
    expect(tabs[1]).not.toBe(tabs[0])

    // A window that closed never hands its tab (and so its sign-in) to the next one.
    cookies.forget(windowA.sessionKey)
    await dispatch('auth.status', {}, windowA)
    expect(sent[3]?.headers?.['x-clinic-tab']).not.toBe(tabs[0])
  })

  it('drops a cookie the server expires (sign-out)', async () => {
    const { dispatch, sent } = remote(async (request) => {
      if (request.path === '/rpc/auth.signIn') {
        return reply({ ok: true, value: null }, { 'set-cookie': ['s=1; Path=/; Secure; HttpOnly'] })
      }
      if (request.path === '/rpc/auth.signOut') {
        return reply(
          { ok: true, value: null },
          { 'set-cookie': ['s=; Path=/; Secure; HttpOnly; Max-Age=0'] },
        )
      }
      return reply({ ok: true, value: null })
    })
    await dispatch('auth.signIn', {}, windowA)
    await dispatch('auth.signOut', {}, windowA)
    await dispatch('auth.status', {}, windowA)
    expect(sent[2]?.headers?.cookie).toBeUndefined()
  })

  it('passes the server’s typed errors through unchanged', async () => {
    const conflict = { ok: false, error: { kind: 'conflict', message: 'Changed elsewhere.' } }
    const { dispatch } = remote(async () => ({ ...reply(conflict), status: 409 }))
    await expect(dispatch('intakes.saveDraft', {}, windowA)).resolves.toEqual(conflict)
  })

  it('answers "unreachable" (ref network) when the server does not answer', async () => {
    const { dispatch } = remote(async () => {
      throw new ServerUnreachableError(ORIGIN, 'ECONNREFUSED')
    })
    await expect(dispatch('intakes.saveDraft', {}, windowA)).resolves.toMatchObject({
      ok: false,
      error: { kind: 'internal', ref: 'network' },
    })
  })

  it('reports another certificate, naming both fingerprints, and never treats it as unreachable', async () => {
    const { dispatch, mismatches } = remote(async () => {
      throw new CertificateMismatchError(ORIGIN, PINNED, PRESENTED)
    })
    const result = await dispatch('patients.search', { query: 'x' }, windowA)
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal', ref: 'certificate' } })
    const message = result.ok ? '' : result.error.message
    expect(message).toContain(PINNED)
    expect(message).toContain(PRESENTED)
    expect(mismatches).toHaveLength(1)
  })

  it('does not forward a channel the contract does not have', async () => {
    const { dispatch, sent } = remote(async () => reply({ ok: true, value: null }))
    await expect(dispatch('anything.else', {}, windowA)).resolves.toMatchObject({
      ok: false,
      error: { kind: 'not_found' },
    })
    expect(sent).toHaveLength(0)
  })

  it('turns a reply that is not a result envelope into a plain internal error', async () => {
    const { dispatch } = remote(async () => ({
      status: 502,
      headers: {},
      body: Buffer.from('<html>Bad gateway</html>'),
    }))
    await expect(dispatch('auth.status', {}, windowA)).resolves.toMatchObject({
      ok: false,
      error: { kind: 'internal', ref: 'remote_reply' },
    })
  })
})
