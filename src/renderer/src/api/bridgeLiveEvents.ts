import type { LiveBridge } from '../../../shared/events/liveBridge'
import { createLocalLiveEvents } from './liveEvents'
import type { LiveEvents } from './liveEvents'

export interface BridgeLiveOptions {
  /**
   * Called when the main process says the stream broke (refused or dropped), never twice at
   * once: as in the browser shell (`createEventSourceLiveEvents`), the app asks the server who
   * is signed in, so after a server restart an open worklist shows the sign-in instead of
   * staying deaf while it looks signed in.
   */
  readonly onLost?: () => Promise<unknown>
}

/**
 * The desktop shell's live updates (`window.clinicLive`): the main process holds the stream to
 * the clinic server (src/main/electron/live) and relays each message. Screens hear changes and
 * reloads; a break goes to `onLost` only.
 */
export function createBridgeLiveEvents(
  bridge: LiveBridge,
  options: BridgeLiveOptions = {},
): LiveEvents {
  const local = createLocalLiveEvents()
  let checking = false
  bridge.listen((message) => {
    if (message.kind !== 'lost') {
      local.emit(message)
      return
    }
    if (!options.onLost || checking) return
    checking = true
    void options.onLost().finally(() => (checking = false))
  })
  return {
    listen: local.listen,
    start: () => bridge.start(),
    stop: () => bridge.stop(),
  }
}
