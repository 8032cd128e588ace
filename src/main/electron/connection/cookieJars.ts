import { randomBytes } from 'node:crypto'
import { CookieJar } from 'tough-cookie'

/**
 * The clinic server's session cookies, one jar per window: each window signs in on its own, like
 * a browser tab with its own session, and nothing of it ever reaches the renderer (the cookie is
 * HttpOnly on the server's side and stays in the main process here). tough-cookie applies the
 * RFC 6265 rules (expiry, path, Secure, deletion by an expired cookie).
 */
export interface CookieJars {
  /**
   * The tab id this window names to the server (`x-clinic-tab`): random, the same for the
   * window's whole life, as a browser tab's is. The server keeps one sign-in cookie per tab id,
   * so without it every window of this computer would share one sign-in.
   */
  tabOf(windowKey: string): string
  /** The `Cookie` header for a request from `windowKey` to `url`, or undefined for none. */
  cookieHeader(windowKey: string, url: string): Promise<string | undefined>
  /** Keeps what the server set in its reply to `windowKey`'s request. */
  store(windowKey: string, url: string, setCookie: readonly string[]): Promise<void>
  /** The window closed, or the computer paired anew: its session is gone. */
  forget(windowKey: string): void
  forgetAll(): void
}

export function createCookieJars(): CookieJars {
  const jars = new Map<string, CookieJar>()
  const tabs = new Map<string, string>()

  function jarOf(windowKey: string): CookieJar {
    let jar = jars.get(windowKey)
    if (!jar) {
      // No public-suffix check: the server is a LAN address or a bare host name.
      jar = new CookieJar(undefined, { rejectPublicSuffixes: false })
      jars.set(windowKey, jar)
    }
    return jar
  }

  return {
    tabOf(windowKey) {
      let tab = tabs.get(windowKey)
      if (!tab) {
        // 16 characters of [A-Za-z0-9_-], the form the server accepts (see sessionCookies.ts).
        tab = randomBytes(12).toString('base64url')
        tabs.set(windowKey, tab)
      }
      return tab
    },
    async cookieHeader(windowKey, url) {
      const jar = jars.get(windowKey)
      if (!jar) return undefined
      // SameSite=Strict cookies go: these are same-site requests from the app itself.
      const header = await jar.getCookieString(url, { sameSiteContext: 'strict' })
      return header === '' ? undefined : header
    },
    async store(windowKey, url, setCookie) {
      const jar = jarOf(windowKey)
      for (const line of setCookie) {
        // A malformed cookie is ignored, as a browser would.
        await jar.setCookie(line, url, { sameSiteContext: 'strict', ignoreError: true })
      }
    },
    forget(windowKey) {
      jars.delete(windowKey)
      tabs.delete(windowKey)
    },
    forgetAll() {
      jars.clear()
      tabs.clear()
    },
  }
}
