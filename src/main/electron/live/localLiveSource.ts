import type { LiveMessage } from '../../../shared/events/liveBridge'
import type { EventHub } from '../../events/eventHub'

export interface LocalLiveOptions {
  /** The core's hub; null while the database cannot be opened (the recovery screen). */
  readonly hub: EventHub | null
  /** Asked at every event: only a signed-in window (active or locked) hears anything. */
  readonly isSignedIn: () => boolean
  readonly deliver: (message: LiveMessage) => void
}

/**
 * A window's live updates when this computer works on its own: the core's hub, in this very
 * process, so nothing is missed and nothing needs replaying. Events carry ids and kinds only, as
 * the hub publishes them. Returns the function that stops them.
 */
export function subscribeLocalLive(options: LocalLiveOptions): () => void {
  const { hub, isSignedIn, deliver } = options
  if (!hub) return () => {}
  return hub.subscribe((event) => {
    if (isSignedIn()) deliver({ kind: 'change', event })
  })
}
