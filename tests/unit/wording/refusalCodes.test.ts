// Issue 13, item 7: these refusals had no code, so the screen worded them by their kind alone
// ("Someone changed this while you were working" for "You cannot disable your own account").
// Each now names what went wrong, for the renderer to word.
import { describe, expect, it } from 'vitest'
import { fakePatient } from '../support/patientFixtures'
import { signedInClient } from '../support/signedInClient'
import { expectOk, useTestCore } from '../support/testCore'

const testCore = useTestCore()

describe('refusals that used to reach the screen as a generic conflict', () => {
  it('says an administrator cannot disable their own account', async () => {
    const { core } = testCore()
    const admin = signedInClient(core, 'admin', { userId: 3 })
    expect(await admin.users.setDisabled({ id: 3, disabled: true })).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'own_account_disable' },
    })
  })

  it('says a patient or an account that is gone is gone', async () => {
    const { core, api } = testCore()
    expect(await api.patients.get({ id: 999 })).toMatchObject({
      ok: false,
      error: { kind: 'not_found', code: 'patient_missing' },
    })
    const admin = signedInClient(core, 'admin', { userId: 3 })
    expect(await admin.users.setDisabled({ id: 999, disabled: true })).toMatchObject({
      ok: false,
      error: { kind: 'not_found', code: 'account_missing' },
    })
  })

  it('says a draft cannot be reviewed yet, and a missing intake is missing', async () => {
    const { core, api } = testCore()
    const patient = expectOk(await api.patients.create(fakePatient()))
    const { intake } = expectOk(await api.intakes.start({ patientId: patient.id }))
    const clinician = signedInClient(core, 'clinician', { userId: 2 })

    expect(await clinician.reviews.get({ intakeId: intake.id })).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'review_not_submitted' },
    })
    expect(await clinician.reviews.get({ intakeId: 999 })).toMatchObject({
      ok: false,
      error: { kind: 'not_found', code: 'intake_missing' },
    })
  })

  it('says saving through a system dialog needs the desktop app', async () => {
    const { api } = testCore()
    const patient = expectOk(await api.patients.create(fakePatient()))
    const { intake } = expectOk(await api.intakes.start({ patientId: patient.id }))
    expect(await api.summaries.saveToFile({ intakeId: intake.id })).toMatchObject({
      ok: false,
      error: { kind: 'bad_request', code: 'summary_dialogs_desktop_only' },
    })
  })
})
