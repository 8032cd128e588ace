// Issue 13, item 3: marking an intake entered in error needs a reason (3 to 500 characters,
// trimmed); a missing or short one is refused at the box, and what was typed is kept.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import EnteredInErrorAction from '../../../src/renderer/src/features/review/EnteredInErrorAction.vue'
import { mountWithApp, settle } from '../support/mountWithApp'
import { supportDialogs } from './dialogSupport'

beforeAll(supportDialogs)
afterEach(() => {
  document.body.innerHTML = ''
})

const MARKED = {
  ok: true,
  value: {
    intakeId: 12,
    enteredInError: { at: '2026-03-02T10:00:00.000Z', byName: 'Dr Cleo', reason: 'Wrong patient' },
    closedAlertId: null,
  },
}

async function mountAction(markEnteredInError = vi.fn(async () => MARKED)) {
  const { wrapper } = await mountWithApp(EnteredInErrorAction, {
    api: { intakes: { markEnteredInError } },
    props: { intakeId: 12 },
  })
  await wrapper.get('button').trigger('click')
  return { wrapper, markEnteredInError }
}

describe('the entered-in-error dialog', () => {
  it('opens with a labelled reason box and says what will happen', async () => {
    const { wrapper } = await mountAction()
    const dialog = wrapper.get('dialog')
    expect(dialog.attributes('open')).toBeDefined()
    expect(dialog.text()).toContain('Mark this intake entered in error?')
    expect(dialog.text()).toContain('It is kept on record but leaves the worklist')
    expect(wrapper.get('label[for="entered-in-error-reason"]').text()).toBe('Reason')
  })

  it('refuses an empty or too short reason at the box, keeps the text and calls nothing', async () => {
    const { wrapper, markEnteredInError } = await mountAction()
    await wrapper.get('dialog .button--danger').trigger('click')
    expect(wrapper.get('#entered-in-error-reason-error').text()).toContain('at least 3 characters')
    await wrapper.get('#entered-in-error-reason').setValue('  ab  ')
    await wrapper.get('dialog .button--danger').trigger('click')
    expect(wrapper.get('#entered-in-error-reason').attributes('aria-invalid')).toBe('true')
    expect((wrapper.get('#entered-in-error-reason').element as HTMLTextAreaElement).value).toBe(
      '  ab  ',
    )
    expect(markEnteredInError).not.toHaveBeenCalled()
    expect(wrapper.get('dialog').attributes('open')).toBeDefined()
  })

  it('sends the reason and closes once the server has marked it', async () => {
    const { wrapper, markEnteredInError } = await mountAction()
    await wrapper.get('#entered-in-error-reason').setValue('Wrong patient')
    await wrapper.get('dialog .button--danger').trigger('click')
    await settle()
    expect(markEnteredInError).toHaveBeenCalledWith({ id: 12, reason: 'Wrong patient' })
    expect(wrapper.emitted('marked')).toHaveLength(1)
    expect(wrapper.get('dialog').attributes('open')).toBeUndefined()
  })

  it('shows a refusal from the server in the dialog, keeping the reason typed', async () => {
    const message = 'This intake was already marked entered in error. Nothing more is needed.'
    const { wrapper } = await mountAction(
      vi.fn(async () => ({
        ok: false,
        error: { kind: 'conflict', message: 'server English', code: 'intake_already_in_error' },
      })) as never,
    )
    await wrapper.get('#entered-in-error-reason').setValue('Wrong patient')
    await wrapper.get('dialog .button--danger').trigger('click')
    await settle()
    expect(wrapper.get('dialog').attributes('open')).toBeDefined()
    expect(wrapper.text()).toContain(message)
    expect((wrapper.get('#entered-in-error-reason').element as HTMLTextAreaElement).value).toBe(
      'Wrong patient',
    )
  })
})
