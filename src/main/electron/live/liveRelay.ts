import type { LiveMessage } from '../../../shared/events/liveBridge'

/** Opens one window's updates wherever they come from; returns the function that stops them. */
export type OpenLive = (windowKey: string, deliver: (message: LiveMessage) => void) => () => void

export interface LiveRelayOptions {
  readonly open: OpenLive
  /** Sends a message to the window (it may have closed meanwhile: then nothing happens). */
  readonly send: (windowKey: string, message: LiveMessage) => void
  /** Also told of every message, e.g. to show a system notification. */
  readonly observe?: (windowKey: string, message: LiveMessage) => void
}

/**
 * Which windows receive live updates: a window starts them when someone signs in and stops them
 * at sign-out (see the renderer's keepLiveForSession); a closed window stops too. At most one
 * subscription per window, however often it asks.
 */
export function createLiveRelay(options: LiveRelayOptions) {
  const running = new Map<string, () => void>()

  function stop(windowKey: string): void {
    const close = running.get(windowKey)
    running.delete(windowKey)
    close?.()
  }

  return {
    start(windowKey: string): void {
      if (running.has(windowKey)) return
      const close = options.open(windowKey, (message) => {
        if (!running.has(windowKey)) return
        options.send(windowKey, message)
        options.observe?.(windowKey, message)
      })
      running.set(windowKey, close)
    },
    stop,
    stopAll(): void {
      for (const windowKey of [...running.keys()]) stop(windowKey)
    },
    isRunning: (windowKey: string) => running.has(windowKey),
  }
}

export type LiveRelay = ReturnType<typeof createLiveRelay>
