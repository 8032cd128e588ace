// The entered-in-error reason box had maxlength="600" while the door allows 500: a pasted
// explanation was cut at 600 without a word, then refused as over 500. It now keeps every
// character and says at once how long it is and what is allowed.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import EnteredInErrorAction from '../../../src/renderer/src/features/review/EnteredInErrorAction.vue'
import { mountWithApp, settle } from '../support/mountWithApp'
import { supportDialogs } from '../enteredInError/dialogSupport'

beforeAll(supportDialogs)
afterEach(() => {
  document.body.innerHTML = ''
})

describe('a long entered-in-error reason', () => {
  it('keeps every character, says it is too long at once, and sends nothing', async () => {
    const markEnteredInError = vi.fn()
    const { wrapper } = await mountWithApp(EnteredInErrorAction, {
      api: { intakes: { markEnteredInError } },
      props: { intakeId: 12 },
    })
    await wrapper.get('button').trigger('click')
    const box = wrapper.get('#entered-in-error-reason')
    expect(box.attributes('maxlength')).toBeUndefined()
    // Spaces around it are not counted, as the door trims them.
    const pasted = `  ${'Started for the wrong patient. '.repeat(25)}`
    await box.setValue(pasted)
    expect(wrapper.get('#entered-in-error-reason-error').text()).toBe(
      'The reason is 774 characters long; it can be at most 500. Shorten it, then mark the intake. Nothing you typed has been removed.',
    )
    await wrapper.get('dialog .button--danger').trigger('click')
    await settle()
    expect(markEnteredInError).not.toHaveBeenCalled()
    expect(document.activeElement).toBe(box.element)
    expect((box.element as HTMLTextAreaElement).value).toBe(pasted)
  })
})
