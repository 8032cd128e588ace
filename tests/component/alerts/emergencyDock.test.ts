// The emergency alert as clinicians found it on the clinic network: a pale strip that pushed the
// worklist down as it appeared, so a click meant for one patient's row landed on another's. Now
// it is a dock fixed over the bottom of the window (nothing under the pointer moves), in the
// front desk's emergency red, naming the red flag and the patient; three or more alerts stay
// compact ("and 2 more"), each still acknowledgeable, from the keyboard too.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { settle } from '../support/mountWithApp'
import { mountBanner, openAlert } from './bannerHarness'

const minutes = (n: number) => `2026-03-02T09:${String(n).padStart(2, '0')}:00.000Z`
const threeAlerts = () => [
  openAlert(1, 'Oldest', minutes(1)),
  openAlert(2, 'Middle', minutes(2)),
  openAlert(3, 'Newest', minutes(3)),
]

afterEach(() => {
  document.body.innerHTML = ''
})

type Banner = Awaited<ReturnType<typeof mountBanner>>
const dock = (banner: Banner) => banner.wrapper.find('[data-testid="emergency-dock"]')
const openIds = (banner: Banner) =>
  banner.wrapper.findAll('[data-alert-id]').map((row) => row.attributes('data-alert-id'))
const moreToggle = (banner: Banner) => banner.wrapper.find('[aria-controls="emergency-alert-list"]')

describe('the emergency dock does not move the page', () => {
  // emergencyDock.css makes .emergency-dock `position: fixed; bottom: 0` (jsdom applies no
  // stylesheet: the e2e spec emergencyDock.spec.ts measures that nothing moves in Chromium).
  it('is rendered in the fixed dock layer, a landmark region named for screen readers', async () => {
    const banner = await mountBanner([openAlert(1, 'Fixed')])
    expect(dock(banner).classes()).toContain('emergency-dock')
    expect(dock(banner).element.tagName).toBe('SECTION')
    expect(dock(banner).attributes('aria-label')).toBe('Emergency alerts')
  })
})

describe('the emergency dock reads as an emergency', () => {
  it('says "Emergency" with a warning sign, names the red flag and the patient, and offers two buttons', async () => {
    const banner = await mountBanner([openAlert(1, 'Prominent')])
    expect(dock(banner).classes()).toContain('emergency-dock--alerts')
    const alert = banner.wrapper.find('[data-alert-id="1"]')
    const label = alert.find('.emergency-alert__label')
    expect(label.text()).toBe('⚠ Emergency')
    expect(label.find('[aria-hidden="true"]').text()).toBe('⚠')
    expect(alert.find('.emergency-alert__flags').text()).toBe('Possible cauda equina syndrome:')
    expect(alert.find('.emergency-alert__patient').text()).toBe(
      'Prominent, Sample, born 1970-01-01',
    )
    const open = alert.find('a')
    expect(open.text()).toBe('Open the intake')
    expect(open.classes()).toContain('button')
    const acknowledge = alert.find('button')
    expect(acknowledge.text()).toBe('Acknowledge')
    expect(acknowledge.classes()).toContain('button')
  })
})

describe('several emergency alerts', () => {
  it('shows the newest and "and 2 more", and opens the rest as a compact list', async () => {
    const banner = await mountBanner(threeAlerts())
    expect(openIds(banner)).toEqual(['3'])
    const toggle = moreToggle(banner)
    expect(toggle.text()).toBe('and 2 more')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(toggle.attributes('aria-label')).toBe('and 2 more emergency alerts: show them')
    await toggle.trigger('click')
    expect(openIds(banner)).toEqual(['3', '2', '1'])
    expect(moreToggle(banner).attributes('aria-expanded')).toBe('true')
  })

  it('acknowledging one of three from the keyboard leaves the other two, and focus moves on', async () => {
    const banner = await mountBanner(threeAlerts())
    await moreToggle(banner).trigger('click')
    // Enter or Space on a button is a click with no pointer position (detail 0).
    await banner.wrapper.find('[data-alert-id="2"] button').trigger('click', { detail: 0 })
    await settle()
    expect(banner.acknowledge).toHaveBeenCalledWith({ id: 2 })
    expect(openIds(banner)).toEqual(['3', '1'])
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Acknowledge the emergency alert for Oldest, Sample',
    )
    expect(banner.wrapper.find('[role="status"]').text()).toBe(
      'The emergency alert for Middle, Sample is acknowledged.',
    )
  })

  it('acknowledged with the mouse, an alert holds its place until the pointer moves off the dock, so no other slides under it', async () => {
    const banner = await mountBanner(threeAlerts())
    await banner.wrapper.find('[data-alert-id="3"] button').trigger('click', { detail: 1 })
    await settle()
    expect(banner.acknowledge).toHaveBeenCalledWith({ id: 3 })
    // Still collapsed on the same row, now marked acknowledged with no button to click again.
    const held = banner.wrapper.find('[data-acknowledged-id="3"]')
    expect(held.text()).toContain('Acknowledged')
    expect(held.find('button').exists()).toBe(false)
    expect(openIds(banner)).toEqual([])
    expect(moreToggle(banner).text()).toBe('and 2 more')
    // Moving within the dock holds it; moving onto the page lets it go.
    dock(banner).element.dispatchEvent(new MouseEvent('pointermove', { bubbles: true }))
    await settle()
    expect(banner.wrapper.find('[data-acknowledged-id="3"]').exists()).toBe(true)
    document.body.dispatchEvent(new MouseEvent('pointermove', { bubbles: true }))
    await settle()
    expect(banner.wrapper.find('[data-acknowledged-id]').exists()).toBe(false)
    expect(openIds(banner)).toEqual(['2'])
    expect(moreToggle(banner).text()).toBe('and 1 more')
  })

  it('does not sound or announce again when the open alerts are fetched again', async () => {
    const banner = await mountBanner(threeAlerts())
    expect(banner.sound).toHaveBeenCalledTimes(1)
    const announced = banner.wrapper.find('[aria-live="assertive"]').text()
    expect(announced).toBe('3 emergency alerts are open.')
    banner.live.emit({ kind: 'reload' })
    await settle()
    expect(banner.listOpen).toHaveBeenCalledTimes(2)
    expect(banner.sound).toHaveBeenCalledTimes(1)
    expect(banner.wrapper.find('[aria-live="assertive"]').text()).toBe(announced)
  })
})

