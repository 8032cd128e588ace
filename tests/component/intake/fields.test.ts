import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import CheckboxGroup from '../../../src/renderer/src/features/intake/fields/CheckboxGroup.vue'
import ChoiceGroup from '../../../src/renderer/src/features/intake/fields/ChoiceGroup.vue'
import QuestionField from '../../../src/renderer/src/features/intake/fields/QuestionField.vue'
import TextAnswer from '../../../src/renderer/src/features/intake/fields/TextAnswer.vue'
import { checkDraft } from '../../../src/renderer/src/features/intake/draftAnswers'
import { createAppI18n } from '../../../src/renderer/src/i18n'
import { questionOfKey } from '../../../src/shared/intake/questionnaire'

afterEach(() => {
  document.body.innerHTML = ''
})

const global = { plugins: [createAppI18n()] }
const yesNo = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
]
const scale = Array.from({ length: 11 }, (_, n) => ({ value: n, label: String(n) }))

function lastEmitted(wrapper: { emitted: (name: string) => unknown[][] | undefined }) {
  return wrapper.emitted('update:modelValue')?.at(-1)?.[0]
}

describe('a one-answer question (radios)', () => {
  it('has the question as its visible legend and each choice labelled', () => {
    const wrapper = mount(ChoiceGroup, {
      props: { id: 'q', label: 'Do your legs feel weak?', options: yesNo, modelValue: undefined },
      global,
    })
    expect(wrapper.find('legend').text()).toBe('Do your legs feel weak?')
    const radios = wrapper.findAll('input[type="radio"]')
    expect(radios).toHaveLength(2)
    expect(wrapper.find(`label[for="${radios[1]?.attributes('id')}"]`).text()).toBe('No')
  })

  it('chooses with a click and with the Y and N keys, and clears with Delete', async () => {
    const wrapper = mount(ChoiceGroup, {
      props: {
        id: 'q',
        label: 'Q',
        options: yesNo,
        modelValue: undefined,
        shortcuts: { y: true, n: false },
      },
      attachTo: document.body,
      global,
    })
    await wrapper.findAll('input')[0]?.setValue(true)
    expect(lastEmitted(wrapper)).toBe(true)
    await wrapper.find('fieldset').trigger('keydown', { key: 'n' })
    expect(lastEmitted(wrapper)).toBe(false)
    await wrapper.find('fieldset').trigger('keydown', { key: 'Y' })
    expect(lastEmitted(wrapper)).toBe(true)
    await wrapper.setProps({ modelValue: true })
    expect((wrapper.findAll('input')[0]?.element as HTMLInputElement).checked).toBe(true)
    await wrapper.find('fieldset').trigger('keydown', { key: 'Delete' })
    expect(lastEmitted(wrapper)).toBeUndefined()
    expect(wrapper.emitted('update:modelValue')).toHaveLength(4)
  })

  it('takes a typed digit on a 0-10 scale, and 1 then 0 as ten', async () => {
    const wrapper = mount(ChoiceGroup, {
      props: { id: 'q', label: 'Q', options: scale, modelValue: undefined, digitShortcuts: true },
      global,
    })
    const fieldset = wrapper.find('fieldset')
    await fieldset.trigger('keydown', { key: '7' })
    expect(lastEmitted(wrapper)).toBe(7)
    await fieldset.trigger('keydown', { key: '1' })
    await fieldset.trigger('keydown', { key: '0' })
    expect(lastEmitted(wrapper)).toBe(10)
    await fieldset.trigger('keydown', { key: '0' })
    expect(lastEmitted(wrapper)).toBe(0)
  })

  it('leaves shortcuts with Ctrl alone and ignores letters it does not know', async () => {
    const wrapper = mount(ChoiceGroup, {
      props: { id: 'q', label: 'Q', options: yesNo, modelValue: undefined, shortcuts: { y: true } },
      global,
    })
    await wrapper.find('fieldset').trigger('keydown', { key: 'y', ctrlKey: true })
    await wrapper.find('fieldset').trigger('keydown', { key: 'x' })
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
  })
})

