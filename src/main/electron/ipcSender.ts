import { isRendererUrl } from './rendererLocation'
import type { RendererLocation } from './rendererLocation'

/** What the IPC handler knows about who sent a call, reduced to plain facts. */
export interface IpcSender {
  /** The call came from the main window's web contents (not another window or a webview). */
  readonly fromMainWindow: boolean
  /** The sending frame is that window's top frame (not an iframe inside it). */
  readonly fromMainFrame: boolean
  /** The sending frame's current URL; null once the frame has gone. */
  readonly frameUrl: string | null
}

/**
 * Electron's checklist item "validate the sender of all IPC messages": only our own page, in
 * our own window's top frame, may reach the database. Anything else (a frame that navigated
 * away, an iframe, a second window) gets a `forbidden` result instead.
 */
export function isTrustedSender(sender: IpcSender, renderer: RendererLocation): boolean {
  return (
    sender.fromMainWindow &&
    sender.fromMainFrame &&
    sender.frameUrl !== null &&
    isRendererUrl(sender.frameUrl, renderer)
  )
}
