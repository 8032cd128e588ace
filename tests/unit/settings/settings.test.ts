import { describe, expect, it } from 'vitest'
import { expectOk, useTestCore } from '../support/testCore'

const openAdmin = useTestCore({ role: 'admin', now: () => new Date('2026-11-26T10:00:00Z') })
const openFrontDesk = useTestCore({ role: 'front_desk' })

describe('clinic settings', () => {
  it('start empty, A4, never changed', async () => {
    const { api } = openAdmin()
    expect(expectOk(await api.settings.get({}))).toEqual({
      clinicName: '',
      clinicAddress: '',
      paperSize: 'A4',
      updatedAt: null,
      version: 1,
    })
  })

  it('store the address as trimmed lines without blank ones', async () => {
    const { api } = openAdmin()
    const saved = expectOk(
      await api.settings.update({
        clinicName: '  Harbor Demo Clinic ',
        clinicAddress: ' 12 Example Street \r\n\n Sampletown AB1 2CD\n',
        paperSize: 'LETTER',
        version: 1,
      }),
    )
    expect(saved).toEqual({
      clinicName: 'Harbor Demo Clinic',
      clinicAddress: '12 Example Street\nSampletown AB1 2CD',
      paperSize: 'LETTER',
      updatedAt: '2026-11-26T10:00:00.000Z',
      version: 2,
    })
    expect(expectOk(await api.settings.get({}))).toEqual(saved)
  })

  it('name the field that is wrong', async () => {
    const { api } = openAdmin()
    const cases = [
      [{ clinicName: 'Two\nlines' }, 'clinicName'],
      [{ clinicAddress: 'a\nb\nc\nd\ne' }, 'clinicAddress'],
      [{ clinicAddress: 'x'.repeat(81) }, 'clinicAddress'],
      [{ paperSize: 'A5' }, 'paperSize'],
    ] as const
    for (const [change, field] of cases) {
      const result = await api.settings.update({
        clinicName: 'Demo',
        clinicAddress: '',
        paperSize: 'A4',
        version: 1,
        ...change,
      } as never)
      expect(result.ok).toBe(false)
      if (result.ok || result.error.kind !== 'validation') throw new Error('expected validation')
      expect(result.error.issues.map((issue) => issue.path.join('.'))).toEqual([field])
    }
  })

  it('refuse a save based on values someone else has changed since', async () => {
    const { api } = openAdmin()
    const change = { clinicName: 'A', clinicAddress: '', paperSize: 'A4' as const }
    expectOk(await api.settings.update({ ...change, version: 1 }))
    const stale = await api.settings.update({ ...change, clinicName: 'B', version: 1 })
    expect(stale).toMatchObject({ ok: false, error: { kind: 'conflict' } })
    expect(expectOk(await api.settings.get({})).clinicName).toBe('A')
  })

  it('can be read by everyone but changed by an administrator only', async () => {
    const { api } = openFrontDesk()
    expect(expectOk(await api.settings.get({})).paperSize).toBe('A4')
    const result = await api.settings.update({
      clinicName: 'Not allowed',
      clinicAddress: '',
      paperSize: 'A4',
      version: 1,
    })
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
  })

  it('are one row: the table cannot hold a second set', () => {
    const { core } = openAdmin()
    expect(() => core.db.prepare('INSERT INTO settings (id) VALUES (2)').run()).toThrow(/CHECK/)
  })
})
