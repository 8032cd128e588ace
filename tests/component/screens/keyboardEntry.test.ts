// Issue 13, item 3: keyboard entry. A checkbox group is one tab stop (roving tabindex: arrows and
// typed letters move within it, Space ticks), and arrowing through a radio group saves only the
// option it comes to rest on, not every option it passes.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import BodyMap from '../../../src/renderer/src/components/bodyMap/BodyMap.vue'
import CheckboxGroup from '../../../src/renderer/src/features/intake/fields/CheckboxGroup.vue'
import ChoiceGroup from '../../../src/renderer/src/features/intake/fields/ChoiceGroup.vue'
import { createAppI18n } from '../../../src/renderer/src/i18n'

afterEach(() => {
  document.body.innerHTML = ''
  vi.useRealTimers()
})

const global = { plugins: [createAppI18n()] }
const qualities = [
  { value: 'aching', label: 'Aching' },
  { value: 'sharp', label: 'Sharp' },
  { value: 'burning', label: 'Burning' },
  { value: 'shooting', label: 'Shooting' },
]
const sidedness = [
  { value: 'none', label: 'No' },
  { value: 'one_leg', label: 'Yes, in one leg' },
  { value: 'both_legs', label: 'Yes, in both legs' },
]

const tabStops = (root: Element) =>
  [...root.querySelectorAll<HTMLInputElement>('input')].filter((input) => input.tabIndex >= 0)

describe('a checkbox group', () => {
  it('is one tab stop; arrows and letters move within it and Space ticks', async () => {
    const wrapper = mount(CheckboxGroup, {
      props: { id: 'q', label: 'Q', options: qualities, modelValue: [] },
      attachTo: document.body,
      global,
    })
    const boxes = wrapper.findAll('input')
    expect(tabStops(wrapper.element)).toEqual([boxes[0]?.element])

    boxes[0]?.element.focus()
    await boxes[0]?.trigger('focus')
    await boxes[0]?.trigger('keydown', { key: 'ArrowRight' })
    expect(document.activeElement).toBe(boxes[1]?.element)
    expect(tabStops(wrapper.element)).toEqual([boxes[1]?.element])
    await boxes[1]?.trigger('keydown', { key: 's' })
    expect(document.activeElement).toBe(boxes[3]?.element)
    await boxes[3]?.trigger('keydown', { key: 'ArrowLeft' })
    expect(document.activeElement).toBe(boxes[2]?.element)
    // Moving never ticks anything.
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    // Space is the browser's own toggle: a change.
    await boxes[2]?.setValue(true)
    expect(wrapper.emitted('update:modelValue')?.at(-1)?.[0]).toEqual(['burning'])
  })

  it('on the pain map: one tab stop, and two Fs from the start reach "Foot, right"', async () => {
    const wrapper = mount(BodyMap, { props: { selected: [] }, attachTo: document.body, global })
    const boxes = wrapper.findAll<HTMLInputElement>('input[type="checkbox"]')
    expect(boxes.length).toBe(17)
    expect(tabStops(wrapper.element)).toHaveLength(1)
    boxes[0]?.element.focus()
    await boxes[0]?.trigger('keydown', { key: 'f' })
    expect(document.activeElement?.getAttribute('data-site')).toBe('foot_left')
    await wrapper.find('input[data-site="foot_left"]').trigger('keydown', { key: 'f' })
    expect(document.activeElement?.getAttribute('data-site')).toBe('foot_right')
  })
})

describe('a radio group', () => {
  it('saves only the option the arrows rest on, once they settle', async () => {
    vi.useFakeTimers()
    const wrapper = mount(ChoiceGroup, {
      props: { id: 'q', label: 'Q', options: sidedness, modelValue: undefined },
      attachTo: document.body,
      global,
    })
    const radios = wrapper.findAll('input')
    // The browser's own arrow behaviour: keydown, then a change on the next radio.
    for (const index of [1, 2]) {
      await radios[index - 1]?.trigger('keydown', { key: 'ArrowDown' })
      await radios[index]?.setValue(true)
    }
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    vi.advanceTimersByTime(1500)
    expect(wrapper.emitted('update:modelValue')).toEqual([['both_legs']])
  })

  it('gives the resting option at once on leaving the group or pressing Enter', async () => {
    const wrapper = mount(ChoiceGroup, {
      props: { id: 'q', label: 'Q', options: sidedness, modelValue: undefined },
      attachTo: document.body,
      global,
    })
    const radios = wrapper.findAll('input')
    await radios[0]?.trigger('keydown', { key: 'ArrowDown' })
    await radios[1]?.setValue(true)
    await radios[1]?.trigger('focusout', { relatedTarget: document.body })
    expect(wrapper.emitted('update:modelValue')).toEqual([['one_leg']])
    await radios[1]?.trigger('keydown', { key: 'ArrowDown' })
    await radios[2]?.setValue(true)
    await radios[2]?.trigger('keydown', { key: 'Enter' })
    expect(wrapper.emitted('update:modelValue')).toEqual([['one_leg'], ['both_legs']])
  })

  it('gives a clicked option straight away', async () => {
    const wrapper = mount(ChoiceGroup, {
      props: { id: 'q', label: 'Q', options: sidedness, modelValue: undefined },
      global,
    })
    await wrapper.findAll('input')[2]?.setValue(true)
    expect(wrapper.emitted('update:modelValue')).toEqual([['both_legs']])
  })
})
