// The emergency banner: open alerts on load, new ones on their event with a sound and an
// announcement, and gone everywhere once someone acknowledges.
import { afterEach, describe, expect, it } from 'vitest'
import { alertWav } from '../../../src/renderer/src/features/alerts/alertSound'
import { settle } from '../support/mountWithApp'
import { mountBanner, openAlert } from './bannerHarness'

const liveRegion = (wrapper: Awaited<ReturnType<typeof mountBanner>>['wrapper']) =>
  wrapper.find('[aria-live="assertive"]')

describe('the emergency alert banner', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows the alerts still open when the screen loads, e.g. on a workstation that was offline', async () => {
    const { wrapper, listOpen, sound } = await mountBanner([openAlert(1, 'Offline')])
    expect(listOpen).toHaveBeenCalledTimes(1)
    const banner = wrapper.find('[aria-label="Emergency alerts"]')
    expect(banner.text().replace(/\s+/g, ' ')).toContain(
      'Possible cauda equina syndrome: Offline, Sample, born 1970-01-01',
    )
    expect(banner.find('a').attributes('href')).toContain('/review/101')
    expect(sound).toHaveBeenCalledTimes(1)
    expect(liveRegion(wrapper).text()).toContain('Emergency alert')
  })

  it('shows nothing when no alert is open, with the announcement region ready', async () => {
    const { wrapper, sound } = await mountBanner([])
    expect(wrapper.find('[aria-label="Emergency alerts"]').exists()).toBe(false)
    expect(liveRegion(wrapper).exists()).toBe(true)
    expect(sound).not.toHaveBeenCalled()
  })

  it('adds a new alert on its event, with a sound and an announcement, without sounding the old one again', async () => {
    const banner = await mountBanner([openAlert(1, 'First')])
    banner.raise(openAlert(2, 'Second'))
    await settle()
    expect(banner.listOpen).toHaveBeenCalledTimes(2)
    // The newest is shown, the other one behind "and 1 more".
    expect(banner.wrapper.findAll('[data-alert-id]').map((row) => row.text())).toEqual([
      expect.stringContaining('Second, Sample'),
    ])
    await banner.wrapper.find('[aria-controls="emergency-alert-list"]').trigger('click')
    expect(banner.wrapper.findAll('[data-alert-id]')).toHaveLength(2)
    expect(banner.sound).toHaveBeenCalledTimes(2)
    expect(liveRegion(banner.wrapper).text()).toBe(
      'Emergency alert: Possible cauda equina syndrome for Second, Sample. Open the intake or acknowledge it.',
    )
  })

  it('stays until acknowledged: other changes do not clear it', async () => {
    const banner = await mountBanner([openAlert(1, 'Waiting')])
    banner.live.emit({
      kind: 'change',
      event: { id: 3, at: '', kind: 'intake.signed', intakeId: 55, highestUrgency: 'none' },
    })
    await settle()
    expect(banner.wrapper.findAll('[data-alert-id]')).toHaveLength(1)
  })

  it('acknowledges through the one door and disappears', async () => {
    const banner = await mountBanner([openAlert(1, 'Acked')])
    const button = banner.wrapper.find('button')
    expect(button.attributes('aria-label')).toBe(
      'Acknowledge the emergency alert for Acked, Sample',
    )
    await button.trigger('click')
    await settle()
    expect(banner.acknowledge).toHaveBeenCalledWith({ id: 1 })
    expect(banner.wrapper.find('[data-alert-id]').exists()).toBe(false)
  })

  it('disappears when a clinician on another workstation acknowledges it', async () => {
    const banner = await mountBanner([openAlert(1, 'Elsewhere'), openAlert(2, 'Still')])
    banner.acknowledgedElsewhere(openAlert(1, 'Elsewhere'))
    await settle()
    const left = banner.wrapper.findAll('[data-alert-id]')
    expect(left.map((row) => row.attributes('data-alert-id'))).toEqual(['2'])
    expect(banner.acknowledge).not.toHaveBeenCalled()
  })

  it('says so when someone else acknowledged first, and drops the alert', async () => {
    const banner = await mountBanner([openAlert(1, 'Race')])
    banner.goneOnServer(1)
    banner.acknowledge.mockResolvedValueOnce({
      ok: false,
      error: {
        kind: 'conflict',
        message: 'server English',
        code: 'alert_already_acknowledged',
      },
    } as never)
    await banner.wrapper.find('button').trigger('click')
    await settle()
    expect(banner.wrapper.find('[data-alert-id]').exists()).toBe(false)
    expect(banner.wrapper.text()).toContain('Another clinician has already acknowledged this alert')
    // The dock is fixed over the page, so the message can be closed.
    await banner.wrapper.find('.emergency-dock__notice button').trigger('click')
    expect(banner.wrapper.find('[data-testid="emergency-dock"]').exists()).toBe(false)
  })
})

describe('the alert sound', () => {
  it('is a small PCM WAV made in code', () => {
    const wav = alertWav()
    const view = new DataView(wav)
    const text = (offset: number) =>
      String.fromCharCode(...new Uint8Array(wav.slice(offset, offset + 4)))
    expect(text(0)).toBe('RIFF')
    expect(text(8)).toBe('WAVE')
    expect(view.getUint16(20, true)).toBe(1)
    expect(view.getUint32(40, true)).toBe(wav.byteLength - 44)
    expect(wav.byteLength).toBeLessThan(20_000)
  })
})
