import { describe, expect, it, vi } from 'vitest'
import { subscribeLocalLive } from '../../../../src/main/electron/live/localLiveSource'
import { createLiveRelay } from '../../../../src/main/electron/live/liveRelay'
import { createEventHub } from '../../../../src/main/events/eventHub'
import type { LiveMessage } from '../../../../src/shared/events/liveBridge'

const submitted = { kind: 'intake.submitted', intakeId: 5, highestUrgency: 'emergency' } as const

/** The relay over this computer's hub, with stand-in windows and sign-ins. */
function localRelay() {
  const hub = createEventHub()
  const signedIn = new Set<string>()
  const sent: [string, LiveMessage][] = []
  const observed = vi.fn()
  const relay = createLiveRelay({
    open: (windowKey, deliver) =>
      subscribeLocalLive({ hub, isSignedIn: () => signedIn.has(windowKey), deliver }),
    send: (windowKey, message) => sent.push([windowKey, message]),
    observe: observed,
  })
  return { hub, signedIn, sent, observed, relay }
}

describe('live updates in the desktop shell, this computer only', () => {
  it('forwards each change of the core’s hub to a started, signed-in window, ids and kinds only', () => {
    const { hub, signedIn, sent, observed, relay } = localRelay()
    signedIn.add('window-1')
    relay.start('window-1')
    const event = hub.publish(submitted)
    expect(sent).toEqual([['window-1', { kind: 'change', event }]])
    expect(Object.keys(event).sort()).toEqual(['at', 'highestUrgency', 'id', 'intakeId', 'kind'])
    expect(observed).toHaveBeenCalledWith('window-1', { kind: 'change', event })
  })

  it('sends nothing to a window whose session is signed out, or that never started', () => {
    const { hub, signedIn, sent, relay } = localRelay()
    relay.start('window-1')
    hub.publish(submitted)
    signedIn.add('window-2')
    hub.publish(submitted)
    expect(sent).toEqual([])
  })

  it('stops at sign-out and unsubscribes from the hub; starting twice subscribes once', () => {
    const { hub, signedIn, sent, relay } = localRelay()
    signedIn.add('window-1')
    relay.start('window-1')
    relay.start('window-1')
    expect(hub.subscriberCount()).toBe(1)
    hub.publish(submitted)
    relay.stop('window-1')
    expect(hub.subscriberCount()).toBe(0)
    hub.publish(submitted)
    expect(sent).toHaveLength(1)
  })

  it('keeps each window to itself and stops them all at quit', () => {
    const { hub, signedIn, sent, relay } = localRelay()
    signedIn.add('window-1').add('window-2')
    relay.start('window-1')
    relay.start('window-2')
    hub.publish(submitted)
    expect(sent.map(([windowKey]) => windowKey).sort()).toEqual(['window-1', 'window-2'])
    relay.stopAll()
    expect(hub.subscriberCount()).toBe(0)
  })

  it('offers nothing while the database cannot be opened', () => {
    const deliver = vi.fn()
    const stop = subscribeLocalLive({ hub: null, isSignedIn: () => true, deliver })
    expect(() => stop()).not.toThrow()
  })
})
