// The browser shell's events client over a stand-in EventSource.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createEventSourceLiveEvents } from '../../../src/renderer/src/api/liveEvents'
import type { LiveMessage } from '../../../src/renderer/src/api/liveEvents'

class FakeEventSource extends EventTarget {
  static readonly opened: FakeEventSource[] = []
  readonly CONNECTING = 0
  readonly OPEN = 1
  readonly CLOSED = 2
  readyState = 0
  constructor(
    readonly url: string,
    readonly init?: EventSourceInit,
  ) {
    super()
    FakeEventSource.opened.push(this)
  }
  close(): void {
    this.readyState = this.CLOSED
  }
  send(name: string, data: string, lastEventId = ''): void {
    this.dispatchEvent(new MessageEvent(name, { data, lastEventId }))
  }
  fail(): void {
    this.readyState = this.CLOSED
    this.dispatchEvent(new Event('error'))
  }
}

function connect() {
  FakeEventSource.opened.length = 0
  const live = createEventSourceLiveEvents({
    EventSourceImpl: FakeEventSource as unknown as typeof EventSource,
    retryDelaysMs: [100, 500],
  })
  const heard: LiveMessage[] = []
  live.listen((message) => heard.push(message))
  live.start()
  return { live, heard, source: () => FakeEventSource.opened.at(-1) as FakeEventSource }
}

describe('the live events client', () => {
  afterEach(() => vi.useRealTimers())

  it('opens /events with credentials and passes on each valid change', () => {
    const { heard, source } = connect()
    expect(source().url).toBe('/events')
    expect(source().init).toEqual({ withCredentials: true })
    const event = {
      id: 1,
      at: '2026-03-02T09:00:00.000Z',
      kind: 'intake.submitted',
      intakeId: 4,
      highestUrgency: 'emergency',
    }
    source().send('change', JSON.stringify(event), 'e-1')
    source().send('change', '{"kind":"something.new"}', 'e-2')
    source().send('change', 'not json', 'e-3')
    source().send('reload', '{}', 'e-3')
    expect(heard).toEqual([{ kind: 'change', event }, { kind: 'reload' }])
  })

  it('opens a new stream with backoff after a refusal, resuming from the last id it had', () => {
    vi.useFakeTimers()
    const { source } = connect()
    source().send('ready', '{}', 'abc-7')
    source().fail()
    expect(FakeEventSource.opened).toHaveLength(1)
    vi.advanceTimersByTime(100)
    expect(FakeEventSource.opened).toHaveLength(2)
    expect(source().url).toBe('/events?lastEventId=abc-7')
    source().fail()
    vi.advanceTimersByTime(100)
    expect(FakeEventSource.opened).toHaveLength(2)
    vi.advanceTimersByTime(400)
    expect(FakeEventSource.opened).toHaveLength(3)
  })

  // Walkthrough of issue 12: after a server restart the clinician's open worklist made no call,
  // so it still looked signed in while its stream was refused: a new emergency never showed.
  it('asks once, not once per error, whether this window is still signed in when the stream breaks', async () => {
    vi.useFakeTimers()
    FakeEventSource.opened.length = 0
    let answer: () => void = () => {}
    const onLost = vi.fn(() => new Promise<void>((resolve) => (answer = resolve)))
    const live = createEventSourceLiveEvents({
      EventSourceImpl: FakeEventSource as unknown as typeof EventSource,
      retryDelaysMs: [100],
      onLost,
    })
    live.start()
    const source = (): FakeEventSource => FakeEventSource.opened.at(-1) as FakeEventSource
    source().dispatchEvent(new Event('error'))
    source().fail()
    vi.advanceTimersByTime(100)
    source().fail()
    expect(onLost).toHaveBeenCalledTimes(1)
    answer()
    await vi.runAllTicks()
    await Promise.resolve()
    vi.advanceTimersByTime(100)
    source().fail()
    expect(onLost).toHaveBeenCalledTimes(2)
    live.stop()
    source().fail()
    expect(onLost).toHaveBeenCalledTimes(2)
  })

  it('leaves retrying to the browser while it is reconnecting, and stops for good on stop()', () => {
    vi.useFakeTimers()
    const { live, source } = connect()
    source().dispatchEvent(new Event('error'))
    vi.advanceTimersByTime(1000)
    expect(FakeEventSource.opened).toHaveLength(1)
    live.stop()
    expect(source().readyState).toBe(2)
    source().fail()
    vi.advanceTimersByTime(1000)
    expect(FakeEventSource.opened).toHaveLength(1)
  })
})
