import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import BodyMap from '../../../src/renderer/src/components/bodyMap/BodyMap.vue'
import { bodyMapMarkup } from '../../../src/renderer/src/components/bodyMap/bodyMapMarkup'
import { createAppI18n } from '../../../src/renderer/src/i18n'
import { PAIN_SITES } from '../../../src/shared/intake/answerOptions'
import type { PainSite } from '../../../src/shared/intake/answerOptions'

afterEach(() => {
  document.body.innerHTML = ''
})

function mountMap(selected: PainSite[], readonly = false) {
  return mount(BodyMap, {
    props: { selected, readonly },
    attachTo: document.body,
    global: { plugins: [createAppI18n()] },
  })
}

function emitted(wrapper: ReturnType<typeof mountMap>): PainSite[][] {
  return (wrapper.emitted('update:selected') ?? []).map((args) => args[0] as PainSite[])
}

describe('body map', () => {
  it('draws one region per pain site, hidden from screen readers (the checkboxes speak)', () => {
    const wrapper = mountMap([])
    const figure = wrapper.find('.body-map__figure')
    expect(figure.attributes('aria-hidden')).toBe('true')
    for (const site of PAIN_SITES) {
      expect(figure.findAll(`[data-part="${site}"]`)).toHaveLength(1)
    }
    // The file's ids are renamed, so the page never gets duplicate ids.
    expect(figure.html()).not.toMatch(/\sid="/)
  })

  it('toggles a site when its region is clicked', async () => {
    const wrapper = mountMap(['foot_left'])
    await wrapper.find('[data-part="low_back_left"]').trigger('click')
    expect(emitted(wrapper).at(-1)).toEqual(['low_back_left', 'foot_left'])
    await wrapper.setProps({ selected: ['low_back_left', 'foot_left'] })
    await wrapper.find('[data-part="foot_left"]').trigger('click')
    expect(emitted(wrapper).at(-1)).toEqual(['low_back_left'])
  })

  it('ignores clicks on the outline outside any region', async () => {
    const wrapper = mountMap([])
    await wrapper.find('[data-part="figure-front"] path').trigger('click')
    expect(emitted(wrapper)).toEqual([])
  })

  it('offers a labelled checkbox per site that toggles it', async () => {
    const wrapper = mountMap([])
    const checkboxes = wrapper.findAll('input[type="checkbox"]')
    expect(checkboxes).toHaveLength(PAIN_SITES.length)
    for (const checkbox of checkboxes) {
      const label = wrapper.find(`label[for="${checkbox.attributes('id')}"]`)
      expect(label.text().length).toBeGreaterThan(0)
    }
    const buttock = wrapper.find('input[data-site="buttock_right"]')
    expect(wrapper.find(`label[for="${buttock.attributes('id')}"]`).text()).toBe('Buttock, right')
    await buttock.setValue(true)
    expect(emitted(wrapper).at(-1)).toEqual(['buttock_right'])
  })

  it('shows chosen sites as checked, highlighted and listed in words in a fixed order', async () => {
    const wrapper = mountMap(['foot_right', 'low_back_central'])
    expect(
      (wrapper.find('input[data-site="foot_right"]').element as HTMLInputElement).checked,
    ).toBe(true)
    expect(wrapper.find('[data-part="foot_right"]').classes()).toContain('is-selected')
    expect(wrapper.find('[data-part="foot_left"]').classes()).not.toContain('is-selected')
    const listed = wrapper.findAll('.body-map__chosen li').map((li) => li.text())
    expect(listed).toEqual(['Lower back, middle', 'Foot, right'])
    expect(wrapper.find('.body-map__summary h3').text()).toBe('Marked areas (2)')
  })

  it('says when nothing is marked', () => {
    const wrapper = mountMap([])
    expect(wrapper.find('.body-map__none').text()).toBe('No areas marked yet.')
  })

  it('is a picture and a list only when read-only: no checkboxes, clicks change nothing', async () => {
    const wrapper = mountMap(['groin_left'], true)
    expect(wrapper.findAll('input')).toHaveLength(0)
    await wrapper.find('[data-part="groin_right"]').trigger('click')
    expect(emitted(wrapper)).toEqual([])
    expect(wrapper.find('[data-part="groin_left"]').classes()).toContain('is-selected')
    expect(wrapper.findAll('.body-map__chosen li').map((li) => li.text())).toEqual(['Groin, left'])
  })

  it('labels the drawing from the patient’s point of view, in the current language', () => {
    const wrapper = mountMap([])
    const text = (part: string) => wrapper.find(`[data-part="${part}"]`).text()
    expect(text('label-front')).toBe('Front')
    expect(text('label-back')).toBe('Back')
    // Front view: the patient faces us, so their right is on our left.
    expect(text('label-front-right')).toBe('Right')
    expect(text('label-back-left')).toBe('Left')
  })
})

describe('body map markup', () => {
  it('escapes translated labels', () => {
    const svg =
      '<svg width="10" height="10"><text id="label-front" x="1">Front</text><path id="foot_left" class="pain-region" d="M0 0"/></svg>'
    const markup = bodyMapMarkup(svg, new Set(['foot_left']), {
      front: '<b>&',
      back: '',
      left: '',
      right: '',
      note: '',
    })
    expect(markup).toContain('>&lt;b&gt;&amp;</text>')
    expect(markup).toContain('data-part="foot_left" class="pain-region is-selected"')
    expect(markup).not.toContain('width="10"')
  })
})
