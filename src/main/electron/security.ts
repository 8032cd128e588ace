import { app } from 'electron'
import type { Session, WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../http/contentSecurityPolicy'

/**
 * Applies Electron's security checklist to every web contents the app ever creates (windows,
 * and anything a compromised page might try to open): no new windows, no navigation away from
 * our page, no <webview>.
 */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
}

function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  // Not emitted for same-document (hash route) changes, so every event here leaves our page.
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => {
    if (!event.isSameDocument) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Denies every permission (camera, microphone, geolocation, notifications, ...) and sets the CSP. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  // The same policy the browser shell sends. The renderer's index.html carries it as a <meta>
  // tag too, which is what guarantees it for file:// pages where headers may not apply.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    })
  })
}
