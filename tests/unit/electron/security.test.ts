import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/http/contentSecurityPolicy'
import { hardenAllWebContents, hardenSession } from '../../../src/main/electron/security'

type AnyListener = (...args: never[]) => unknown

// Electron cannot run here; a stand-in `app` records the listeners the hardening installs.
const electron = vi.hoisted(() => ({ appListeners: new Map<string, AnyListener>() }))
vi.mock('electron', () => ({
  app: { on: (name: string, listener: AnyListener) => electron.appListeners.set(name, listener) },
}))

function fakeWebContents() {
  const listeners = new Map<
    string,
    (event: { preventDefault(): void; isSameDocument?: boolean }) => void
  >()
  let windowOpenHandler: (() => unknown) | undefined
  const contents = {
    setWindowOpenHandler: (handler: () => unknown) => (windowOpenHandler = handler),
    on: (name: string, listener: (event: { preventDefault(): void }) => void) => {
      listeners.set(name, listener)
      return contents
    },
  }
  hardenAllWebContents()
  const created = electron.appListeners.get('web-contents-created') as (
    event: unknown,
    contents: WebContents,
  ) => void
  created({}, contents as unknown as WebContents)
  return {
    openWindow: () => windowOpenHandler?.(),
    /** Emits `name` and reports whether the listener cancelled it. */
    emit(name: string, details: { isSameDocument?: boolean } = {}): boolean {
      const preventDefault = vi.fn()
      listeners.get(name)?.({ preventDefault, ...details })
      return preventDefault.mock.calls.length > 0
    },
  }
}

describe('every web contents the app creates', () => {
  it('may not open new windows', () => {
    expect(fakeWebContents().openWindow()).toEqual({ action: 'deny' })
  })

  it('may not navigate away, be redirected elsewhere, or attach a webview', () => {
    const contents = fakeWebContents()
    expect(contents.emit('will-navigate')).toBe(true)
    expect(contents.emit('will-redirect', { isSameDocument: false })).toBe(true)
    expect(contents.emit('will-redirect', { isSameDocument: true })).toBe(false)
    expect(contents.emit('will-attach-webview')).toBe(true)
  })
})

describe('the session', () => {
  function hardened() {
    let request:
      ((contents: unknown, permission: string, callback: (ok: boolean) => void) => void) | undefined
    let check: ((...args: unknown[]) => boolean) | undefined
    let headers:
      | ((
          details: { responseHeaders?: Record<string, string[]> },
          callback: (response: { responseHeaders: Record<string, string[]> }) => void,
        ) => void)
      | undefined
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
      webRequest: { onHeadersReceived: (handler: typeof headers) => (headers = handler) },
    }
    hardenSession(session as unknown as Session)
    return { request, check, headers }
  }

  it('denies every permission request and check', () => {
    const { request, check } = hardened()
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid']) {
      const callback = vi.fn()
      request?.({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect(check?.({}, permission, 'file://', {})).toBe(false)
    }
  })

  it('adds the shared Content-Security-Policy to every response', () => {
    const { headers } = hardened()
    const callback = vi.fn()
    headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback)
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    })
  })
})