describe('an alert acknowledged on another workstation', () => {
  it('holds its place, marked acknowledged, while the pointer is on the dock, so the next never slides under it', async () => {
    const banner = await mountBanner(threeAlerts())
    dock(banner).element.dispatchEvent(new MouseEvent('pointermove', { bubbles: true }))
    banner.acknowledgedElsewhere(openAlert(3, 'Newest', minutes(3)))
    await settle()
    const held = banner.wrapper.find('[data-acknowledged-id="3"]')
    expect(held.text()).toContain('Acknowledged')
    expect(held.find('button').exists()).toBe(false)
    // No other alert's Acknowledge took its place.
    expect(openIds(banner)).toEqual([])
    document.body.dispatchEvent(new MouseEvent('pointermove', { bubbles: true }))
    await settle()
    expect(banner.wrapper.find('[data-acknowledged-id]').exists()).toBe(false)
    expect(openIds(banner)).toEqual(['2'])
  })

  it('simply goes when the pointer is elsewhere', async () => {
    const banner = await mountBanner(threeAlerts())
    banner.acknowledgedElsewhere(openAlert(3, 'Newest', minutes(3)))
    await settle()
    expect(banner.wrapper.find('[data-acknowledged-id]').exists()).toBe(false)
    expect(openIds(banner)).toEqual(['2'])
  })
})

describe('six emergency alerts opened at 1366×768', () => {
  // Opened, the list used to grow past what the dock shows: the oldest rows were cut off with no
  // hint they were there. It scrolls within a bounded height (emergencyDock.css, measured in
  // Chromium by emergencyDock.spec.ts) and says how many alerts are below its foot.
  const LIST_TOP = 400
  const LIST_HEIGHT = 300
  const ROW_HEIGHT = 80
  let scrolled = 0
  const sixAlerts = () =>
    ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'].map((name, index) =>
      openAlert(index + 1, name, minutes(index + 1)),
    )
  const list = (banner: Banner) => banner.wrapper.get('#emergency-alert-list')
  const hint = (banner: Banner) => banner.wrapper.find('[data-testid="emergency-alerts-below"]')

  beforeEach(() => {
    scrolled = 0
    // jsdom lays nothing out: the list is 300px tall, its rows 80px each, scrolled by `scrolled`.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      const row = this.closest('#emergency-alert-list > li')
      const index = row ? Array.from(row.parentElement!.children).indexOf(row) : -1
      const top = row ? LIST_TOP + index * ROW_HEIGHT - scrolled : LIST_TOP
      const height = row ? ROW_HEIGHT : this.id === 'emergency-alert-list' ? LIST_HEIGHT : 0
      return {
        top,
        bottom: top + height,
        left: 0,
        right: 1000,
        width: 1000,
        height,
        x: 0,
        y: top,
        toJSON: () => ({}),
      }
    })
  })
  afterEach(() => vi.restoreAllMocks())

  it('says how many alerts are below the foot of the scrolling list, and follows the scrolling', async () => {
    const banner = await mountBanner(sixAlerts())
    expect(hint(banner).exists()).toBe(false)
    await moreToggle(banner).trigger('click')
    await settle()
    expect(openIds(banner)).toEqual(['6', '5', '4', '3', '2', '1'])
    // Rows end at 480, 560, 640, 720, 800 and 880; the list at 700: three are below.
    expect(hint(banner).text()).toBe('↓ 3 more below: scroll the list')
    expect(hint(banner).classes()).not.toContain('emergency-dock__below--none')
    // The hint is for the eye: a screen reader reads every row of the list.
    expect(hint(banner).attributes('aria-hidden')).toBe('true')

    scrolled = 60
    await list(banner).trigger('scroll')
    expect(hint(banner).text()).toBe('↓ 2 more below: scroll the list')

    // At the end nothing is below: the hint keeps its room, unseen, so no row reflows.
    scrolled = 180
    await list(banner).trigger('scroll')
    expect(hint(banner).classes()).toContain('emergency-dock__below--none')

    await moreToggle(banner).trigger('click')
    expect(hint(banner).exists()).toBe(false)
  })

  it('keeps every row reachable from the keyboard: each Acknowledge is a tab stop in the list', async () => {
    const banner = await mountBanner(sixAlerts())
    await moreToggle(banner).trigger('click')
    await settle()
    const acknowledges = list(banner).findAll('.emergency-alert__acknowledge')
    expect(acknowledges).toHaveLength(6)
    for (const button of acknowledges) {
      expect(button.attributes('tabindex')).toBeUndefined()
      expect(button.attributes('disabled')).toBeUndefined()
    }
    // Acknowledging the oldest from the keyboard moves the focus on, as with fewer alerts.
    await acknowledges.at(-1)!.trigger('click', { detail: 0 })
    await settle()
    expect(banner.acknowledge).toHaveBeenCalledWith({ id: 1 })
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Acknowledge the emergency alert for Second, Sample',
    )
  })
})
