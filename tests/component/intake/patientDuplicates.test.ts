import { afterEach, describe, expect, it, vi } from 'vitest'
import PatientFormView from '../../../src/renderer/src/features/patients/PatientFormView.vue'
import { draftIntake, mountIntakeScreen, ok, settle, testPatient } from './support'

afterEach(() => {
  document.body.innerHTML = ''
})

async function fillNewPatient(wrapper: Awaited<ReturnType<typeof mountIntakeScreen>>['wrapper']) {
  await wrapper.find('#given-name').setValue('Testy')
  await wrapper.find('#family-name').setValue('Example')
  await wrapper.find('#date-of-birth').setValue('1985-05-01')
  await wrapper.find('#sex').setValue('male')
}

function button(wrapper: Awaited<ReturnType<typeof mountIntakeScreen>>['wrapper'], text: string) {
  const found = wrapper.findAll('button').find((b) => b.text() === text)
  if (!found) throw new Error(`no button "${text}"`)
  return found
}

describe('new patient straight into an intake', () => {
  it('creates the patient and opens the first step of a new intake', async () => {
    const findDuplicates = vi.fn(async () => ok({ patients: [] }))
    const create = vi.fn(async () => ok(testPatient))
    const start = vi.fn(async () => ok({ intake: draftIntake({ id: 12 }), patient: testPatient }))
    const { wrapper, router } = await mountIntakeScreen(PatientFormView, {
      api: { patients: { findDuplicates, create }, intakes: { start } },
      path: '/patients/new',
    })
    await fillNewPatient(wrapper)
    // The button staff press (or Enter, which picks the first submit button).
    const form = wrapper.find('form').element as HTMLFormElement
    form.requestSubmit(button(wrapper, 'Save and start intake').element as HTMLButtonElement)
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/intakes/12/pain-map'))
    expect(findDuplicates).toHaveBeenCalledWith({
      givenName: 'Testy',
      familyName: 'Example',
      dateOfBirth: '1985-05-01',
    })
    expect(start).toHaveBeenCalledWith({ patientId: testPatient.id })
  })

  it('warns about a patient with the same name and date of birth and offers that record', async () => {
    const existing = { ...testPatient, id: 44, recordNumber: 'R-44' }
    const findDuplicates = vi.fn(async () => ok({ patients: [existing] }))
    const create = vi.fn()
    const start = vi.fn(async () => ok({ intake: draftIntake({ id: 13 }), patient: existing }))
    const { wrapper, router } = await mountIntakeScreen(PatientFormView, {
      api: { patients: { findDuplicates, create }, intakes: { start } },
      path: '/patients/new',
    })
    await fillNewPatient(wrapper)
    const form = wrapper.find('form').element as HTMLFormElement
    form.requestSubmit(button(wrapper, 'Save and start intake').element as HTMLButtonElement)
    await settle()
    const warning = wrapper.find('.duplicates')
    expect(warning.attributes('role')).toBe('alert')
    expect(warning.text()).toContain('This patient may already be registered')
    expect(warning.text()).toContain('Example, Testy')
    expect(warning.text()).toContain('record R-44')
    expect(document.activeElement).toBe(warning.element)
    expect(create).not.toHaveBeenCalled()
    // Nothing typed is lost while the question is open.
    expect((wrapper.find('#given-name').element as HTMLInputElement).value).toBe('Testy')

    await button(wrapper, 'Start intake for this patient').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/intakes/13/pain-map'))
    expect(start).toHaveBeenCalledWith({ patientId: 44 })
    expect(create).not.toHaveBeenCalled()
  })

  it('creates a new patient when staff confirm it is a different person', async () => {
    const findDuplicates = vi.fn(async () => ok({ patients: [{ ...testPatient, id: 44 }] }))
    const create = vi.fn(async () => ok({ ...testPatient, id: 45 }))
    const search = vi.fn(async () => ok({ patients: [] }))
    const listDrafts = vi.fn(async () => ok({ drafts: [] }))
    const { wrapper, router } = await mountIntakeScreen(PatientFormView, {
      api: { patients: { findDuplicates, create, search }, intakes: { listDrafts } },
      path: '/patients/new',
    })
    await fillNewPatient(wrapper)
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('.duplicates').exists()).toBe(true)
    await button(wrapper, 'This is a different person: create a new patient').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/patients'))
    expect(create).toHaveBeenCalledTimes(1)
    expect(findDuplicates).toHaveBeenCalledTimes(1)
  })

  it('does not look for duplicates when editing an existing patient', async () => {
    const findDuplicates = vi.fn()
    const get = vi.fn(async () => ok(testPatient))
    const update = vi.fn(async () => ok({ ...testPatient, version: 2 }))
    const { wrapper } = await mountIntakeScreen(PatientFormView, {
      api: { patients: { findDuplicates, get, update } },
      props: { patientId: 3 },
      path: '/patients/3/edit',
    })
    await settle()
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Save and start intake')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(update).toHaveBeenCalled()
    expect(findDuplicates).not.toHaveBeenCalled()
  })
})
