import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import SummaryActions from '../../../src/renderer/src/components/SummaryActions.vue'
import { mountWithApp, settle } from '../support/mountWithApp'

const rendered = {
  ok: true as const,
  value: { fileName: 'intake-summary-2026-11-20-DEMO-1.pdf', pdfBase64: btoa('%PDF-1.3 demo') },
}

let clicked: { href: string; download: string }[] = []

beforeEach(() => {
  clicked = []
  // jsdom has no blob URLs and no downloads; record what the browser would be asked to do.
  URL.createObjectURL = vi.fn(() => 'blob:summary')
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push({ href: this.href, download: this.download })
  })
})

afterEach(() => {
  vi.restoreAllMocks()
  Reflect.deleteProperty(window, 'clinic')
  document.body.innerHTML = ''
})

async function mountActions(summaries: object) {
  const { wrapper } = await mountWithApp(SummaryActions, {
    api: { summaries },
    props: { intakeId: 12 },
  })
  return wrapper
}

describe('Save as PDF and Print in the browser shell', () => {
  it('downloads the PDF under its file name and says where it went', async () => {
    const render = vi.fn(async () => rendered)
    const wrapper = await mountActions({ render })
    await wrapper.get('button:first-of-type').trigger('click')
    await settle()
    expect(render).toHaveBeenCalledWith({ intakeId: 12, fullAnswers: false })
    expect(clicked).toEqual([{ href: 'blob:summary', download: rendered.value.fileName }])
    expect(wrapper.get('[role="status"]').text()).toContain(`Downloaded ${rendered.value.fileName}`)
  })

  it('shows why when the summary cannot be made', async () => {
    const render = vi.fn(async () => ({
      ok: false as const,
      error: { kind: 'conflict' as const, message: 'server English', code: 'summary_of_draft' },
    }))
    const wrapper = await mountActions({ render })
    await wrapper.get('button:first-of-type').trigger('click')
    await settle()
    expect(clicked).toEqual([])
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'The summary could not be made: This intake is still a draft. Submit it first; a summary shows submitted answers only.',
    )
  })

  it('prints in one step: the PDF in a hidden frame that opens the print dialog once loaded', async () => {
    const open = vi.spyOn(window, 'open')
    const renderForPrint = vi.fn(async () => rendered)
    const wrapper = await mountActions({ renderForPrint })
    await wrapper.findAll('button')[1]?.trigger('click')
    await settle()
    expect(renderForPrint).toHaveBeenCalledWith({ intakeId: 12, fullAnswers: false })
    // No new tab to print from by hand.
    expect(open).not.toHaveBeenCalled()
    const frame = document.querySelector<HTMLIFrameElement>('[data-testid="summary-print-frame"]')
    if (!frame?.contentWindow) throw new Error('no print frame')
    expect(frame.getAttribute('src')).toBe('blob:summary')
    expect(frame.getAttribute('aria-hidden')).toBe('true')
    vi.spyOn(frame.contentWindow, 'focus').mockImplementation(() => undefined)
    const print = vi.spyOn(frame.contentWindow, 'print').mockImplementation(() => undefined)
    expect(print).not.toHaveBeenCalled()
    // jsdom loads no blob: documents; the browser fires load once the PDF is in the frame.
    frame.dispatchEvent(new Event('load'))
    await settle()
    expect(print).toHaveBeenCalledTimes(1)
    expect(wrapper.get('[role="status"]').text()).toContain('print dialog')
  })

  it('says what to do instead when the browser cannot print from the frame', async () => {
    const renderForPrint = vi.fn(async () => rendered)
    const wrapper = await mountActions({ renderForPrint })
    await wrapper.findAll('button')[1]?.trigger('click')
    await settle()
    const frame = document.querySelector<HTMLIFrameElement>('[data-testid="summary-print-frame"]')
    if (!frame?.contentWindow) throw new Error('no print frame')
    vi.spyOn(frame.contentWindow, 'focus').mockImplementation(() => undefined)
    vi.spyOn(frame.contentWindow, 'print').mockImplementation(() => {
      throw new Error('blocked')
    })
    frame.dispatchEvent(new Event('load'))
    await settle()
    expect(wrapper.get('[role="alert"]').text()).toContain('Use Save as PDF')
  })
})

describe('Save as PDF and Print in the desktop shell', () => {
  it('uses the system dialogs through the main process and reports a cancel', async () => {
    const saveToFile = vi.fn(async () => ({ ok: true as const, value: { outcome: 'cancelled' } }))
    const print = vi.fn(async () => ({ ok: true as const, value: { outcome: 'printed' } }))
    Object.defineProperty(window, 'clinic', { value: {}, configurable: true })
    const render = vi.fn()
    const wrapper = await mountActions({ saveToFile, print, render })
    await wrapper.get('button:first-of-type').trigger('click')
    await settle()
    expect(saveToFile).toHaveBeenCalledWith({ intakeId: 12, fullAnswers: false })
    expect(wrapper.get('[role="status"]').text()).toBe('Nothing was saved.')
    await wrapper.findAll('button')[1]?.trigger('click')
    await settle()
    expect(print).toHaveBeenCalledWith({ intakeId: 12, fullAnswers: false })
    expect(wrapper.get('[role="status"]').text()).toBe('The summary was sent to the printer.')
    expect(render).not.toHaveBeenCalled()
    expect(clicked).toEqual([])
  })
})

describe('Include every question', () => {
  it('is a labelled checkbox, unticked by default, and asks for every question once ticked', async () => {
    const render = vi.fn(async () => rendered)
    const renderForPrint = vi.fn(async () => rendered)
    const wrapper = await mountActions({ render, renderForPrint })
    const box = wrapper.get<HTMLInputElement>('input[type="checkbox"]')
    const label = wrapper.get(`label[for="${box.attributes('id') ?? ''}"]`)
    expect(label.text()).toBe('Include every question')
    expect(box.element.checked).toBe(false)

    await box.setValue(true)
    await wrapper.get('button:first-of-type').trigger('click')
    await settle()
    expect(render).toHaveBeenCalledWith({ intakeId: 12, fullAnswers: true })
    await wrapper.findAll('button')[1]?.trigger('click')
    await settle()
    expect(renderForPrint).toHaveBeenCalledWith({ intakeId: 12, fullAnswers: true })
  })
})
