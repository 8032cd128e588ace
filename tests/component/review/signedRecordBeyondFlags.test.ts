// The signed record shows what the clinician confirmed beyond the flags: an unflagged cause,
// marked as not flagged by the rules, and other diagnoses in their words.
import { describe, expect, it } from 'vitest'
import SignedRecord from '../../../src/renderer/src/features/review/SignedRecord.vue'
import type { Review } from '../../../src/shared/review/review'
import { mountWithApp } from '../support/mountWithApp'

const review: Review = {
  id: 1,
  intakeId: 1,
  patientId: 1,
  status: 'signed',
  decisions: [
    { causeId: 'sciatica', decision: 'confirm', note: '' },
    { causeId: 'infection', decision: 'confirm', note: 'MRI' },
  ],
  otherDiagnoses: [{ text: 'Synovial cyst at L4-5', note: 'MRI' }],
  clinicalNote: '',
  engineVersion: '1.1.0',
  createdAt: '2026-03-02T09:00:00.000Z',
  createdBy: 1,
  updatedAt: '2026-03-02T09:00:00.000Z',
  signedAt: '2026-03-02T09:00:00.000Z',
  signedBy: 1,
  signedByName: 'Dr Demo',
  version: 1,
  amendments: [],
}

describe('the signed record', () => {
  it('lists confirmed causes the rules did not flag and other diagnoses', async () => {
    const { wrapper } = await mountWithApp(SignedRecord, {
      api: {},
      props: { review, flagged: ['sciatica'], canAmend: false },
    })
    expect(wrapper.get('[data-beyond="infection"]').text()).toContain(
      'Infection (spine or hip joint) (not flagged by the rules)',
    )
    expect(wrapper.get('[data-testid="other-diagnoses"]').text()).toContain(
      'Synovial cyst at L4-5: MRI',
    )
    wrapper.unmount()
  })
})
