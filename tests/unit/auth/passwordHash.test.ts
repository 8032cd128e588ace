import { describe, expect, it } from 'vitest'
import {
  hashPassword,
  SCRYPT_PARAMETERS,
  verifyPassword,
} from '../../../src/main/auth/passwordHash'

describe('password hashing', () => {
  it('stores scrypt with its parameters and a different salt each time', async () => {
    const first = await hashPassword('correct-horse-battery')
    const second = await hashPassword('correct-horse-battery')
    expect(first).toMatch(new RegExp(`^scrypt\\$${SCRYPT_PARAMETERS.N}\\$8\\$1\\$`))
    expect(first).not.toBe(second)
    expect(first).not.toContain('correct-horse-battery')
  })

  it('accepts the password and nothing else', async () => {
    const stored = await hashPassword('Grüße-aus-Köln-2026')
    expect(await verifyPassword('Grüße-aus-Köln-2026', stored)).toBe(true)
    // The same text typed with decomposed umlauts (another keyboard) is the same password.
    expect(await verifyPassword('Grüße-aus-Köln-2026'.normalize('NFD'), stored)).toBe(true)
    expect(await verifyPassword('grüße-aus-köln-2026', stored)).toBe(false)
    expect(await verifyPassword('', stored)).toBe(false)
  })

  it('refuses anything that is not one of its hashes', async () => {
    for (const stored of [
      '',
      'plain-text',
      'scrypt$1$8$1$AAAA$AAAA',
      'scrypt$99999999$8$1$AA$AA',
    ]) {
      expect(await verifyPassword('x', stored)).toBe(false)
    }
  })
})
