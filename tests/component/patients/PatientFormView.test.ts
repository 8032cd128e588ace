import { afterEach, describe, expect, it, vi } from 'vitest'
import PatientFormView from '../../../src/renderer/src/features/patients/PatientFormView.vue'
import { usePatientSearchStore } from '../../../src/renderer/src/features/patients/patientSearchStore'
import { mountWithApp, settle } from '../support/mountWithApp'

afterEach(() => {
  document.body.innerHTML = ''
})

const saved = {
  id: 7,
  givenName: 'Testy',
  familyName: 'Example',
  dateOfBirth: '1970-01-01',
  sex: 'female' as const,
  recordNumber: 'DEMO-7',
  phone: null,
  createdAt: 'x',
  updatedAt: 'x',
  version: 1,
}

// The form asks for possible duplicates before creating; none here.
const findDuplicates = vi.fn(async () => ({ ok: true as const, value: { patients: [] } }))

async function fill(wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) {
  await wrapper.find('#given-name').setValue('Testy')
  await wrapper.find('#family-name').setValue('Example')
  await wrapper.find('#date-of-birth').setValue('1970-01-01')
  await wrapper.find('#sex').setValue('female')
  await wrapper.find('#record-number').setValue('DEMO-7')
}

describe('patient form', () => {
  it('shows each problem next to its field and never calls the app with invalid input', async () => {
    const create = vi.fn()
    const { wrapper } = await mountWithApp(PatientFormView, {
      api: { patients: { create } },
      path: '/patients/new',
    })
    await wrapper.find('#date-of-birth').setValue('2001-02-30')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(create).not.toHaveBeenCalled()
    expect(wrapper.find('#given-name-error').text()).toBe('Enter the given name')
    expect(wrapper.find('#date-of-birth-error').text()).toBe(
      'This date does not exist; check the day and month',
    )
    expect(wrapper.find('#date-of-birth').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('#date-of-birth').attributes('aria-describedby')).toContain(
      'date-of-birth-error',
    )
    expect((wrapper.find('#date-of-birth').element as HTMLInputElement).value).toBe('2001-02-30')
    expect(wrapper.text()).toContain('Please correct the 4 highlighted fields')
  })

  it('shows a field error from the one door and keeps what was typed', async () => {
    const create = vi.fn(async () => ({
      ok: false as const,
      error: {
        kind: 'validation' as const,
        message: 'Some answers need attention.',
        issues: [
          { path: ['recordNumber'], message: 'Another patient already has this record number' },
        ],
      },
    }))
    const { wrapper } = await mountWithApp(PatientFormView, {
      api: { patients: { create, findDuplicates } },
      path: '/patients/new',
    })
    await fill(wrapper)
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ givenName: 'Testy', recordNumber: 'DEMO-7', phone: null }),
    )
    expect(wrapper.find('#record-number-error').text()).toBe(
      'Another patient already has this record number',
    )
    expect((wrapper.find('#given-name').element as HTMLInputElement).value).toBe('Testy')
  })

  it('saves and returns to the list with a confirmation', async () => {
    const create = vi.fn(async () => ({ ok: true as const, value: saved }))
    const search = vi.fn(async () => ({ ok: true as const, value: { patients: [saved] } }))
    const { wrapper, router } = await mountWithApp(PatientFormView, {
      api: { patients: { create, search, findDuplicates } },
      path: '/patients/new',
    })
    await fill(wrapper)
    await wrapper.find('form').trigger('submit')
    // The list screen loads lazily, so wait for the navigation to land.
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/patients'))
    expect(usePatientSearchStore().flash).toBe('Saved Example, Testy.')
  })

  it('loads a patient for editing and sends the version it started from', async () => {
    const get = vi.fn(async () => ({ ok: true as const, value: saved }))
    const update = vi.fn(async () => ({ ok: true as const, value: { ...saved, version: 2 } }))
    const { wrapper } = await mountWithApp(PatientFormView, {
      api: { patients: { get, update } },
      props: { patientId: 7 },
      path: '/patients/7/edit',
    })
    await settle()
    expect((wrapper.find('#family-name').element as HTMLInputElement).value).toBe('Example')
    await wrapper.find('#family-name').setValue('Renamed')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(update).toHaveBeenCalledWith(
      expect.objectContaining({ id: 7, version: 1, familyName: 'Renamed' }),
    )
  })

  it('says so when someone else saved the patient first', async () => {
    const get = vi.fn(async () => ({ ok: true as const, value: saved }))
    const update = vi.fn(async () => ({
      ok: false as const,
      error: {
        kind: 'conflict' as const,
        message: 'Someone else saved this patient while you were editing.',
        code: 'patient_changed',
      },
    }))
    const { wrapper } = await mountWithApp(PatientFormView, {
      api: { patients: { get, update } },
      props: { patientId: 7 },
      path: '/patients/7/edit',
    })
    await settle()
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('[role="alert"]').text()).toContain(
      'Someone else saved this patient while you were editing. What you typed is still here',
    )
  })
})
