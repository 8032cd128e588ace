// Issue 13, item 3: front desk discards a draft only after a confirmation naming the patient.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import DiscardDraftAction from '../../../src/renderer/src/features/intake/DiscardDraftAction.vue'
import type { DraftListItem } from '../../../src/shared/intake/intakeRecord'
import { mountWithApp, settle } from '../support/mountWithApp'
import { supportDialogs } from './dialogSupport'

beforeAll(supportDialogs)
afterEach(() => {
  document.body.innerHTML = ''
})

const DRAFT: DraftListItem = {
  id: 41,
  visitDate: '2026-03-02',
  step: 'painMap',
  updatedAt: '2026-03-02T09:00:00.000Z',
  version: 3,
  patient: { id: 7, givenName: 'Ana', familyName: 'Nunes', dateOfBirth: '1980-02-02' },
}

async function mountAction(discardDraft = vi.fn(async () => ({ ok: true, value: { id: 41 } }))) {
  const { wrapper } = await mountWithApp(DiscardDraftAction, {
    api: { intakes: { discardDraft } },
    props: { draft: DRAFT },
  })
  return { wrapper, discardDraft }
}

describe('discarding a draft', () => {
  it('asks first, naming the patient and visit, and discards nothing when kept', async () => {
    const { wrapper, discardDraft } = await mountAction()
    const dialog = wrapper.get('dialog')
    expect(dialog.attributes('open')).toBeUndefined()
    await wrapper.get('button[aria-label="Discard the draft for Nunes, Ana"]').trigger('click')
    expect(dialog.attributes('open')).toBeDefined()
    expect(dialog.text()).toContain('Discard this draft?')
    expect(dialog.text()).toContain('Nunes, Ana (visit 2026-03-02)')
    await wrapper.get('dialog button:not(.button--danger)').trigger('click')
    expect(dialog.attributes('open')).toBeUndefined()
    expect(discardDraft).not.toHaveBeenCalled()
    expect(wrapper.emitted('discarded')).toBeUndefined()
  })

  it('discards the version it listed once confirmed, and says so', async () => {
    const { wrapper, discardDraft } = await mountAction()
    await wrapper.get('button[aria-label="Discard the draft for Nunes, Ana"]').trigger('click')
    await wrapper.get('dialog .button--danger').trigger('click')
    await settle()
    expect(discardDraft).toHaveBeenCalledWith({ id: 41, version: 3 })
    expect(wrapper.emitted('discarded')).toEqual([['Nunes, Ana']])
    expect(wrapper.get('dialog').attributes('open')).toBeUndefined()
  })

  it('keeps the dialog open with the reason when the draft changed meanwhile', async () => {
    const message =
      'This intake was changed in another window. Reload it to continue from the newest copy.'
    const { wrapper } = await mountAction(
      vi.fn(async () => ({
        ok: false,
        error: { kind: 'conflict', message: 'server English', code: 'intake_changed' },
      })) as never,
    )
    await wrapper.get('button[aria-label="Discard the draft for Nunes, Ana"]').trigger('click')
    await wrapper.get('dialog .button--danger').trigger('click')
    await settle()
    expect(wrapper.get('dialog').attributes('open')).toBeDefined()
    expect(wrapper.get('dialog [role="alert"]').text()).toBe(message)
    expect(wrapper.emitted('discarded')).toBeUndefined()
  })
})
