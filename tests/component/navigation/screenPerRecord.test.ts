// Moving from one record's screen to another's mounts a fresh screen. Vue Router would otherwise
// reuse the instance: after "Open this record" on the new-patient form, the form went on showing
// what was typed for the new person under the existing patient's address, and saving it there
// would overwrite that patient's details.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import ScreenView from '../../../src/renderer/src/navigation/ScreenView.vue'
import { screenKey } from '../../../src/renderer/src/navigation/screenKey'
import { routes } from '../../../src/renderer/src/router'
import { ok, settle, testPatient } from '../intake/support'
import { mountWithApp } from '../support/mountWithApp'

afterEach(() => {
  document.body.innerHTML = ''
})

function button(wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper'], text: string) {
  const found = wrapper.findAll('button').find((b) => b.text() === text)
  if (!found) throw new Error(`no button "${text}"`)
  return found
}

const value = (wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper'], id: string) =>
  (wrapper.get(id).element as HTMLInputElement).value

describe('one screen per record', () => {
  it('opens the existing patient with their stored details, not what was typed for the new one', async () => {
    const existing = { ...testPatient, id: 44, phone: '555 0100 2', recordNumber: 'R-44' }
    const get = vi.fn(async () => ok(existing))
    const findDuplicates = vi.fn(async () => ok({ patients: [existing] }))
    const { wrapper, router } = await mountWithApp(ScreenView, {
      api: { patients: { get, findDuplicates, create: vi.fn() } },
      path: '/patients/new',
    })
    await settle()
    await wrapper.get('#given-name').setValue('Testy')
    await wrapper.get('#family-name').setValue('Example')
    await wrapper.get('#date-of-birth').setValue('1985-05-01')
    await wrapper.get('#sex').setValue('male')
    await wrapper.get('#phone').setValue('555 0199 1')
    await wrapper.get('form').trigger('submit')
    await settle()
    await button(wrapper, 'Open this record').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/patients/44/edit'))
    await settle()

    expect(get).toHaveBeenCalledWith({ id: 44 })
    expect(value(wrapper, '#phone')).toBe('555 0100 2')
    expect(value(wrapper, '#record-number')).toBe('R-44')
  })

  it('keeps one key across the steps of an intake, and a new one for another intake', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    const keyAt = async (path: string) => {
      await router.push(path)
      return screenKey(router.currentRoute.value)
    }
    const onFirstStep = await keyAt('/intakes/5/pain-map')
    expect(await keyAt('/intakes/5/onset-course')).toBe(onFirstStep)
    expect(await keyAt('/intakes/6/onset-course')).not.toBe(onFirstStep)
    expect(await keyAt('/patients/3/edit')).not.toBe(await keyAt('/patients/4/edit'))
    expect(await keyAt('/review/5')).not.toBe(await keyAt('/review/6'))
  })
})
