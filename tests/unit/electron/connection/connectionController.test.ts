import { describe, expect, it, vi } from 'vitest'
import { createConnectionController } from '../../../../src/main/electron/connection/connectionController'
import type { ConnectionControllerOptions } from '../../../../src/main/electron/connection/connectionController'
import { createConnectionFileStore } from '../../../../src/main/electron/connection/connectionFile'
import { createCookieJars } from '../../../../src/main/electron/connection/cookieJars'
import type { Dispatch } from '../../../../src/main/door/dispatcher'
import { pairWithServer } from '../../../../src/main/server/pairWithServer'
import { createPinnedClient } from '../../../../src/main/server/pinnedClient'
import { useTempDir } from '../../support/tempDataDir'
import { CREDENTIAL, PAIRING_CODE, useFakeClinicServers } from './fakeClinicServer'
import { recordingLog, standInKeystore } from './standIns'

const tempDir = useTempDir()
const servers = useFakeClinicServers(tempDir)
const windowA = { shell: 'desktop', sessionKey: 'window-1' } as const
const windowB = { shell: 'desktop', sessionKey: 'window-2' } as const

/** A controller on `dataDir` with a stand-in local core; pairing and HTTPS are the real ones. */
function controllerOn(dataDir: string, overrides: Partial<ConnectionControllerOptions> = {}) {
  const localDispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'local' }))
  const openLocal = vi.fn(() => localDispatch)
  const controller = createConnectionController({
    store: createConnectionFileStore({
      dataDir,
      safeStorage: standInKeystore(),
      log: recordingLog(),
    }),
    hasLocalData: () => false,
    openLocal,
    pair: (input) => pairWithServer({ ...input, timeoutMs: 5_000 }),
    connect: (server) => createPinnedClient(server, { timeoutMs: 5_000 }),
    cookies: createCookieJars(),
    log: recordingLog(),
    ...overrides,
  })
  controller.start()
  return { controller, openLocal, localDispatch }
}

describe('choosing how this computer works', () => {
  it('asks on a new computer, and opens nothing until the person chooses', async () => {
    const { controller, openLocal } = controllerOn(tempDir())
    expect(controller.status()).toEqual({ mode: 'unchosen' })
    await expect(controller.dispatch('auth.status', {}, windowA)).resolves.toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    })
    expect(openLocal).not.toHaveBeenCalled()
  })

  it('keeps an existing install on this computer without asking, and remembers it', () => {
    const dataDir = tempDir()
    const { controller, openLocal } = controllerOn(dataDir, { hasLocalData: () => true })
    expect(controller.status()).toEqual({ mode: 'local' })
    expect(openLocal).toHaveBeenCalledTimes(1)
    expect(controllerOn(dataDir).controller.status()).toEqual({ mode: 'local' })
  })

  it('"This computer only" opens the local core, is remembered, and cannot be chosen twice', async () => {
    const dataDir = tempDir()
    const { controller, openLocal } = controllerOn(dataDir)
    expect(controller.chooseLocal()).toEqual({ ok: true, value: { mode: 'local' } })
    await expect(controller.dispatch('auth.status', {}, windowA)).resolves.toEqual({
      ok: true,
      value: 'local',
    })
    expect(controller.chooseLocal()).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    await expect(
      controller.pair({ origin: 'https://x', code: PAIRING_CODE, workstationName: 'A' }),
    ).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    expect(openLocal).toHaveBeenCalledTimes(1)
    expect(controllerOn(dataDir).controller.status()).toEqual({ mode: 'local' })
  })

  it('explains each wrong field of the pairing form without contacting anyone', async () => {
    const pair = vi.fn()
    const { controller } = controllerOn(tempDir(), { pair })
    const result = await controller.pair({
      origin: 'http://clinic',
      code: 'abc',
      workstationName: ' ',
    })
    expect(result.ok).toBe(false)
    if (result.ok || result.error.kind !== 'validation') throw new Error('expected validation')
    expect(result.error.issues.map((issue) => issue.path[0]).sort()).toEqual([
      'code',
      'origin',
      'workstationName',
    ])
    expect(pair).not.toHaveBeenCalled()
    expect(controller.status()).toEqual({ mode: 'unchosen' })
  })

  it('says plainly when the server cannot be reached at pairing', async () => {
    const { controller } = controllerOn(tempDir())
    const result = await controller.pair({
      origin: 'https://127.0.0.1:1',
      code: PAIRING_CODE,
      workstationName: 'Front desk',
    })
    expect(result).toMatchObject({ ok: false, error: { kind: 'bad_request' } })
    expect(result.ok ? '' : result.error.message).toMatch(/could not be reached/)
    expect(controller.status()).toEqual({ mode: 'unchosen' })
  })
})

