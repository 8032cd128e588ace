// Issue 13, item 7: a coded refusal is worded from the locale files, with its params; the
// server's English never reaches the screen; a key that does not exist fails the type check.
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '../../../src/renderer/src/i18n'
import { en } from '../../../src/renderer/src/i18n/en/index'
import { rpcErrorText } from '../../../src/renderer/src/i18n/errorText'
import type { HasText, Translate } from '../../../src/renderer/src/i18n/messageKeys'
import { ERROR_CODES } from '../../../src/shared/contract/errorCodes'

const global = createAppI18n().global
const t = global.t as unknown as Translate
const te = global.te as unknown as HasText
const SERVER = 'server English'

describe('coded refusals in the locale’s words', () => {
  it('words a refused backup by its code, not the server’s message', () => {
    const text = rpcErrorText(t, te, {
      kind: 'conflict',
      message: SERVER,
      code: 'backup_unreadable',
    })
    expect(text).toBe(en.errorCode.backup_unreadable)
  })

  it('chooses the variant by the status param', () => {
    const error = { kind: 'conflict', message: SERVER, code: 'intake_not_draft' } as const
    expect(rpcErrorText(t, te, { ...error, params: { status: 'discarded' } })).toBe(
      en.errorCode.intake_not_draft.discarded,
    )
    expect(rpcErrorText(t, te, { ...error, params: { status: 'new_status' } })).toBe(
      en.errorCode.intake_not_draft.other,
    )
  })

  it('names where the disk problem is, when the server says', () => {
    const text = rpcErrorText(t, te, {
      kind: 'storage',
      message: SERVER,
      reason: 'disk_full',
      params: { location: '/srv/clinic' },
    })
    expect(text).toContain('/srv/clinic')
    expect(text).not.toContain(SERVER)
  })

  it('counts in plural forms: "1 minute", "3 minutes"', () => {
    const limited = { kind: 'forbidden', message: SERVER, code: 'pairing_rate_limited' } as const
    expect(rpcErrorText(t, te, { ...limited, params: { count: 1 } })).toContain('Wait 1 minute,')
    expect(rpcErrorText(t, te, { ...limited, params: { count: 3 } })).toContain('Wait 3 minutes,')
  })

  it('falls back to the kind’s words for a code this version does not know', () => {
    const text = rpcErrorText(t, te, { kind: 'not_found', message: SERVER, code: 'newer_code' })
    expect(text).toBe(en.errors.not_found)
  })

  it('has words for every code the server may send', () => {
    for (const code of ERROR_CODES) expect(en.errorCode[code], code).toBeTruthy()
  })

  it('refuses a key that does not exist at type-check time', () => {
    // vue-tsc checks this file: without the typed `t` the directive below would be unused and fail.
    // @ts-expect-error 'a.missing.key' is not a key of the English texts
    expect(t('a.missing.key')).toBe('a.missing.key')
  })
})
