// Every comparison of a secret (pairing code, device credential) goes through timingSafeEqual,
// so how long a refusal takes says nothing about how close a guess was.
import * as nodeCrypto from 'node:crypto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { silentLogger } from '../../../src/main/log'
import { createPairingExchange } from '../../../src/main/server/pairing/pairingExchange'
import { sameHash, secretHash } from '../../../src/main/server/pairing/pairingSecrets'
import { expectOk, useTestCore } from '../support/testCore'

vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof nodeCrypto>()
  const real = original.timingSafeEqual
  return {
    ...original,
    timingSafeEqual: vi.fn((a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => real(a, b)),
  }
})

const timingSafeEqual = vi.mocked(nodeCrypto.timingSafeEqual)
const openTestCore = useTestCore({ role: 'admin' })

beforeEach(() => {
  timingSafeEqual.mockClear()
})

describe('comparing secrets', () => {
  it('compares hashes in constant time, and hashes of another length are simply unequal', () => {
    expect(sameHash(secretHash('a'), secretHash('a'))).toBe(true)
    expect(sameHash(secretHash('a'), secretHash('b'))).toBe(false)
    expect(sameHash(secretHash('a'), 'abcd')).toBe(false)
    expect(timingSafeEqual).toHaveBeenCalledTimes(3)
  })

  it('checks a pairing code and a credential, right or wrong, in constant time', async () => {
    const { core, api } = openTestCore()
    const exchange = createPairingExchange({
      db: core.db,
      pairing: core.workstations,
      ca: { certificate: 'CA', fingerprint: Array(32).fill('AB').join(':') },
      audit: core.audit,
      log: silentLogger,
    })
    const { code } = expectOk(await api.workstations.createPairingCode({}))
    timingSafeEqual.mockClear()
    exchange({ code: 'ZZZZ-ZZZZ', workstationName: 'Room 3' }, { shell: 'browser' })
    expect(timingSafeEqual).toHaveBeenCalled()

    timingSafeEqual.mockClear()
    const paired = exchange({ code, workstationName: 'Room 3' }, { shell: 'browser' })
    expect(paired.ok).toBe(true)
    expect(timingSafeEqual).toHaveBeenCalled()
    if (!paired.ok) return

    // Known workstation, unknown workstation: both compare a whole hash.
    timingSafeEqual.mockClear()
    core.workstations.verifyCredential(paired.value.credential)
    const [, secret] = paired.value.credential.split(/\.(?=[^.]+$)/)
    core.workstations.verifyCredential(`cw1.999.${secret}`)
    expect(timingSafeEqual).toHaveBeenCalledTimes(2)
  })
})