describe('a workstation paired with a clinic server', () => {
  it('pairs, pins the CA, and sends every call there with its credential and each window’s own cookie', async () => {
    const tls = await servers.newTls()
    const server = await servers.start(tls)
    const dataDir = tempDir()
    const { controller, openLocal } = controllerOn(dataDir)

    const wrongCode = await controller.pair({
      origin: server.origin,
      code: 'WXYZ-2345',
      workstationName: 'Front desk',
    })
    expect(wrongCode).toMatchObject({ ok: false, error: { kind: 'forbidden' } })

    const paired = await controller.pair({
      origin: server.origin,
      code: PAIRING_CODE.toLowerCase(),
      workstationName: 'Front desk',
    })
    expect(paired).toEqual({
      ok: true,
      value: {
        mode: 'server',
        origin: server.origin,
        caFingerprint: tls.caFingerprint,
        workstationName: 'Front desk',
      },
    })
    await controller.dispatch('auth.signIn', { username: 'frontdesk' }, windowA)
    await controller.dispatch('auth.signIn', { username: 'clinician' }, windowB)
    const fromA = await controller.dispatch('auth.status', {}, windowA)
    expect(fromA).toEqual({
      ok: true,
      value: { credential: CREDENTIAL, cookie: 'clinic_session=frontdesk' },
    })
    await expect(controller.dispatch('auth.status', {}, windowB)).resolves.toMatchObject({
      value: { cookie: 'clinic_session=clinician' },
    })
    controller.windowClosed(windowA.sessionKey)
    await expect(controller.dispatch('auth.status', {}, windowA)).resolves.toMatchObject({
      value: { cookie: null },
    })
    expect(openLocal).not.toHaveBeenCalled()
    controller.close()

    // After a restart it is still paired, with the same pinned CA.
    const again = controllerOn(dataDir).controller
    expect(again.status()).toMatchObject({ mode: 'server', caFingerprint: tls.caFingerprint })
    await expect(again.dispatch('auth.status', {}, windowA)).resolves.toMatchObject({
      value: { credential: CREDENTIAL },
    })
    again.close()
  })

  it('refuses a server with another certificate, names both fingerprints, sends nothing more, and can be paired again', async () => {
    const genuine = await servers.newTls()
    const first = await servers.start(genuine)
    const { controller } = controllerOn(tempDir())
    await controller.pair({ origin: first.origin, code: PAIRING_CODE, workstationName: 'Room 3' })
    await expect(controller.dispatch('auth.status', {}, windowA)).resolves.toMatchObject({
      ok: true,
    })

    // Another server answers on the same address, with a CA of its own.
    await first.stop()
    const impostorTls = await servers.newTls()
    const impostor = await servers.start(impostorTls, first.port)
    const refused = await controller.dispatch('intakes.saveDraft', { id: 1 }, windowA)
    expect(refused).toMatchObject({ ok: false, error: { kind: 'internal', ref: 'certificate' } })
    const message = refused.ok ? '' : refused.error.message
    expect(message).toContain(genuine.caFingerprint)
    expect(message).toContain(impostorTls.caFingerprint)
    expect(controller.status()).toEqual({
      mode: 'certificate_mismatch',
      origin: first.origin,
      workstationName: 'Room 3',
      pinnedFingerprint: genuine.caFingerprint,
      presentedFingerprint: impostorTls.caFingerprint,
    })
    // Never accepted: later calls are refused without contacting the server.
    await controller.dispatch('patients.search', { query: 'x' }, windowA)
    expect(impostor.seen).toEqual([])

    // An administrator pairs this computer again (with a code from the server now at the address).
    const repaired = await controller.pair({
      origin: first.origin,
      code: PAIRING_CODE,
      workstationName: 'Room 3',
    })
    expect(repaired).toMatchObject({
      ok: true,
      value: { caFingerprint: impostorTls.caFingerprint },
    })
    await expect(controller.dispatch('auth.status', {}, windowA)).resolves.toMatchObject({
      ok: true,
    })
    controller.close()
  })
})
