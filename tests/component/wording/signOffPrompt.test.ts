// Issue 13, item 7: the sign-off prompt said "1 confirmed, 1 ruled out" without naming the
// causes; it now names each flagged cause with the decision being signed.
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { reactive, ref } from 'vue'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppI18n } from '../../../src/renderer/src/i18n'
import SignOffPanel from '../../../src/renderer/src/features/review/SignOffPanel.vue'
import { reviewEditorKey } from '../../../src/renderer/src/features/review/reviewEditor'
import type { ReviewEditor } from '../../../src/renderer/src/features/review/reviewEditor'
import { supportDialogs } from '../enteredInError/dialogSupport'
import { causeDefinition } from '../../../src/shared/clinical/assessment'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the sign-off prompt', () => {
  it('names each flagged cause with its decision', async () => {
    supportDialogs()
    const editor = {
      note: ref(''),
      flagged: ref(['disc_herniation', 'sciatica']),
      undecided: ref([]),
      busy: ref(false),
      problem: ref(null),
      showMissing: ref(false),
      saveStatus: ref('saved'),
      saveError: ref(null),
      tooLong: ref([]),
      decisions: reactive({
        disc_herniation: { decision: 'confirm', note: '' },
        sciatica: { decision: 'rule_out', note: '' },
      }),
      signOff: async () => {},
    } as unknown as ReviewEditor
    const wrapper = mount(SignOffPanel, {
      attachTo: document.body,
      global: {
        plugins: [createPinia(), createAppI18n()],
        provide: { [reviewEditorKey as symbol]: editor },
        stubs: { BeyondFlagsEditor: true },
      },
    })
    const askToSign = wrapper.findAll('button').find((b) => b.text() === 'Sign off…')
    expect(askToSign).toBeDefined()
    await askToSign?.trigger('click')
    await flushPromises()

    const items = wrapper.findAll('[data-testid="sign-off-decisions"] li').map((li) => li.text())
    expect(wrapper.get('dialog').attributes('open')).toBeDefined()
    expect(items).toEqual([
      `${causeDefinition('disc_herniation').name}: Confirmed`,
      `${causeDefinition('sciatica').name}: Ruled out`,
    ])
    expect(wrapper.text()).toContain('You are signing these decisions:')
  })
})