describe('a several-answer question (checkboxes)', () => {
  const options = ['physical_therapy', 'surgery', 'none'].map((value) => ({ value, label: value }))

  it('keeps the options order whatever the click order', async () => {
    const wrapper = mount(CheckboxGroup, {
      props: { id: 'q', label: 'Q', options, modelValue: ['surgery'] },
      global,
    })
    await wrapper.findAll('input')[0]?.setValue(true)
    expect(lastEmitted(wrapper)).toEqual(['physical_therapy', 'surgery'])
  })

  it('clears the others when "none" is ticked, and "none" when another is ticked', async () => {
    const wrapper = mount(CheckboxGroup, {
      props: { id: 'q', label: 'Q', options, modelValue: ['surgery'], exclusive: 'none' },
      global,
    })
    await wrapper.findAll('input')[2]?.setValue(true)
    expect(lastEmitted(wrapper)).toEqual(['none'])
    await wrapper.setProps({ modelValue: ['none'] })
    await wrapper.findAll('input')[0]?.setValue(true)
    expect(lastEmitted(wrapper)).toEqual(['physical_therapy'])
  })
})

describe('a typed answer', () => {
  it('keeps invalid text and shows the message once the box is left', async () => {
    const wrapper = mount(TextAnswer, {
      props: {
        id: 'q',
        label: 'Weeks',
        kind: 'number',
        modelValue: 'abc',
        error: undefined,
        unit: 'weeks',
      },
      global,
    })
    const input = wrapper.find('input')
    expect(input.attributes('inputmode')).toBe('decimal')
    expect((input.element as HTMLInputElement).value).toBe('abc')
    await wrapper.setProps({ error: 'Enter a number' })
    expect(wrapper.find('.question__error').exists()).toBe(false)
    await input.trigger('blur')
    expect(wrapper.find('.question__error').text()).toBe('Enter a number')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toContain('q-error')
    expect((input.element as HTMLInputElement).value).toBe('abc')
    await input.setValue('3')
    expect(lastEmitted(wrapper)).toBe('3')
  })

  it('shows a stored bad value’s message at once when a draft is reopened', () => {
    const wrapper = mount(TextAnswer, {
      props: { id: 'q', label: 'Age', kind: 'integer', modelValue: '3.5', error: 'Whole years' },
      global,
    })
    expect(wrapper.find('.question__error').text()).toBe('Whole years')
  })

  it('uses a text area for long text', () => {
    const wrapper = mount(TextAnswer, {
      props: { id: 'q', label: 'Notes', kind: 'longtext', modelValue: 'line 1\nline 2' },
      global,
    })
    expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('line 1\nline 2')
    expect(wrapper.find(`label[for="q"]`).text()).toBe('Notes')
  })
})

describe('a question from the questionnaire', () => {
  it('words the duration problem for staff, in the current language', () => {
    const problem = checkDraft({ durationWeeks: 'about 3' }).problems.durationWeeks
    const wrapper = mount(QuestionField, {
      props: { question: questionOfKey('durationWeeks'), value: 'about 3', problem },
      global,
    })
    expect(wrapper.find('label').text()).toBe('How many weeks has this episode of pain lasted?')
    expect(wrapper.find('.question__unit').text()).toBe('weeks')
    expect(wrapper.find('.question__error').text()).toBe(
      'Enter the number of weeks as a number from 0 to 5200, for example 3 or 1.5.',
    )
  })

  it('draws the cauda equina questions as plain yes/no questions', () => {
    const wrapper = mount(QuestionField, {
      props: { question: questionOfKey('bladderChange'), value: false },
      global,
    })
    expect(wrapper.find('legend').text()).toContain('trouble passing urine')
    const no = wrapper.findAll('input[type="radio"]')[1]?.element as HTMLInputElement
    expect(no.checked).toBe(true)
  })

  it('draws a 0-10 scale as eleven choices', () => {
    const wrapper = mount(QuestionField, {
      props: { question: questionOfKey('painNow'), value: 4 },
      global,
    })
    const radios = wrapper.findAll('input[type="radio"]')
    expect(radios).toHaveLength(11)
    expect((radios[4]?.element as HTMLInputElement).checked).toBe(true)
  })
})
