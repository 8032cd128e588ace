import { describe, expect, it } from 'vitest'
import { fakePatient } from '../support/patientFixtures'
import { expectOk, useTestCore } from '../support/testCore'

const openTestCore = useTestCore()

async function withPatients() {
  const { api } = openTestCore()
  const jose = expectOk(
    await api.patients.create(
      fakePatient({ givenName: 'José', familyName: 'Núñez', dateOfBirth: '1980-02-03' }),
    ),
  )
  const twinName = expectOk(
    await api.patients.create(
      fakePatient({ givenName: 'José', familyName: 'Núñez', dateOfBirth: '1991-07-08' }),
    ),
  )
  return { api, jose, twinName }
}

describe('patients.findDuplicates', () => {
  it('finds a patient with the same names and date of birth', async () => {
    const { api, jose } = await withPatients()
    const found = expectOk(
      await api.patients.findDuplicates({
        givenName: 'José',
        familyName: 'Núñez',
        dateOfBirth: '1980-02-03',
      }),
    )
    expect(found.patients.map((p) => p.id)).toEqual([jose.id])
  })

  it('ignores case, accents and surrounding spaces, as typed on any keyboard', async () => {
    const { api, jose } = await withPatients()
    const found = expectOk(
      await api.patients.findDuplicates({
        givenName: '  jose ',
        familyName: 'NUNEZ',
        dateOfBirth: '1980-02-03',
      }),
    )
    expect(found.patients.map((p) => p.id)).toEqual([jose.id])
  })

  it('does not match a different date of birth or a different name', async () => {
    const { api } = await withPatients()
    const otherDay = expectOk(
      await api.patients.findDuplicates({
        givenName: 'José',
        familyName: 'Núñez',
        dateOfBirth: '1980-02-04',
      }),
    )
    expect(otherDay.patients).toEqual([])
    const otherName = expectOk(
      await api.patients.findDuplicates({
        givenName: 'Josefa',
        familyName: 'Núñez',
        dateOfBirth: '1980-02-03',
      }),
    )
    expect(otherName.patients).toEqual([])
  })

  it('lists every matching record when there already are two', async () => {
    const { api, jose } = await withPatients()
    const again = expectOk(
      await api.patients.create(
        fakePatient({ givenName: 'Jose', familyName: 'Nunez', dateOfBirth: '1980-02-03' }),
      ),
    )
    const found = expectOk(
      await api.patients.findDuplicates({
        givenName: 'José',
        familyName: 'Núñez',
        dateOfBirth: '1980-02-03',
      }),
    )
    expect(found.patients.map((p) => p.id)).toEqual([jose.id, again.id])
  })

  it('checks its input with the patient schema at the door', async () => {
    const { api } = openTestCore()
    const result = await api.patients.findDuplicates({
      givenName: 'José',
      familyName: '',
      dateOfBirth: '1980-02-30',
    })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
    if (!result.ok && result.error.kind === 'validation') {
      const paths = result.error.issues.map((issue) => issue.path.join('.'))
      expect(paths).toEqual(expect.arrayContaining(['familyName', 'dateOfBirth']))
    }
  })
})
